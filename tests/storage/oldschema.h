#pragma once

#include "clientele/storage/workspacefile.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <string>

namespace clientele::test {

// A workspace at `version` built from the released migration scripts, as an older Clientele
// left it.
inline void createAtSchema(const QString &path, int version)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA application_id = " + std::to_string(WorkspaceFile::kApplicationId));
    const QDir scripts(QStringLiteral(CLIENTELE_FIXTURES "/../../resources/migrations"));
    for (int v = 1; v <= version; ++v) {
        const QStringList found =
            scripts.entryList({QStringLiteral("%1_*.sql").arg(v, 3, 10, QLatin1Char('0'))});
        REQUIRE(found.size() == 1);
        QFile script(scripts.filePath(found.first()));
        REQUIRE(script.open(QIODevice::ReadOnly));
        db.exec(script.readAll().toStdString());
    }
    db.exec("PRAGMA user_version = " + std::to_string(version));
}

} // namespace clientele::test
