#pragma once

class QScrollArea;
class QWidget;

namespace clientele {

// Shows `content` in `scroll` the way every form and long dialog scrolls here: the content
// follows the area's width, no frame, and no focus of its own, so Tab goes from field to field
// and the area scrolls to each.
void setScrollingContent(QScrollArea *scroll, QWidget *content);

} // namespace clientele
