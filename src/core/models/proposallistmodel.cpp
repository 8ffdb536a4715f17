#include "clientele/core/models/proposallistmodel.h"

#include "clientele/core/proposalbook.h"

#include <algorithm>

namespace clientele {

ProposalListModel::ProposalListModel(ProposalBook *store, QObject *parent)
    : IdRowsModel(parent)
    , m_store(store)
{
    for (const Proposal &proposal : store->all())
        m_ids.append(proposal.id);
    connect(store, &ProposalBook::added, this, &ProposalListModel::onAdded);
    connect(store, &ProposalBook::changed, this, &ProposalListModel::onChanged);
    connect(store, &ProposalBook::removed, this, &ProposalListModel::onRemoved);
    // The threshold decides the style column of every row.
    connect(store, &ProposalBook::stylesChanged, this, [this] {
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0, Style), index(rowCount() - 1, Style));
    });
}

int ProposalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProposalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto p = m_store->find(m_ids.at(index.row()));
    if (!p)
        return {};
    if (role == IdRole)
        return p->id;
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && (column == Staff || column == OneOff || column == Monthly))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Number: return p->number;
    case Prospect: return p->prospect.company;
    case Staff: return p->prospect.staff;
    case Style: return proposalStyleLabel(m_store->styleOf(*p));
    case Status:
        return p->isExpired(QDate::currentDate())
                   ? tr("%1, expired").arg(proposalStatusLabel(p->status))
                   : proposalStatusLabel(p->status);
    case OneOff: return p->oneOffTotal().toDisplayString();
    case Monthly: return p->monthlyTotal().toDisplayString();
    default: return {};
    }
}

QVariant ProposalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Number");
    case Prospect: return tr("Prospect");
    case Staff: return tr("Staff");
    case Style: return tr("Style");
    case Status: return tr("Status");
    case OneOff: return tr("One-off");
    case Monthly: return tr("Monthly");
    default: return {};
    }
}

} // namespace clientele
