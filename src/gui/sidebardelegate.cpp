#include "sidebardelegate.h"

#include "clientele/gui/sidebar.h"

#include <QPainter>

namespace clientele {

namespace {

constexpr int kCountMargin = 10;

} // namespace

void SidebarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariant count = index.data(Sidebar::CountRole);
    if (!count.isValid())
        return;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    QColor colour = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (!selected)
        colour.setAlphaF(0.6);
    painter->save();
    painter->setPen(colour);
    painter->drawText(option.rect.adjusted(0, 0, -kCountMargin, 0),
                      Qt::AlignRight | Qt::AlignVCenter, QString::number(count.toInt()));
    painter->restore();
}

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 16));
    size.setWidth(size.width() + option.fontMetrics.horizontalAdvance(QStringLiteral("0000"))
                  + kCountMargin);
    return size;
}

} // namespace clientele
