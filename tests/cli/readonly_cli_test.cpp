#include "badfiles.h"
#include "readonlyfiles.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace clientele::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// The CLI where an ordinary user can run it. Under root that is a copy in a folder of its own,
// because the build tree may lie inside a folder only root can enter.
QString cliForUser()
{
    if (!runningAsRoot())
        return QStringLiteral(CLIENTELE_CLI);
    static QTemporaryDir dir;
    static const QString copy = [] {
        const QString path = dir.filePath(QStringLiteral("clientele-cli"));
        REQUIRE(QFile::copy(QStringLiteral(CLIENTELE_CLI), path));
        REQUIRE(chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        REQUIRE(chmod(QFile::encodeName(path).constData(), 0755) == 0);
        return path;
    }();
    return copy;
}

// Runs clientele-cli as an ordinary user: as nobody when the tests run as root.
Run runAsUser(const QStringList &arguments)
{
    QProcess process;
    if (runningAsRoot())
        process.setChildProcessModifier([] {
            if (!dropToNobody())
                _exit(120);
        });
    process.start(cliForUser(), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() != 120);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CLIENTELE_CLI), arguments);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString fixture(const char *name)
{
    return QStringLiteral(CLIENTELE_FIXTURES "/import/") + QString::fromLatin1(name);
}

} // namespace

TEST_CASE("cli: importing into a read-only workspace file says so by name and changes nothing",
          "[cli][readonly]")
{
    QTemporaryDir dir;
    TestFolder folder(dir.path(), QStringLiteral("books"));
    const QString path = folder.filePath(QStringLiteral("ro.clientele"));
    const QString json = folder.filePath(QStringLiteral("content.json"));
    REQUIRE(run({QStringLiteral("new"), path}).exitCode == 0);
    REQUIRE(run({QStringLiteral("import-invoices"), path, fixture("xero-history.csv"),
                 QStringLiteral("--no-snapshot")})
                .exitCode
            == 0);
    REQUIRE(run({QStringLiteral("export-json"), path, json}).exitCode == 0);
    // The export to import sits beside the workspace, where the user can read it.
    const QString csv = folder.filePath(QStringLiteral("export.csv"));
    REQUIRE(QFile::copy(fixture("xero-history.csv"), csv));
    setOwnerAndMode(csv, 0644);
    setOwnerAndMode(path, 0444);
    const QByteArray before = sha256(path);
    const QStringList entries = folder.entries();
    const QString expected =
        QStringLiteral("error: \"%1\" is read-only; open it read-only or copy it somewhere you "
                       "can write.\n")
            .arg(path);

    const Run jsonImport = runAsUser({QStringLiteral("import-json"), json, path});
    CHECK(jsonImport.exitCode == 2);
    CHECK(jsonImport.err == expected);

    const Run invoiceImport = runAsUser({QStringLiteral("import-invoices"), path, csv});
    CHECK(invoiceImport.exitCode == 2);
    CHECK(invoiceImport.err == expected);
    CHECK(invoiceImport.out.isEmpty());

    const Run send =
        runAsUser({QStringLiteral("send-proposal"), path, QStringLiteral("P-2026-001")});
    CHECK(send.exitCode == 2);
    CHECK(send.err == expected);

    CHECK(sha256(path) == before);
    CHECK(folder.entries() == entries); // no backup snapshot, no journal
}

TEST_CASE("cli: a read-only folder takes no new workspace, and one already there can be read",
          "[cli][readonly]")
{
    QTemporaryDir dir;
    TestFolder folder(dir.path(), QStringLiteral("shared"));
    const QString existing = folder.filePath(QStringLiteral("team.clientele"));
    REQUIRE(run({QStringLiteral("new"), existing}).exitCode == 0);
    setOwnerAndMode(existing, 0644);
    folder.makeReadOnly();
    const QByteArray before = sha256(existing);
    const QString created = folder.filePath(QStringLiteral("new.clientele"));

    const Run made = runAsUser({QStringLiteral("new"), created});
    CHECK(made.exitCode == 2);
    CHECK(made.err
          == QStringLiteral("error: Could not create \"%1\": the folder \"%2\" is read-only. "
                            "Choose a folder you can write to.\n")
                 .arg(created, QDir::toNativeSeparators(folder.path())));

    // Reading needs nothing written beside the file (it used to say "the file is damaged").
    const Run info = runAsUser({QStringLiteral("info"), existing});
    INFO(info.err.toStdString());
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("Schema version:")));

    CHECK(sha256(existing) == before);
    CHECK(folder.entries() == QStringList{QStringLiteral("team.clientele")});
}

// A user who copies or mails "the file" after reading it must find one file: no "-wal" or
// "-shm" left beside it, whatever command read it and however it may be written to.
TEST_CASE("cli: reading commands leave nothing beside the workspace", "[cli][readonly]")
{
    QTemporaryDir dir;
    TestFolder folder(dir.path(), QStringLiteral("books"));
    const QString path = folder.filePath(QStringLiteral("w.clientele"));
    REQUIRE(run({QStringLiteral("new"), path, QStringLiteral("--sample")}).exitCode == 0);
    REQUIRE(run({QStringLiteral("import-invoices"), path, fixture("xero-history.csv"),
                 QStringLiteral("--no-snapshot")})
                .exitCode
            == 0);
    setOwnerAndMode(path, 0644);
    TestFolder outputs(dir.path(), QStringLiteral("outputs"));
    const QString out = outputs.filePath(QStringLiteral("out"));
    // The exports where the ordinary user can read them: the source tree may not be.
    const auto readable = [&outputs](const char *name) {
        const QString copy = outputs.filePath(QString::fromLatin1(name));
        REQUIRE(QFile::copy(fixture(name), copy));
        REQUIRE(chmod(QFile::encodeName(copy).constData(), 0644) == 0);
        return copy;
    };
    const QList<QStringList> commands{
        {QStringLiteral("info"), path},
        {QStringLiteral("check"), path},
        {QStringLiteral("export-pdf"), path, out + QStringLiteral(".pdf")},
        {QStringLiteral("export-pdf"), path, out + QStringLiteral("-chart.pdf"),
         QStringLiteral("--chart")},
        {QStringLiteral("export-json"), path, out + QStringLiteral(".json")},
        {QStringLiteral("customers"), path, QStringLiteral("--json")},
        {QStringLiteral("offers"), path},
        {QStringLiteral("proposals"), path},
        {QStringLiteral("import-invoices"), path, readable("xero-invoices-au.csv"),
         QStringLiteral("--dry-run")},
        {QStringLiteral("import-contacts"), path, readable("xero-contacts.csv"),
         QStringLiteral("--dry-run"), QStringLiteral("--allow-problems")},
    };
    const QByteArray before = sha256(path);
    for (const QStringList &command : commands) {
        INFO(command.join(u' ').toStdString());
        const Run ran = runAsUser(command);
        INFO(ran.err.toStdString());
        CHECK(ran.exitCode == 0);
        CHECK(folder.entries() == QStringList{QStringLiteral("w.clientele")});
    }
    // A file the user may not write is read without a trace as well.
    setOwnerAndMode(path, 0444);
    for (const QStringList &command : commands.mid(0, 2)) {
        const Run ran = runAsUser(command);
        CHECK(ran.exitCode == 0);
        CHECK(folder.entries() == QStringList{QStringLiteral("w.clientele")});
    }
    CHECK(sha256(path) == before);
}
