#include "clientele/gui/firstpaintwatcher.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>

namespace clientele {

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // After the paint has been delivered, not in the middle of it.
        QTimer::singleShot(0, this, [] { QApplication::exit(0); });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace clientele
