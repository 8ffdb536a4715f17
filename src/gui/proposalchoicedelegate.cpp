#include "proposalchoicedelegate.h"

#include <QComboBox>

namespace clientele {

QWidget *ProposalChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    QWidget *editor = nullptr;
    const auto choices = m_choices.constFind(index.column());
    if (choices == m_choices.constEnd())
        editor = QStyledItemDelegate::createEditor(parent, option, index);
    else
        editor = choiceEditor(parent, *choices, m_keys.value(index.column()));
    // A screen reader names the field in a cell by its column, as the header shows it.
    if (editor)
        editor->setAccessibleName(
            index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return editor;
}

QWidget *ProposalChoiceDelegate::choiceEditor(QWidget *parent, const QStringList &choices,
                                              const QStringList &keys) const
{
    auto *combo = new QComboBox(parent);
    for (int i = 0; i < choices.size(); ++i)
        combo->addItem(choices.at(i), i < keys.size() ? keys.at(i) : choices.at(i));
    // A choice is a whole edit: commit it as soon as it is made.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ProposalChoiceDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void ProposalChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString value = index.data(Qt::EditRole).toString();
        const int byKey = combo->findData(value);
        combo->setCurrentIndex(qMax(0, byKey >= 0 ? byKey : combo->findText(value)));
    } else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ProposalChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                          const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace clientele
