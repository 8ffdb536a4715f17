#include "clientele/storage/workspacefile.h"

#include "clientele/storage/backupsnapshots.h"
#include "clientele/storage/customerrepository.h"
#include "fileinspector.h"

#include "readconnection.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <QCoreApplication>
#include <map>

namespace clientele {

namespace {

// Numbered SQL files compiled into the binary: ":/migrations/001_name.sql" upgrades to schema 1.
std::map<int, QString> migrationFiles()
{
    std::map<int, QString> files;
    static const QRegularExpression numbered(QStringLiteral(R"(^(\d{3})_.*\.sql$)"));
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &name : dir.entryList(QDir::Files)) {
        const auto match = numbered.match(name);
        if (match.hasMatch())
            files[match.captured(1).toInt()] = dir.filePath(name);
    }
    return files;
}

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString folderOf(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absolutePath());
}

QString sqliteMessage(const SQLite::Exception &e)
{
    return QString::fromUtf8(e.what());
}

// Turns SQLite's result codes into what a user can act on.
QString describeWriteFailure(const SQLite::Exception &e)
{
    switch (e.getErrorCode()) {
    case SQLITE_FULL:
        return QCoreApplication::translate(
            "clientele::WorkspaceFile",
            "The disk is full; the change was not saved. Free some space and "
            "try again.");
    case SQLITE_READONLY:
        return QCoreApplication::translate(
            "clientele::WorkspaceFile",
            "The workspace file or its folder is read-only; the change was not "
            "saved.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate(
            "clientele::WorkspaceFile",
            "Another program is writing to this workspace; the change was not "
            "saved. Try again in a moment.");
    default:
        return QCoreApplication::translate("clientele::WorkspaceFile",
                                           "The change could not be saved: %1")
            .arg(sqliteMessage(e));
    }
}

} // namespace

int WorkspaceFile::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

WorkspaceFile::WorkspaceFile(QString path, Access access, std::unique_ptr<SQLite::Database> db)
    : m_path(std::move(path))
    , m_access(access)
    , m_db(std::move(db))
{
}

WorkspaceFile::~WorkspaceFile() = default;

void WorkspaceFile::configureConnection()
{
    m_db->setBusyTimeout(5000);
    m_db->exec("PRAGMA foreign_keys = ON");
    // FULL keeps every committed edit through a power cut, not only through a crash.
    m_db->exec("PRAGMA synchronous = FULL");
}

QString WorkspaceFile::readOnlyReason(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isWritable())
        return QCoreApplication::translate(
                   "clientele::WorkspaceFile",
                   "\"%1\" is read-only; open it read-only or copy it somewhere you "
                   "can write.")
            .arg(path);
    // The journal ("-wal", "-shm"), the lock file and the backups live beside the file.
    if (!QFileInfo(info.absolutePath()).isWritable())
        return QCoreApplication::translate(
                   "clientele::WorkspaceFile",
                   "The folder \"%1\" is read-only, so \"%2\" cannot be changed "
                   "there; open it read-only or copy it somewhere you can write.")
            .arg(folderOf(path), info.fileName());
    return {};
}

Result<std::unique_ptr<WorkspaceFile>> WorkspaceFile::create(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return Error{
            QCoreApplication::translate("clientele::WorkspaceFile",
                                        "\"%1\" already exists; Clientele will not overwrite it.")
                .arg(path)};
    if (!info.absoluteDir().exists())
        return Error{QCoreApplication::translate("clientele::WorkspaceFile",
                                                 "The folder \"%1\" does not exist.")
                         .arg(info.absoluteDir().path())};
    if (!QFileInfo(info.absolutePath()).isWritable())
        return Error{
            QCoreApplication::translate("clientele::WorkspaceFile",
                                        "Could not create \"%1\": the folder \"%2\" is read-only. "
                                        "Choose a folder you can write to.")
                .arg(path, folderOf(path))};

    // Build the file under a temporary name and move it into place, so that a failure never
    // leaves a half-made workspace where the user asked for one.
    const QString temporary = path + QStringLiteral(".creating");
    QFile::remove(temporary);
    try {
        {
            auto db = std::make_unique<SQLite::Database>(
                temporary.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            db->exec("PRAGMA journal_mode = WAL");
            db->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            WorkspaceFile creating(temporary, Access::ReadWrite, std::move(db));
            creating.configureConnection();
            if (auto migrated = creating.migrate(); !migrated)
                throw std::runtime_error(migrated.errorMessage().toStdString());
        }
        if (!QFile::rename(temporary, path))
            throw std::runtime_error(QCoreApplication::translate("clientele::WorkspaceFile",
                                                                 "could not move the new file "
                                                                 "into place")
                                         .toStdString());
    } catch (const std::exception &e) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-wal"));
        QFile::remove(temporary + QStringLiteral("-shm"));
        return Error{
            QCoreApplication::translate("clientele::WorkspaceFile", "Could not create \"%1\": %2")
                .arg(path, QString::fromUtf8(e.what()))};
    }
    return open(path);
}

Result<std::unique_ptr<WorkspaceFile>> WorkspaceFile::open(const QString &path, Access access)
{
    auto verdict = inspectWorkspaceFile(path, latestSchemaVersion(), kApplicationId);
    if (!verdict)
        return verdict.error();
    const bool writable = access == Access::ReadWrite;
    if (writable) {
        if (const QString reason = readOnlyReason(path); !reason.isEmpty())
            return Error{reason};
    }
    const bool older = verdict->schemaVersion < latestSchemaVersion();
    try {
        // Each connection is used by one thread at a time (the window's on the GUI thread, an
        // import's on its own), so SQLite need not lock it around every call.
        auto db = writable ? std::make_unique<SQLite::Database>(
                      path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX)
                           : openForReading(path);
        // A reader of an older file upgrades a copy in memory; a reader of a file opened as
        // immutable (a read-only folder) keeps a copy, so a later change cannot tear it.
        if (!writable && (older || isFrozen(path)))
            db = copiedIntoMemory(*db);
        std::unique_ptr<WorkspaceFile> file(new WorkspaceFile(path, access, std::move(db)));
        file->configureConnection();
        if (older) {
            // An upgrade rewrites the file, so a verified snapshot comes first; a read-only
            // reader gets an upgraded copy in memory and the file stays as it is.
            if (writable) {
                auto snapshot = BackupSnapshots::take(
                    *file, QCoreApplication::translate("clientele::WorkspaceFile",
                                                       "Before the upgrade from schema %1 to %2")
                               .arg(verdict->schemaVersion)
                               .arg(latestSchemaVersion()));
                if (!snapshot)
                    return Error{QCoreApplication::translate(
                                     "clientele::WorkspaceFile",
                                     "\"%1\" was not upgraded, because no backup could "
                                     "be made first: %2")
                                     .arg(path, snapshot.errorMessage())};
            }
            const Status migrated = file->migrate();
            if (writable) // even a migration that failed midway has changed the file
                BackupSnapshots::keepNewest(path);
            if (!migrated)
                return migrated.error();
        }
        spdlog::info("opened workspace {} (schema {})", path.toStdString(), file->schemaVersion());
        return file;
    } catch (const SQLite::Exception &e) {
        return Error{
            QCoreApplication::translate("clientele::WorkspaceFile", "Cannot open \"%1\": %2")
                .arg(path, sqliteMessage(e))};
    }
}

std::unique_ptr<SQLite::Database> WorkspaceFile::copiedIntoMemory(SQLite::Database &original)
{
    auto memory = std::make_unique<SQLite::Database>(":memory:",
                                                     SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    SQLite::Backup copy(*memory, original);
    copy.executeStep(-1);
    return memory;
}

int WorkspaceFile::schemaVersion() const
{
    return m_db->execAndGet("PRAGMA user_version").getInt();
}

Status WorkspaceFile::migrate()
{
    const int current = schemaVersion();
    for (const auto &[version, file] : migrationFiles()) {
        if (version <= current)
            continue;
        const QString script = readResource(file);
        try {
            SQLite::Transaction transaction(*m_db);
            m_db->exec(script.toStdString());
            afterMigration(version);
            m_db->exec("PRAGMA user_version = " + std::to_string(version));
            transaction.commit();
            spdlog::info("migrated {} to schema {}", m_path.toStdString(), version);
        } catch (const SQLite::Exception &e) {
            return Error{QCoreApplication::translate("clientele::WorkspaceFile",
                                                     "Could not upgrade \"%1\" to schema %2: %3")
                             .arg(m_path)
                             .arg(version)
                             .arg(sqliteMessage(e))};
        }
    }
    return success();
}

// What a migration needs beyond its SQL, in the same transaction.
void WorkspaceFile::afterMigration(int version)
{
    if (version == 7) // tenure and invoice counts now take in every currency
        CustomerRepository(*m_db).refreshSummaries();
}

Status WorkspaceFile::transaction(const std::function<void()> &work)
{
    if (isReadOnly())
        return Error{QCoreApplication::translate(
            "clientele::WorkspaceFile",
            "This workspace is open read-only; changes cannot be saved.")};
    try {
        SQLite::Transaction transaction(*m_db);
        work();
        transaction.commit();
        return success();
    } catch (const SQLite::Exception &e) {
        spdlog::error("write to {} failed: {}", m_path.toStdString(), e.what());
        return Error{describeWriteFailure(e)};
    } catch (const std::exception &e) {
        spdlog::error("write to {} failed: {}", m_path.toStdString(), e.what());
        return Error{QCoreApplication::translate("clientele::WorkspaceFile",
                                                 "The change could not be saved: %1")
                         .arg(QString::fromUtf8(e.what()))};
    }
}

Status WorkspaceFile::saveCopy(const QString &targetPath) const
{
    if (QFileInfo(targetPath).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return Error{QCoreApplication::translate(
            "clientele::WorkspaceFile", "A copy cannot replace the workspace it is copied from.")};
    if (!QFileInfo(QFileInfo(targetPath).absolutePath()).isWritable())
        return Error{
            QCoreApplication::translate("clientele::WorkspaceFile",
                                        "Could not save a copy to \"%1\": the folder \"%2\" is "
                                        "read-only.")
                .arg(targetPath, folderOf(targetPath))};
    const QString temporary = targetPath + QStringLiteral(".copying");
    QFile::remove(temporary);
    try {
        {
            SQLite::Database target(temporary.toStdString(),
                                    SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            SQLite::Backup backup(target, *m_db);
            backup.executeStep(-1);
        }
        QFile::remove(targetPath);
        if (!QFile::rename(temporary, targetPath))
            throw std::runtime_error(QCoreApplication::translate("clientele::WorkspaceFile",
                                                                 "could not move the copy into "
                                                                 "place")
                                         .toStdString());
        return success();
    } catch (const std::exception &e) {
        QFile::remove(temporary);
        return Error{QCoreApplication::translate("clientele::WorkspaceFile",
                                                 "Could not save a copy to \"%1\": %2")
                         .arg(targetPath, QString::fromUtf8(e.what()))};
    }
}

QStringList WorkspaceFile::problems() const
{
    QStringList found;
    try {
        SQLite::Statement integrity(*m_db, "PRAGMA integrity_check");
        while (integrity.executeStep()) {
            const QString line = QString::fromUtf8(integrity.getColumn(0).getText());
            if (line != QStringLiteral("ok"))
                found << line;
        }
        SQLite::Statement keys(*m_db, "PRAGMA foreign_key_check");
        while (keys.executeStep())
            found << QCoreApplication::translate("clientele::WorkspaceFile",
                                                 "Row %1 of table %2 points to a missing %3.")
                         .arg(keys.getColumn(1).getInt64())
                         .arg(QString::fromUtf8(keys.getColumn(0).getText()),
                              QString::fromUtf8(keys.getColumn(2).getText()));
        if (m_db->execAndGet("PRAGMA application_id").getInt() != kApplicationId)
            found << QCoreApplication::translate(
                "clientele::WorkspaceFile", "The file is not marked as a Clientele workspace.");
        if (schemaVersion() != latestSchemaVersion())
            found << QCoreApplication::translate("clientele::WorkspaceFile",
                                                 "Schema version %1 differs from the expected %2.")
                         .arg(schemaVersion())
                         .arg(latestSchemaVersion());
    } catch (const SQLite::Exception &e) {
        found << sqliteMessage(e);
    }
    return found;
}

} // namespace clientele
