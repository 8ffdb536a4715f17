#include "clientele/core/models/offerlistmodel.h"

#include "clientele/core/offercatalogue.h"

#include <algorithm>

namespace clientele {

OfferListModel::OfferListModel(OfferCatalogue *store, QObject *parent)
    : IdRowsModel(parent)
    , m_store(store)
{
    for (const Offer &offer : store->all())
        m_ids.append(offer.id);
    connect(store, &OfferCatalogue::added, this, &OfferListModel::onAdded);
    connect(store, &OfferCatalogue::changed, this, &OfferListModel::onChanged);
    connect(store, &OfferCatalogue::removed, this, &OfferListModel::onRemoved);
}

int OfferListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfferListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto offer = m_store->find(m_ids.at(index.row()));
    if (!offer)
        return {};
    if (role == IdRole)
        return offer->id;
    if (role == Qt::TextAlignmentRole && index.column() == Price)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name: return offer->name;
    case Kind: return offerKindLabel(offer->kind);
    case Price:
        if (role == Qt::EditRole)
            return offer->price.toDecimalString();
        if (offer->isFree())
            return tr("Free");
        return offer->isMonthly() ? tr("%1 /month").arg(offer->price.toDisplayString())
                                  : offer->price.toDisplayString();
    case Ladder:
        return offer->ladder ? ladderStageLabel(offer->ladder->stage) : QStringLiteral("—");
    default: return {};
    }
}

QVariant OfferListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Offer");
    case Kind: return tr("Kind");
    case Price: return tr("Price");
    case Ladder: return tr("Ladder");
    default: return {};
    }
}

bool OfferListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const qint64 id = m_ids.at(index.row());
    if (index.column() == Name)
        return m_store->setName(id, value.toString()).ok();
    if (index.column() == Price) {
        const auto offer = m_store->find(id);
        if (!offer)
            return false;
        auto price = Money::parse(value.toString(), offer->price.currency());
        return price && m_store->setPrice(id, *price).ok();
    }
    return false;
}

Qt::ItemFlags OfferListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Name || index.column() == Price)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace clientele
