#pragma once

#include "clientele/domain/proposal.h"

#include <QWidget>

namespace clientele {

// One status's share of the pipeline's value as a thin bar, all bars on one scale, in the
// status's colour from the palette in use.
class PipelineBar : public QWidget {
    Q_OBJECT
    Q_PROPERTY(qreal fraction READ fraction)
public:
    PipelineBar(ProposalStatus status, QWidget *parent = nullptr);

    // `value` out of `largest`, both in minor units; an empty track when `largest` is 0.
    void setShare(qint64 value, qint64 largest);
    qreal fraction() const { return m_fraction; }

    // Drafts grey, sent the accent, won the success colour, lost the caution colour.
    static QColor colourOf(ProposalStatus status, const QPalette &palette);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ProposalStatus m_status;
    qreal m_fraction = 0;
};

} // namespace clientele
