#include "syncstatuslabel.h"

#include <QMouseEvent>

namespace clientele {

SyncStatusLabel::SyncStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatusLabel"));
    setAccessibleName(tr("Team hub"));
}

void SyncStatusLabel::setClickable(bool clickable)
{
    m_clickable = clickable;
    QFont underlined = font();
    underlined.setUnderline(clickable);
    setFont(underlined);
    if (clickable)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
}

void SyncStatusLabel::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton
        && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QLabel::mouseReleaseEvent(event);
}

} // namespace clientele
