#pragma once

#include <QList>
#include <QRect>
#include <QWidget>

namespace clientele {

class OfferCatalogue;

// The up-sell ladder drawn as the consultant thinks of it: one box per rung from entry on the
// left to continuing on the right, each with its stage, name and price, and an arrow between
// rungs carrying the step that leads the client on. Follows every edit; clicking a rung (or
// Left/Right and Enter with focus) selects that offer.
class LadderDiagram : public QWidget {
    Q_OBJECT
public:
    explicit LadderDiagram(OfferCatalogue *store, QWidget *parent = nullptr);

    void setCurrentOffer(qint64 id);
    // The offers drawn, in climbing order.
    QList<qint64> rungs() const { return m_ids; }
    // Where each rung is drawn, in the same order.
    QList<QRect> rungRects() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void offerActivated(qint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void reload();

    OfferCatalogue *m_store;
    QList<qint64> m_ids;
    qint64 m_current = 0;
};

} // namespace clientele
