#include "scrollarea.h"

#include <QScrollArea>

namespace clientele {

void setScrollingContent(QScrollArea *scroll, QWidget *content)
{
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
}

} // namespace clientele
