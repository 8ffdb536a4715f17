#include "proposalchoicedelegate.h"

#include <QComboBox>

namespace clientele {

QWidget *ProposalChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    const auto choices = m_choices.constFind(index.column());
    if (choices == m_choices.constEnd())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    const QStringList keys = m_keys.value(index.column());
    for (int i = 0; i < choices->size(); ++i)
        combo->addItem(choices->at(i), i < keys.size() ? keys.at(i) : choices->at(i));
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
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
