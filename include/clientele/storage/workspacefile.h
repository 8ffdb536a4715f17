#pragma once

#include "clientele/domain/result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace SQLite {
class Database;
}

namespace clientele {

// One open workspace: a SQLite file marked with our application_id, its schema kept current by
// numbered migrations. Only the storage layer talks SQL; everyone else goes through here.
class WorkspaceFile {
public:
    enum class Access { ReadWrite, ReadOnly };

    static constexpr int kApplicationId = 0x436C6E74; // "Clnt"
    static constexpr const char *kSuggestedSuffix = "clientele";
    static int latestSchemaVersion();

    // Creates a new, empty workspace; refuses to overwrite an existing file.
    static Result<std::unique_ptr<WorkspaceFile>> create(const QString &path);
    // Opens an existing workspace, upgrading its schema when it is older. Anything that is not a
    // Clientele workspace is refused with a reason and left byte-for-byte untouched.
    static Result<std::unique_ptr<WorkspaceFile>> open(const QString &path,
                                                       Access access = Access::ReadWrite);
    // Why `path` cannot be opened for editing: the file or its folder (which holds the journal,
    // the lock and the backups) is read-only. A sentence naming it, or empty when it can be.
    static QString readOnlyReason(const QString &path);

    ~WorkspaceFile();
    WorkspaceFile(const WorkspaceFile &) = delete;
    WorkspaceFile &operator=(const WorkspaceFile &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const;
    SQLite::Database &database() { return *m_db; }

    // Runs `work` as one transaction: all of it is committed, or on any exception none of it,
    // and the failure comes back as a readable Error (disk full, read-only, locked, ...).
    Status transaction(const std::function<void()> &work);

    // A consistent copy through SQLite's backup API, safe while others write.
    Status saveCopy(const QString &targetPath) const;
    // Runs SQLite's integrity check and our own schema checks; empty when healthy.
    QStringList problems() const;

private:
    WorkspaceFile(QString path, Access access, std::unique_ptr<SQLite::Database> db);
    void configureConnection();
    static std::unique_ptr<SQLite::Database> copiedIntoMemory(SQLite::Database &original);
    Status migrate();
    void afterMigration(int version);

    QString m_path;
    Access m_access;
    std::unique_ptr<SQLite::Database> m_db;
};

} // namespace clientele
