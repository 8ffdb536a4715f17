#include "clientele/core/models/proposallinesmodel.h"

#include "clientele/core/proposalbook.h"

namespace clientele {

ProposalLinesModel::ProposalLinesModel(ProposalBook *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &ProposalBook::changed, this, [this](qint64 id) {
        if (id == m_proposalId)
            reload();
    });
    connect(store, &ProposalBook::added, this, [this](qint64 id) {
        if (id == m_proposalId)
            reload();
    });
    connect(store, &ProposalBook::removed, this, [this](qint64 id) {
        if (id == m_proposalId)
            reload();
    });
}

void ProposalLinesModel::setProposal(qint64 id)
{
    beginResetModel();
    m_proposalId = id;
    const auto proposal = m_store->find(id);
    m_lines = proposal ? proposal->lines : QList<ProposalLine>{};
    endResetModel();
}

void ProposalLinesModel::reload()
{
    const auto proposal = m_store->find(m_proposalId);
    const QList<ProposalLine> fresh = proposal ? proposal->lines : QList<ProposalLine>{};
    if (fresh == m_lines)
        return;
    if (fresh.size() == m_lines.size()) {
        m_lines = fresh;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_lines = fresh;
    endResetModel();
}

int ProposalLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ProposalLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProposalLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProposalLine &line = m_lines.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && column != Description && column != BillingColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (column) {
    case Description: return line.description;
    case Quantity: return line.quantity;
    case UnitPrice:
        return edit ? line.unitPrice.toDecimalString() : line.unitPrice.toDisplayString();
    case BillingColumn:
        return edit ? billingKey(line.billing)
                    : (line.billing == Billing::Monthly ? tr("Monthly") : tr("One-off"));
    case Total: return line.total().toDisplayString();
    default: return {};
    }
}

QVariant ProposalLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Description: return tr("Offer");
    case Quantity: return tr("Qty");
    case UnitPrice: return tr("Unit price");
    case BillingColumn: return tr("Billing");
    case Total: return tr("Amount");
    default: return {};
    }
}

bool ProposalLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    QList<ProposalLine> lines = m_lines;
    ProposalLine &line = lines[index.row()];
    switch (index.column()) {
    case Description: line.description = value.toString(); break;
    case Quantity: {
        bool ok = false;
        line.quantity = value.toInt(&ok);
        if (!ok || line.quantity < 1)
            return false;
        break;
    }
    case UnitPrice: {
        auto price = Money::parse(value.toString(), line.unitPrice.currency());
        if (!price || price->isNegative())
            return false;
        line.unitPrice = *price;
        break;
    }
    case BillingColumn: {
        const auto billing = billingFromKey(value.toString());
        if (!billing)
            return false;
        line.billing = *billing;
        break;
    }
    default: return false;
    }
    return m_store->setLines(m_proposalId, lines).ok();
}

Qt::ItemFlags ProposalLinesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != Total)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ProposalLinesModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1 || m_proposalId == 0)
        return false;
    QList<ProposalLine> lines = m_lines;
    for (int i = 0; i < count; ++i)
        lines.insert(row, ProposalLine{0, tr("New line"), 1, Money(), Billing::OneOff});
    return m_store->setLines(m_proposalId, lines).ok();
}

bool ProposalLinesModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    QList<ProposalLine> lines = m_lines;
    lines.remove(row, count);
    return m_store->setLines(m_proposalId, lines).ok();
}

} // namespace clientele
