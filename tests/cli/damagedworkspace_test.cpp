// A workspace whose middle pages are garbled: every command that reads it exits non-zero with
// an error instead of crashing or printing half of it, and none of them changes the file.

#include "badfiles.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QTemporaryDir>

using namespace clientele::test;

namespace {

struct Outcome {
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QString err;
};

Outcome run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CLIENTELE_CLI), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitStatus(), process.exitCode(),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("cli: a damaged workspace fails check, info and exports with an error", "[cli]")
{
    const Damage damage = GENERATE(Damage::MiddlePages, Damage::OneDataPage);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.clientele"));
    writeDamagedWorkspace(path, damage);
    const QByteArray before = sha256(path);
    const QString json = dir.filePath(QStringLiteral("out.json"));
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("check"), path}, QStringList{QStringLiteral("info"), path},
          QStringList{QStringLiteral("export-json"), path, json},
          QStringList{QStringLiteral("export-pdf"), path, pdf}}) {
        const Outcome outcome = run(arguments);
        INFO(arguments.front().toStdString() << ": " << outcome.err.toStdString());
        CHECK(outcome.status == QProcess::NormalExit);
        CHECK(outcome.exitCode == 2);
        // The log's own error line may come first; the command's message follows it.
        CHECK(outcome.err.contains(QStringLiteral("error: ")));
    }
    CHECK(sha256(path) == before);
    CHECK_FALSE(QFile::exists(json));
    CHECK_FALSE(QFile::exists(pdf));
}
