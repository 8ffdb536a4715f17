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

namespace {

// Runs every file of `folder` through the target; returns how many there were.
int replay(const QString &target, const QDir &folder)
{
    int count = 0;
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QTemporaryDir work;
        REQUIRE(work.isValid());
        INFO(target.toStdString() << "/" << name.toStdString());
        CHECK(fuzz::runFuzzTarget(target, file.readAll(), work.path()) == QString());
        ++count;
    }
    return count;
}

} // namespace

TEST_CASE("Inputs the fuzzers found are handled", "[storage][fuzz]")
{
    const QDir kept(QStringLiteral(CLIENTELE_FIXTURES "/fuzz"));
    REQUIRE(kept.exists(QStringLiteral("README.md")));
    for (const char *target : fuzz::kFuzzTargets) {
        // A target with no kept crash yet has no folder.
        replay(QLatin1String(target), QDir(kept.filePath(QLatin1String(target))));
    }
}

// The minimized corpora of scripts/fuzz --keep-corpus: every path the fuzzers reached, replayed
// in every run, so a change that breaks one fails here and not only under the fuzzer.
TEST_CASE("The fuzzers' corpora are handled", "[storage][fuzz]")
{
    const QDir corpora(QStringLiteral(CLIENTELE_FIXTURES "/fuzz-corpus"));
    for (const char *target : fuzz::kFuzzTargets) {
        INFO(target);
        CHECK(replay(QLatin1String(target), QDir(corpora.filePath(QLatin1String(target)))) >= 20);
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
