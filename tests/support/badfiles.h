#pragma once

// Makers for the bad-file corpus (tests/storage/badfiles_test.cpp, tests/cli): files that are
// not what they claim to be, written at test time so that nothing large is committed.

#include "clientele/domain/customerprofile.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/workspacefile.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <random>

namespace clientele::test {

inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    REQUIRE(hash.addData(&file)); // streamed: some bad files are hundreds of megabytes
    return hash.result();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

inline QByteArray noise(qsizetype size, unsigned seed)
{
    std::mt19937 engine(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(engine() & 0xFF);
    return bytes;
}

// How much of a workspace's data to garble.
enum class Damage {
    MiddlePages, // every other page of the middle third and the schema's last page: SQLite
                 // notices on opening, when it reads the schema
    OneDataPage, // a single page of profile text near the end: only a full check notices
};

// A real workspace of many pages with pages overwritten by noise, as a failing disk or a bad
// copy leaves it. The first page, with the header, stays intact, so the header checks pass.
inline void writeDamagedWorkspace(const QString &path, Damage damage = Damage::MiddlePages)
{
    qint64 lastSchemaPage = 0; // counted from 0, as the file's pages are below
    {
        auto file = WorkspaceFile::create(path);
        REQUIRE(file.ok());
        ProfileRepository profiles((*file)->database());
        REQUIRE((*file)->transaction([&] {
            for (int i = 0; i < 120; ++i) {
                CustomerProfile profile;
                profile.name = QStringLiteral("Profile %1 ").arg(i) + QString(400, u'x');
                profile.person = QString(800, u'p');
                profile.obstacles = {{0, QString(300, u'o'), {}}, {0, QString(300, u'q'), {}}};
                profiles.save(profile);
            }
        }));
        (*file)->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        // Page numbers count from 1; the first page holds the header and stays intact.
        lastSchemaPage = (*file)
                             ->database()
                             .execAndGet("SELECT max(pageno) FROM dbstat WHERE name = "
                                         "'sqlite_schema'")
                             .getInt64()
                         - 1;
        REQUIRE(lastSchemaPage > 0);
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    const qint64 pages = file.size() / pageSize;
    REQUIRE(pages > 20);
    const bool middle = damage == Damage::MiddlePages;
    const qint64 first = middle ? pages / 3 : pages - 3;
    const qint64 last = middle ? 2 * pages / 3 : pages - 2;
    QList<qint64> garbled;
    for (qint64 page = first; page < last; page += 2)
        garbled.append(page);
    if (middle)
        garbled.append(lastSchemaPage);
    for (const qint64 page : garbled) {
        REQUIRE(file.seek(page * pageSize));
        REQUIRE(file.write(noise(pageSize, static_cast<unsigned>(page))) == pageSize);
    }
}

} // namespace clientele::test
