#include "clirun.h"

#include "pdftools.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using Run = clientele::test::CliRun;

Run cli(const QStringList &arguments)
{
    return clientele::test::runCli(arguments);
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("cli: help and wrong usage", "[cli]")
{
    CHECK(cli({QStringLiteral("--help")}).exitCode == 0);
    CHECK(cli({}).exitCode == 1);
    CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 1);
    for (const QString &command :
         {QStringLiteral("new"), QStringLiteral("info"), QStringLiteral("check"),
          QStringLiteral("export-json"), QStringLiteral("import-json"),
          QStringLiteral("export-pdf"), QStringLiteral("send-proposal"),
          QStringLiteral("revise-proposal"), QStringLiteral("close-proposal"),
          QStringLiteral("start-review"), QStringLiteral("sign-off-review")}) {
        const Run help = cli({command, QStringLiteral("--help")});
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(command));
        CHECK(cli({command}).exitCode == 1);
        CHECK(cli({command, QStringLiteral("--no-such-option"), QStringLiteral("x")}).exitCode
              == 1);
    }
}

TEST_CASE("cli: new, info and check on a fresh and on a sample workspace", "[cli]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.clientele"));
    const QString sample = dir.filePath(QStringLiteral("sample.clientele"));
    REQUIRE(cli({QStringLiteral("new"), empty}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("new"), sample, QStringLiteral("--sample")}).exitCode == 0);

    const Run refused = cli({QStringLiteral("new"), sample});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.startsWith(QStringLiteral("error:")));

    const Run info = cli({QStringLiteral("info"), sample, QStringLiteral("--json")});
    REQUIRE(info.exitCode == 0);
    const QJsonObject object = QJsonDocument::fromJson(info.out.toUtf8()).object();
    CHECK(object.value(QStringLiteral("schemaVersion")).toInt() >= 1);
    CHECK(object.value(QStringLiteral("profiles")).toInt() >= 1);
    CHECK(object.value(QStringLiteral("chartClients")).isDouble());
    CHECK(object.value(QStringLiteral("offers")).isDouble());
    CHECK(object.value(QStringLiteral("prospects")).toInt() == 10); // the sample's
    CHECK(object.value(QStringLiteral("reviewRounds")).toInt() == 0);
    CHECK(QJsonDocument::fromJson(
              cli({QStringLiteral("info"), empty, QStringLiteral("--json")}).out.toUtf8())
              .object()
              .value(QStringLiteral("profiles"))
              .toInt()
          == 0);
    CHECK(cli({QStringLiteral("info"), sample}).out.contains(QStringLiteral("profiles")));
    CHECK(cli({QStringLiteral("info"), sample})
              .out.contains(QStringLiteral("\nreviewRounds:    0\n")));

    const Run check = cli({QStringLiteral("check"), sample});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("ok")));
}

TEST_CASE("cli: bad files exit 2 with an error and stay untouched", "[cli]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
    }
    const QByteArray before = digest(text);
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("info"), text}, QStringList{QStringLiteral("check"), text},
          QStringList{QStringLiteral("export-json"), text, dir.filePath(QStringLiteral("o.json"))},
          QStringList{QStringLiteral("export-pdf"), text, dir.filePath(QStringLiteral("o.pdf"))},
          QStringList{QStringLiteral("info"), dir.filePath(QStringLiteral("missing.clientele"))}}) {
        const Run run = cli(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.startsWith(QStringLiteral("error:")));
    }
    CHECK(digest(text) == before);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("o.json"))));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("o.pdf"))));
}

TEST_CASE("cli: export-json, import-json and export again give the same JSON", "[cli]")
{
    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("sample.clientele"));
    const QString first = dir.filePath(QStringLiteral("first.json"));
    const QString copy = dir.filePath(QStringLiteral("copy.clientele"));
    const QString second = dir.filePath(QStringLiteral("second.json"));
    REQUIRE(cli({QStringLiteral("new"), sample, QStringLiteral("--sample")}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("export-json"), sample, first}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("import-json"), first, copy}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("export-json"), copy, second}).exitCode == 0);
    CHECK(digest(first) == digest(second));

    // The same export with one profile's id spoiled.
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile in(first);
        REQUIRE(in.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray profiles = root.value(QStringLiteral("profiles")).toArray();
        QJsonObject profile = profiles.at(0).toObject();
        profile.insert(QStringLiteral("id"), QStringLiteral("x"));
        profiles.replace(0, profile);
        root.insert(QStringLiteral("profiles"), profiles);
        QFile out(broken);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
    }
    const QByteArray copyBefore = digest(copy);
    const Run refused = cli({QStringLiteral("import-json"), broken, copy});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.startsWith(QStringLiteral("error:")));
    CHECK(refused.err.contains(QStringLiteral("profiles[0]")));
    CHECK(digest(copy) == copyBefore);
}

TEST_CASE("cli: export-pdf prints every profile or the one named", "[cli]")
{
    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("sample.clientele"));
    REQUIRE(cli({QStringLiteral("new"), sample, QStringLiteral("--sample")}).exitCode == 0);
    const QJsonObject workspace = [&] {
        const QString json = dir.filePath(QStringLiteral("w.json"));
        REQUIRE(cli({QStringLiteral("export-json"), sample, json}).exitCode == 0);
        QFile file(json);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    const QJsonArray profiles = workspace.value(QStringLiteral("profiles")).toArray();
    REQUIRE(profiles.size() == 2);
    const QJsonObject first = profiles.at(0).toObject();
    const QString name = first.value(QStringLiteral("name")).toString();
    const QString other = profiles.at(1).toObject().value(QStringLiteral("name")).toString();
    // Names as the printout sets them, whatever the line breaks.
    const auto printed = [](const QString &pdf) {
        return clientele::test::pdfText(pdf).simplified();
    };

    const QString all = dir.filePath(QStringLiteral("all.pdf"));
    REQUIRE(cli({QStringLiteral("export-pdf"), sample, all}).exitCode == 0);
    CHECK(printed(all).contains(name));
    CHECK(printed(all).contains(other));

    const QString byName = dir.filePath(QStringLiteral("one.pdf"));
    REQUIRE(cli({QStringLiteral("export-pdf"), sample, byName, QStringLiteral("--profile"), name})
                .exitCode
            == 0);
    CHECK(printed(byName).contains(name));
    CHECK_FALSE(printed(byName).contains(other));
    const QString byId = dir.filePath(QStringLiteral("id.pdf"));
    REQUIRE(cli({QStringLiteral("export-pdf"), sample, byId, QStringLiteral("--profile"),
                 QString::number(first.value(QStringLiteral("id")).toInteger())})
                .exitCode
            == 0);
    CHECK(printed(byId).contains(name));
    CHECK_FALSE(printed(byId).contains(other));

    const Run unknown =
        cli({QStringLiteral("export-pdf"), sample, dir.filePath(QStringLiteral("x.pdf")),
             QStringLiteral("--profile"), QStringLiteral("No such profile")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("No such profile")));
}
