#pragma once

#include <QStyledItemDelegate>

namespace clientele {

// The standard delegate with some air above and below each row, so wrapped list entries read
// as separate lines of a document rather than a packed grid.
class RoomyDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit RoomyDelegate(int verticalPadding, QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_padding;
};

} // namespace clientele
