#pragma once

// Helpers for the importer and customer tests: a fresh workspace in a temporary folder, fixture
// paths, and a dump of every table's content to compare a workspace before and after.

#include "clientele/storage/workspacefile.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

namespace importtest {

inline QString fixture(const char *name)
{
    return QStringLiteral(CLIENTELE_FIXTURES "/import/") + QString::fromLatin1(name);
}

// A new workspace file in its own temporary folder.
struct TempWorkspace {
    QTemporaryDir dir;
    QString path;

    TempWorkspace()
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("test.clientele"));
        auto created = clientele::WorkspaceFile::create(path);
        INFO(created.errorMessage().toStdString());
        REQUIRE(created.ok());
    }
};

// Every row of every table, in a stable order: equal dumps mean equal content.
inline QString contentDump(const QString &path)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    QString dump;
    SQLite::Statement schema(db, "SELECT type, name, sql FROM sqlite_master ORDER BY name");
    while (schema.executeStep())
        dump += QString::fromUtf8(schema.getColumn(2).getText()) + u'\n';
    SQLite::Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                 "ORDER BY name");
    while (tables.executeStep()) {
        const std::string table = tables.getColumn(0).getString();
        dump += QStringLiteral("== %1\n").arg(QString::fromStdString(table));
        SQLite::Statement rows(db, "SELECT * FROM \"" + table + "\" ORDER BY 1, 2");
        while (rows.executeStep()) {
            for (int i = 0; i < rows.getColumnCount(); ++i)
                dump += QString::fromUtf8(rows.getColumn(i).getText()) + u'|';
            dump += u'\n';
        }
    }
    dump += QStringLiteral("user_version=%1\n").arg(db.execAndGet("PRAGMA user_version").getInt());
    return dump;
}

inline qint64 countRows(const QString &path, const char *sql)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    return db.execAndGet(sql).getInt64();
}

} // namespace importtest
