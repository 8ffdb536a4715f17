#pragma once

#include <QTableView>

namespace clientele {

// A short list shown whole: as tall as its rows (up to a limit, then it scrolls), wrapped
// text, and a hint in the empty list saying how to add the first entry.
class ItemTableView : public QTableView {
    Q_OBJECT
public:
    explicit ItemTableView(QWidget *parent = nullptr);

    void setPlaceholderText(const QString &text);
    void setModel(QAbstractItemModel *model) override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refit();

    QString m_placeholder;
    int m_minimumRows = 2;
    int m_maximumRows = 10;
};

} // namespace clientele
