#pragma once

#include <QMap>
#include <QStringList>
#include <QStyledItemDelegate>

namespace clientele {

// Edits the columns of a proposal table that take one of a few words (likelihood "Low",
// "Medium", "High"; billing "One-off", "Monthly") with a combo box instead of free text. Every
// editor it opens is named after its column.
class ProposalChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // `keys`, when given, are what the model stores for each label (e.g. "monthly").
    void setChoices(int column, const QStringList &choices, const QStringList &keys = {})
    {
        m_choices.insert(column, choices);
        m_keys.insert(column, keys);
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QWidget *choiceEditor(QWidget *parent, const QStringList &choices,
                          const QStringList &keys) const;

    QMap<int, QStringList> m_choices;
    QMap<int, QStringList> m_keys;
};

} // namespace clientele
