#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <sqlite3.h>

#include <QString>

#include <optional>

namespace clientele::detail {

// A prepared statement for the import's hot loop, on SQLite's C API: QString text is bound as
// UTF-16 straight from the string (no UTF-8 copy per value), and it is reset, not re-prepared,
// between rows. Errors throw SQLite::Exception like SQLiteCpp does.
class FastStatement {
public:
    FastStatement(SQLite::Database &db, const char *sql)
        : m_db(db.getHandle())
    {
        check(sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr));
    }
    ~FastStatement() { sqlite3_finalize(m_stmt); }
    FastStatement(const FastStatement &) = delete;
    FastStatement &operator=(const FastStatement &) = delete;

    // The string must outlive step(): SQLite reads it then, without copying.
    void bind(int index, const QString &text)
    {
        check(sqlite3_bind_text16(m_stmt, index, text.utf16(),
                                  static_cast<int>(text.size() * sizeof(char16_t)), SQLITE_STATIC));
    }
    void bind(int index, qint64 value) { check(sqlite3_bind_int64(m_stmt, index, value)); }
    void bind(int index, const std::optional<qint64> &value)
    {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }
    void bindNull(int index) { check(sqlite3_bind_null(m_stmt, index)); }

    // Runs the statement; true when it produced a row (then read it before the next call).
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            check(rc);
        return false;
    }
    // Runs a statement that returns no rows and readies it for the next one.
    void run()
    {
        step();
        reset();
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    int changes() const { return sqlite3_changes(m_db); }
    qint64 lastRowId() const { return sqlite3_last_insert_rowid(m_db); }

private:
    void check(int rc) const
    {
        if (rc != SQLITE_OK)
            throw SQLite::Exception(m_db, rc);
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace clientele::detail
