#pragma once

#include <QStyledItemDelegate>

namespace clientele {

// Paints a score as a bar as long as the score over 100 with the number at its right: in the
// highlight colour for a graded prospect, muted for one not graded (not a fit, too little
// known). Reads the score and grade from the list model's ScoreRole and GradeRole.
class ScoreBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace clientele
