#include "roomydelegate.h"

namespace clientele {

RoomyDelegate::RoomyDelegate(int verticalPadding, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_padding(verticalPadding)
{
}

QSize RoomyDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 2 * m_padding);
}

} // namespace clientele
