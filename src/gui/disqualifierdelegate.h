#pragma once

#include "roomydelegate.h"

namespace clientele {

// Paints an entry of a profile's "not our customer" list with its rule, when it has one, as a
// second, quieter line under the entry: a no-entry sign and "Disqualifies: …". Entries without
// a rule look as in any other list.
class DisqualifierDelegate : public RoomyDelegate {
    Q_OBJECT
public:
    explicit DisqualifierDelegate(int verticalPadding, QObject *parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    struct Layout {
        QRect text; // the entry itself
        QRect icon;
        QRect rule; // the rule's sentence, wrapped
    };
    // Where the parts of a row with `rule` go in `option.rect`.
    Layout layoutOf(const QStyleOptionViewItem &option, const QString &rule) const;
    int ruleHeight(const QStyleOptionViewItem &option, const QString &rule) const;

    int m_padding;
};

} // namespace clientele
