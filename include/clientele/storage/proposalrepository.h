#pragma once

#include "clientele/domain/proposal.h"

#include <QList>

#include <optional>

namespace SQLite {
class Database;
}

namespace clientele {

// Reads and writes proposals with all their parts. Throws SQLite::Exception on failure; callers
// own the transaction.
class ProposalRepository {
public:
    explicit ProposalRepository(SQLite::Database &db)
        : m_db(db)
    {
    }

    QList<Proposal> all() const;
    std::optional<Proposal> find(qint64 id) const;
    int count() const;

    // Inserts or replaces the proposal and returns it as stored: a new one (id 0) gets its id
    // here. Refuses (throws) a change to the content of a version that was sent; sent versions
    // are added, and removed when the proposal no longer holds them, but never rewritten. A stored
    // proposal keeps its uuid; a new proposal and every line keep the uuid given, or get a new one
    // when they have none or another row holds it (a copy).
    Proposal save(const Proposal &proposal);
    void remove(qint64 id);
    void removeAll();

private:
    void loadParts(Proposal &proposal) const;
    // The numbers of the versions the file holds as sent.
    QList<int> storedVersions(qint64 id) const;
    void saveVersions(const Proposal &proposal, const QList<int> &stored);
    SQLite::Database &m_db;
};

} // namespace clientele
