// The bad-file corpus: every file is offered as a workspace, as a JSON export and as an invoice
// CSV. Each reader refuses it (or reports the bad part) with a clear reason, and nothing it does
// changes a byte of the file. Which reasons each file should give is in the table below.

#include "clientele/storage/import/invoicefilereader.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"

#include "badfiles.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <cstring>
#include <functional>

using namespace clientele;
using namespace clientele::test;

namespace {

// What opening the file as a workspace says: the refusal, or the problems check's findings.
QString asWorkspace(const QString &path)
{
    auto file = WorkspaceFile::open(path);
    if (!file)
        return file.errorMessage();
    const QStringList problems = (*file)->problems();
    return problems.isEmpty() ? QStringLiteral("opened and healthy")
                              : QStringLiteral("problems: ") + problems.join(u'\n');
}

// What importing the file as JSON says; the workspace it was imported into must not change.
QString asJson(const QString &path, const QTemporaryDir &dir)
{
    const QString target = dir.filePath(QStringLiteral("json-target.clientele"));
    if (!QFile::exists(target))
        REQUIRE(writeSampleWorkspace(target).ok());
    auto file = WorkspaceFile::open(target);
    REQUIRE(file.ok());
    const auto before = exportWorkspaceJson(**file);
    const Status imported = importWorkspaceJsonFile(**file, path);
    CHECK(exportWorkspaceJson(**file).value() == before.value());
    return imported ? QStringLiteral("imported") : imported.errorMessage();
}

// What reading the file as an invoice export says: the failure, or every problem found.
QString asCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto read = readInvoices(file, QStringLiteral("bad.csv"));
    if (!read)
        return read.errorMessage();
    QStringList said;
    for (const ImportProblem &problem : read->problems)
        said << QStringLiteral("line %1: %2").arg(problem.line).arg(problem.message);
    if (read->needsMapping())
        said << QStringLiteral("the columns need mapping");
    said << QStringLiteral("%1 lines read").arg(read->lines.size());
    return said.join(u'\n');
}

struct BadFile {
    const char *name;
    std::function<void(const QString &)> make;
    const char *workspace; // fragments each reader's answer must contain
    const char *json;
    const char *csv;
};

const char *const kXeroHeader =
    "ContactName,InvoiceNumber,InvoiceDate,Total,TaxTotal,LineAmount,Currency,Type,Status\n";

QByteArray sampleJson()
{
    return sampleWorkspaceJson();
}

} // namespace

TEST_CASE("Each bad file gets its clear reason from every reader and stays unchanged",
          "[storage][badfiles]")
{
    const std::vector<BadFile> corpus{
        {"empty", [](const QString &p) { writeFile(p, {}); }, "the file is empty",
         "unexpected end of input", "the file is empty"},
        {"text", [](const QString &p) { writeFile(p, "Dear Sir,\nplease find attached.\n"); },
         "it is a text file", "not valid JSON", "the columns need mapping"},
        {"random bytes", [](const QString &p) { writeFile(p, noise(50'000, 7)); },
         "not a SQLite database", "not valid JSON", "the file is not text"},
        {"zeros", [](const QString &p) { writeFile(p, QByteArray(70'000, '\0')); },
         "not a SQLite database", "not valid JSON", "the file is not text"},
        {"a truncated workspace",
         [](const QString &p) {
             const QString whole = p + QStringLiteral(".whole");
             writeDamagedWorkspace(whole); // a many-page workspace, cut in half below
             QFile file(whole);
             REQUIRE(file.open(QIODevice::ReadOnly));
             writeFile(p, file.read(file.size() / 2));
         },
         "truncated", "not valid JSON", "the file is a SQLite database, not a CSV export"},
        {"only a SQLite header",
         [](const QString &p) { writeFile(p, QByteArray("SQLite format 3\0", 16)); }, "truncated",
         "not valid JSON", "the file is a SQLite database"},
        {"another program's SQLite database",
         [](const QString &p) {
             SQLite::Database other(p.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
             other.exec("CREATE TABLE songs(title TEXT); INSERT INTO songs VALUES('Blue')");
         },
         "another program's SQLite database", "not valid JSON", "the file is a SQLite database"},
        {"an empty SQLite database",
         [](const QString &p) {
             SQLite::Database other(p.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
             other.exec("PRAGMA user_version = 3; VACUUM");
         },
         "empty SQLite database", "not valid JSON", "the file is a SQLite database"},
        {"a newer schema",
         [](const QString &p) {
             REQUIRE(WorkspaceFile::create(p).ok());
             SQLite::Database raw(p.toStdString(), SQLite::OPEN_READWRITE);
             raw.exec("PRAGMA user_version = 999");
             raw.exec("PRAGMA wal_checkpoint(TRUNCATE)");
         },
         "newer version of Clientele", "not valid JSON", "the file is a SQLite database"},
        {"JSON nested 100,000 deep",
         [](const QString &p) {
             writeFile(p, QByteArray(100'000, '[') + QByteArray(100'000, ']'));
         },
         "it is a text file", "nested deeper than 64 levels", "the columns need mapping"},
        {"JSON with invalid UTF-8",
         [](const QString &p) {
             QByteArray json = sampleJson();
             json.replace("Ledgerline Consulting", "Ledgerline Caf\xE9 Consulting");
             REQUIRE(json.contains('\xE9'));
             writeFile(p, json);
         },
         "it is a text file", "ill-formed UTF-8", "the columns need mapping"},
        {"a CSV with invalid UTF-8",
         [](const QString &p) {
             writeFile(p, QByteArray(kXeroHeader)
                              + "Acme,INV-1,15/03/2024,110.00,10.00,100.00,AUD,Sales invoice,Paid\n"
                                "Caf\xE9 Noir,INV-2,16/03/2024,55.00,5.00,50.00,AUD,Sales "
                                "invoice,Paid\n"
                                "Bolt,INV-3,17/03/2024,22.00,2.00,20.00,AUD,Sales invoice,Paid\n");
         },
         "not a Clientele workspace", "not valid JSON",
         "line 3: Invalid UTF-8 text; save the file as CSV UTF-8.\n2 lines read"},
        {"a CSV in UTF-16",
         [](const QString &p) {
             const QString text = QString::fromLatin1(kXeroHeader);
             QByteArray bytes("\xFF\xFE", 2);
             bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
             writeFile(p, bytes);
         },
         "not a SQLite database", "not valid JSON", "UTF-16"},
    };

    for (const BadFile &bad : corpus) {
        DYNAMIC_SECTION(bad.name)
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("bad-file"));
            bad.make(path);
            const QByteArray before = sha256(path);
            for (const auto &[reader, expected, said] :
                 {std::tuple{"workspace", bad.workspace, asWorkspace(path)},
                  std::tuple{"json", bad.json, asJson(path, dir)},
                  std::tuple{"csv", bad.csv, asCsv(path)}}) {
                INFO(bad.name << " as " << reader << ": " << said.left(400).toStdString());
                REQUIRE(std::strlen(expected) > 0); // every reader's answer is named
                CHECK(said.contains(QString::fromUtf8(expected)));
            }
            CHECK(sha256(path) == before);
        }
    }
}

// Garbled pages pass the header checks. Either opening refuses the file as damaged, or it opens
// and the problems check (what `clientele-cli check` runs) finds the damage, and reading the
// profiles fails with SQLite's error rather than returning half of them.
TEST_CASE("A workspace with garbled pages is reported as damaged", "[storage][badfiles]")
{
    for (const Damage damage : {Damage::MiddlePages, Damage::OneDataPage}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.clientele"));
        writeDamagedWorkspace(path, damage);
        const QByteArray before = sha256(path);
        for (const auto access :
             {WorkspaceFile::Access::ReadOnly, WorkspaceFile::Access::ReadWrite}) {
            auto file = WorkspaceFile::open(path, access);
            // Each kind of damage is caught where the test expects it, so both paths are tested.
            REQUIRE(file.ok() == (damage == Damage::OneDataPage));
            if (!file) {
                CHECK(file.errorMessage().contains(QStringLiteral("the file is damaged")));
                continue;
            }
            const QStringList problems = (*file)->problems();
            INFO(problems.join(u'\n').toStdString());
            CHECK_FALSE(problems.isEmpty());
            CHECK_THROWS_AS(ProfileRepository((*file)->database()).all(), SQLite::Exception);
        }
        CHECK(sha256(path) == before);
    }
}

namespace {

// An invoice export whose second line is `lineBytes` long, written in 1 MB chunks so the test
// never holds it in memory; valid lines come before and after it.
void writeLongLineCsv(const QString &path, qint64 lineBytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(kXeroHeader);
    file.write("Acme,INV-1,15/03/2024,110.00,10.00,100.00,AUD,Sales invoice,Paid\n");
    const QByteArray chunk(1 << 20, 'a');
    for (qint64 left = lineBytes; left > 0; left -= chunk.size())
        REQUIRE(file.write(chunk.constData(), std::min<qint64>(left, chunk.size())) > 0);
    file.write("\nBolt,INV-3,17/03/2024,22.00,2.00,20.00,AUD,Sales invoice,Paid\n");
}

void requireLongLineSkipped(qint64 lineBytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long-line.csv"));
    writeLongLineCsv(path, lineBytes);
    const QByteArray before = sha256(path);
    CHECK(asCsv(path)
          == QStringLiteral("line 3: The record starting on line 3 is longer than 1024 KB and was "
                            "skipped.\n2 lines read"));
    CHECK(asWorkspace(path).contains(QStringLiteral("it is a text file")));
    CHECK(asJson(path, dir).contains(QStringLiteral("a workspace export is at most 256 MB")));
    CHECK(sha256(path) == before);
}

} // namespace

TEST_CASE("A CSV with a 256 MB line skips that line and reads the rest", "[storage][badfiles]")
{
    requireLongLineSkipped(256LL << 20);
}

// Registered with ctest on its own, labelled "slow" (tests/CMakeLists.txt).
TEST_CASE("A CSV with a 2 GB line skips that line and reads the rest", "[.][slow]")
{
    requireLongLineSkipped(2LL << 30);
}
