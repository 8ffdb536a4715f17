#include "clientele/gui/chartmessagebubble.h"

#include <QTimer>

namespace clientele {

ChartMessageBubble::ChartMessageBubble(QWidget *viewport)
    : QLabel(viewport)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("chartInputMessage"));
    setAccessibleName(tr("Input message"));
    setWordWrap(true);
    setMargin(6);
    setForegroundRole(QPalette::ToolTipText);
    setBackgroundRole(QPalette::ToolTipBase);
    setAutoFillBackground(true);
    setFrameShape(QFrame::Box);
    // A style sheet border drops the palette's fill, so the fill is named here too.
    setStyleSheet(QStringLiteral("QLabel#chartInputMessage { border: 1px solid #c62828; "
                                 "border-left: 4px solid #c62828; "
                                 "background: palette(base); "
                                 "color: palette(text); }"));
    hide();
    m_timer->setSingleShot(true);
    // Long enough to read a two-line message; any new message restarts it.
    m_timer->setInterval(9000);
    connect(m_timer, &QTimer::timeout, this, &ChartMessageBubble::dismiss);
}

void ChartMessageBubble::showAt(const QRect &cell, const QString &message)
{
    setText(message);
    const QWidget *area = parentWidget();
    const int width = qBound(220, cell.width() + 80, qMax(220, area->width() - 8));
    setFixedWidth(width);
    adjustSize();
    int x = qBound(4, cell.left(), qMax(4, area->width() - width - 4));
    int y = cell.bottom() + 2;
    if (y + height() > area->height() - 4)
        y = qMax(0, cell.top() - height() - 2);
    move(x, y);
    show();
    raise();
    m_timer->start();
}

void ChartMessageBubble::dismiss()
{
    m_timer->stop();
    hide();
}

} // namespace clientele
