#pragma once

#include "clientele/domain/result.h"
#include "clientele/domain/reviewround.h"

#include <QByteArray>
#include <QList>

namespace SQLite {
class Database;
}

namespace clientele {

// Reads and writes the owner's review rounds. A round is written once, when it starts; after
// that only its sign-off changes (the file refuses anything else). Throws SQLite::Exception
// on failure; callers own the transaction.
class ReviewRoundRepository {
public:
    explicit ReviewRoundRepository(SQLite::Database &db)
        : m_db(db)
    {
    }

    // Every round, oldest first, without its parsed snapshot (see reviewSnapshotFrom()).
    QList<ReviewRound> all() const;
    // Adds a new round (id 0) with its snapshot data, or records the sign-off of a stored one.
    ReviewRound save(const ReviewRound &round);
    void remove(qint64 id);
    void removeAll();

    // The parts a round freezes, as they stand in the workspace now.
    QByteArray currentSnapshotData() const;

private:
    SQLite::Database &m_db;
};

// Reads a round's snapshot data back into profiles, chart and offers.
Result<ReviewSnapshot> reviewSnapshotFrom(const QByteArray &data);

} // namespace clientele
