#include "pipelinebar.h"

#include "bartrack.h"
#include "themecolours.h"

#include <QPainter>

namespace clientele {

PipelineBar::PipelineBar(ProposalStatus status, QWidget *parent)
    : QWidget(parent)
    , m_status(status)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumWidth(40);
    setMaximumWidth(120);
}

void PipelineBar::setShare(qint64 value, qint64 largest)
{
    const qreal fraction = largest > 0 ? qreal(qMax<qint64>(0, value)) / qreal(largest) : 0.0;
    if (qFuzzyCompare(fraction + 1, m_fraction + 1))
        return;
    m_fraction = fraction;
    update();
}

QColor PipelineBar::colourOf(ProposalStatus status, const QPalette &palette)
{
    const QColor accent = palette.color(QPalette::Highlight);
    switch (status) {
    case ProposalStatus::Draft:
        return blend(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Window),
                     0.25);
    case ProposalStatus::Sent:
        // A dark palette's accent is too deep to stand out from its track.
        return isDarkPalette(palette) ? blend(accent, palette.color(QPalette::WindowText), 0.35)
                                      : accent;
    case ProposalStatus::Accepted: return successColour(palette);
    case ProposalStatus::Declined: return cautionColour(palette);
    }
    return accent;
}

QSize PipelineBar::sizeHint() const
{
    // No width of its own: the band gives the bars the room it has, up to their maximum, and
    // they give it back first when the room runs short, before any heading has to wrap.
    return {minimumWidth(), qMax(6, fontMetrics().height() / 2)};
}

void PipelineBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &colours = palette();
    paintBar(&painter, rect(), colours.color(QPalette::Window), colours.color(QPalette::WindowText),
             colourOf(m_status, colours), m_fraction);
}

} // namespace clientele
