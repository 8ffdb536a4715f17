#include "offerladderproxy.h"

#include "clientele/core/models/offerlistmodel.h"
#include "clientele/core/offercatalogue.h"

namespace clientele {

OfferLadderProxy::OfferLadderProxy(OfferCatalogue *store, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_store(store)
{
    for (auto signal : {&OfferCatalogue::added, &OfferCatalogue::changed, &OfferCatalogue::removed})
        connect(store, signal, this, &OfferLadderProxy::reorder);
    reorder();
}

void OfferLadderProxy::reorder()
{
    m_rank.clear();
    const QList<Offer> ladder = m_store->ladder();
    for (int i = 0; i < ladder.size(); ++i)
        m_rank.insert(ladder[i].id, i);
    invalidate();
    sort(0);
}

void OfferLadderProxy::setSearch(const QString &text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool OfferLadderProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const qint64 a = left.data(OfferListModel::IdRole).toLongLong();
    const qint64 b = right.data(OfferListModel::IdRole).toLongLong();
    const int rankA = m_rank.value(a, INT_MAX);
    const int rankB = m_rank.value(b, INT_MAX);
    if (rankA != rankB)
        return rankA < rankB;
    const int byName = QString::localeAwareCompare(
        sourceModel()->index(left.row(), OfferListModel::Name).data().toString(),
        sourceModel()->index(right.row(), OfferListModel::Name).data().toString());
    return byName != 0 ? byName < 0 : a < b;
}

bool OfferLadderProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const auto offer = m_store->find(
        sourceModel()->index(sourceRow, 0, sourceParent).data(OfferListModel::IdRole).toLongLong());
    if (!offer)
        return false;
    const QString haystack =
        QStringList{offer->name, offerKindLabel(offer->kind), offer->promise,
                    offer->ladder ? ladderStageLabel(offer->ladder->stage) : QString()}
            .join(QLatin1Char(' '));
    for (const QString &word : m_words)
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace clientele
