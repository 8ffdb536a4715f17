#include "headernameedit.h"

#include <QAbstractScrollArea>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

namespace clientele {

HeaderNameEdit::HeaderNameEdit(QHeaderView *header, int section, const QString &name,
                               QAbstractScrollArea *view)
    : QLineEdit(name, view)
    , m_header(header)
    , m_section(section)
{
    setObjectName(QStringLiteral("headerNameEdit"));
    setAccessibleName(tr("Name"));
    connect(header, &QHeaderView::sectionResized, this, &HeaderNameEdit::place);
    connect(header, &QHeaderView::geometriesChanged, this, &HeaderNameEdit::place);
    for (QScrollBar *bar : {view->horizontalScrollBar(), view->verticalScrollBar()})
        connect(bar, &QScrollBar::valueChanged, this, &HeaderNameEdit::place);
    place();
    show();
    raise(); // above the pinned ideal and anything else over the header
    selectAll();
    setFocus(Qt::OtherFocusReason);
}

void HeaderNameEdit::place()
{
    QWidget *area = m_header->viewport();
    const int start = m_header->sectionViewportPosition(m_section);
    const int size = m_header->sectionSize(m_section);
    const int height = sizeHint().height();
    QRect over;
    if (m_header->orientation() == Qt::Horizontal) {
        // As wide as the column, centred in the header's height.
        over = QRect(start, (area->height() - height) / 2, size, height);
    } else {
        // Row headers can be narrow: room for a name, at the row's top.
        const int width = qMax(area->width(), fontMetrics().averageCharWidth() * 24);
        over = QRect(0, start + qMax(0, (qMin(size, area->height()) - height) / 2), width, height);
    }
    QWidget *host = parentWidget();
    setGeometry(QRect(area->mapTo(host, over.topLeft()), over.size()));
}

void HeaderNameEdit::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: finish(true); return;
    case Qt::Key_Escape: finish(false); return;
    default: QLineEdit::keyPressEvent(event);
    }
}

void HeaderNameEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // A context menu or another window takes focus for a while; the name is still being typed.
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        finish(true);
}

void HeaderNameEdit::finish(bool keep)
{
    if (m_done)
        return;
    m_done = true;
    hide();
    deleteLater();
    if (keep)
        Q_EMIT accepted(text());
    else
        Q_EMIT cancelled();
}

} // namespace clientele
