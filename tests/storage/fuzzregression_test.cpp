// Replays every input the fuzzers once crashed on (tests/fixtures/fuzz/<target>/<name>) through
// the same entry points the fuzz targets call (fuzz/fuzzentries.h), so each fixed bug stays fixed
// in an ordinary test run. A sanitizer build (scripts/test --sanitize) checks them as the fuzzer
// did; any build checks that they no longer crash or break a promise.

#include "fuzzentries.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace clientele;

TEST_CASE("Inputs the fuzzers found are handled", "[storage][fuzz]")
{
    const QDir kept(QStringLiteral(CLIENTELE_FIXTURES "/fuzz"));
    REQUIRE(kept.exists(QStringLiteral("README.md")));
    for (const char *target : fuzz::kFuzzTargets) {
        // A target with no kept input yet has no folder.
        const QDir folder(kept.filePath(QLatin1String(target)));
        for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
            QFile file(folder.filePath(name));
            REQUIRE(file.open(QIODevice::ReadOnly));
            QTemporaryDir work;
            REQUIRE(work.isValid());
            INFO(target << "/" << name.toStdString());
            CHECK(fuzz::runFuzzTarget(QLatin1String(target), file.readAll(), work.path())
                  == QString());
        }
    }
}

TEST_CASE("The fuzz entry points accept ordinary input", "[storage][fuzz]")
{
    QTemporaryDir work;
    const QDir imports(QStringLiteral(CLIENTELE_FIXTURES "/import"));
    for (const QString &name : imports.entryList(QDir::Files)) {
        QFile file(imports.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        INFO(name.toStdString());
        CHECK(fuzz::fuzzCsvInvoices(bytes) == QString());
        CHECK(fuzz::fuzzCsvContacts(bytes) == QString());
    }
    QFile json(QStringLiteral(CLIENTELE_FIXTURES "/workspaces/foundation-v1.json"));
    REQUIRE(json.open(QIODevice::ReadOnly));
    CHECK(fuzz::fuzzJsonImport(json.readAll(), work.path()) == QString());
    QFile workspace(QStringLiteral(CLIENTELE_FIXTURES "/workspaces/foundation-v1.clientele"));
    REQUIRE(workspace.open(QIODevice::ReadOnly));
    CHECK(fuzz::fuzzOpenWorkspace(workspace.readAll(), work.path()) == QString());
    CHECK(fuzz::runFuzzTarget(QStringLiteral("no_such_target"), {}, work.path()) != QString());
}
