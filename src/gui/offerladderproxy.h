#pragma once

#include <QSortFilterProxyModel>

namespace clientele {

class OfferCatalogue;

// The offer list in climbing order (entry, core, continuing, then offers off the ladder by
// name), filtered by every word of the search in the name, kind, promise or stage.
class OfferLadderProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit OfferLadderProxy(OfferCatalogue *store, QObject *parent = nullptr);

    void setSearch(const QString &text);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void reorder();

    OfferCatalogue *m_store;
    QStringList m_words;
    // Offer id → place on the ladder, refreshed on every change.
    QHash<qint64, int> m_rank;
};

} // namespace clientele
