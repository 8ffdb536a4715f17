#include "clientele/gui/chartmessagebubble.h"

#include "themecolours.h"

#include <QApplication>
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
    followPalette();
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

void ChartMessageBubble::followPalette()
{
    // A style sheet border drops the palette's fill, so the fill is named here too, in the
    // colours of the palette in use.
    // The window's palette: the style sheet fixes some of this label's own colours.
    const QPalette colours = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const QString sheet =
        QStringLiteral(
            "QLabel#chartInputMessage { border: 1px solid %1; border-left: 4px solid %1; "
            "background: %2; color: %3; }")
            .arg(problemColour(colours).name(), colours.color(QPalette::Base).name(),
                 colours.color(QPalette::Text).name());
    // Applying a style sheet can change the palette again; an unchanged sheet ends there.
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

void ChartMessageBubble::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        followPalette();
    QLabel::changeEvent(event);
}

} // namespace clientele
