#include "growingtextedit.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>

namespace clientele {

GrowingTextEdit::GrowingTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &GrowingTextEdit::updateHeight);
    updateHeight();
}

void GrowingTextEdit::setLineLimits(int minimum, int maximum)
{
    m_minimumLines = qMax(1, minimum);
    m_maximumLines = qMax(m_minimumLines, maximum);
    updateHeight();
}

int GrowingTextEdit::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins();
    const int documentMargin = qRound(document()->documentMargin() * 2);
    return lines * fontMetrics().lineSpacing() + documentMargin + margins.top() + margins.bottom()
           + 2;
}

QSize GrowingTextEdit::sizeHint() const
{
    // QPlainTextEdit's layout reports its height in lines, wrapped lines included.
    const int lines = qRound(document()->documentLayout()->documentSize().height());
    return {QPlainTextEdit::sizeHint().width(),
            heightForLines(qBound(m_minimumLines, lines, m_maximumLines))};
}

QSize GrowingTextEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), heightForLines(m_minimumLines)};
}

void GrowingTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateHeight();
}

void GrowingTextEdit::updateHeight()
{
    // Also called while constructing: this class's own size hint is the one meant.
    const int wanted = GrowingTextEdit::sizeHint().height();
    if (wanted != height())
        setFixedHeight(wanted);
}

} // namespace clientele
