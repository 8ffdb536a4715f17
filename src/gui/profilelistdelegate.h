#pragma once

#include <QStyledItemDelegate>

namespace clientele {

// A profile in the list: its name, and beneath it in a quieter colour when it last changed.
// Long names are shortened with an ellipsis rather than scrolled sideways.
class ProfileListDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace clientele
