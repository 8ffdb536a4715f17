#pragma once

#include "clientele/domain/offer.h"

#include <QList>

#include <optional>

namespace SQLite {
class Database;
}

namespace clientele {

// Reads and writes the offer catalogue. Throws SQLite::Exception on failure; callers own the
// transaction so that one user action is one commit.
class OfferRepository {
public:
    explicit OfferRepository(SQLite::Database &db)
        : m_db(db)
    {
    }

    // In id order; ladderOf() gives the climbing order.
    QList<Offer> all() const;
    std::optional<Offer> find(qint64 id) const;
    int count() const;

    // Inserts or replaces the offer with its lists, links and terms, and returns it as stored: a
    // new offer (id 0) gets its id here. A stored offer keeps its uuid; a new one keeps the uuid
    // given, or gets a new one when it has none or another offer holds it (a copy). The offer is
    // stored normalised (see normalisedOffer()).
    Offer save(const Offer &offer);
    void remove(qint64 id);
    void removeAll();

private:
    void loadParts(Offer &offer) const;
    SQLite::Database &m_db;
};

} // namespace clientele
