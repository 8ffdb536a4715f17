#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace SQLite {
class Database;
}

namespace clientele {

// One field of one item changed: the history's row (table `change_log`, schema 9).
struct ChangeRecord {
    qint64 id = 0;
    QDateTime at; // UTC
    QString author;
    QString kind; // "profile", "client", "attribute", "chart", "offer", "proposal", "settings",
                  // "prospect"
    qint64 itemId = 0; // 0 for the chart and the settings
    QString itemName;  // what the item was called when it changed
    QString field;     // stable key: "name", "obstacles", "cell:7"
    QString label;     // what the user reads: "Name", "Industry"
    QString oldValue;
    QString newValue;
    int merge = 0; // edits with the same non-zero key in a row coalesce into one row

    friend bool operator==(const ChangeRecord &, const ChangeRecord &) = default;
};

// The history of a workspace, appended to in the transaction of the change it records.
class ChangeLogRepository {
public:
    explicit ChangeLogRepository(SQLite::Database &db)
        : m_db(db)
    {
    }

    // Appends the records; a single record that continues the newest row's run (same item,
    // field, author and non-zero merge key) updates that row instead, and removes it when the
    // field is back to where the run started.
    void append(const QList<ChangeRecord> &records);
    // Newest first.
    QList<ChangeRecord> forItem(const QString &kind, qint64 itemId) const;
    QList<ChangeRecord> all() const;
    int count() const;

private:
    bool continueRun(const ChangeRecord &record);

    SQLite::Database &m_db;
};

} // namespace clientele
