#include "wrappinglabel.h"

namespace clientele {

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
}

QSize WrappingLabel::sizeHint() const
{
    // A wrapping QLabel asks for a width of a few dozen characters and wraps longer text even
    // where the room is there; ask for the whole line instead.
    const int line =
        fontMetrics()
            .boundingRect(QRect(0, 0, QWIDGETSIZE_MAX, QWIDGETSIZE_MAX), Qt::TextWordWrap, text())
            .width();
    const QMargins margins = contentsMargins();
    const int width = line + margins.left() + margins.right() + 2 * margin();
    return {width, heightForWidth(width)};
}

} // namespace clientele
