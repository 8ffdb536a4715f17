#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CLIENTELE_CLI), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList chartClientNames(const QString &workspace, const QTemporaryDir &dir)
{
    const QString json = dir.filePath(QStringLiteral("w.json"));
    REQUIRE(runCli({QStringLiteral("export-json"), workspace, json}).exitCode == 0);
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList names;
    const auto clients = QJsonDocument::fromJson(file.readAll())
                             .object()
                             .value(QStringLiteral("chart"))
                             .toObject()
                             .value(QStringLiteral("clients"))
                             .toArray();
    for (const auto &client : clients)
        names << client.toObject().value(QStringLiteral("name")).toString();
    return names;
}

} // namespace

TEST_CASE("cli: pick-top puts the top customers by spend into the chart", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.clientele"));
    REQUIRE(runCli({QStringLiteral("new"), path}).exitCode == 0);

    const Outcome empty =
        runCli({QStringLiteral("pick-top"), path, QStringLiteral("--count"), QStringLiteral("3"),
                QStringLiteral("--by"), QStringLiteral("spend")});
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.startsWith(QStringLiteral("error:")));

    REQUIRE(runCli({QStringLiteral("import-invoices"), path,
                    QStringLiteral(CLIENTELE_FIXTURES "/import/xero-history.csv")})
                .exitCode
            == 0);
    const Outcome customers = runCli({QStringLiteral("customers"), path, QStringLiteral("--json")});
    REQUIRE(customers.exitCode == 0);
    const QJsonArray ranked = QJsonDocument::fromJson(customers.out.toUtf8()).array();
    REQUIRE(ranked.size() >= 2);
    const QString best = ranked.at(0).toObject().value(QStringLiteral("name")).toString();

    const Outcome picked =
        runCli({QStringLiteral("pick-top"), path, QStringLiteral("--count"), QStringLiteral("2"),
                QStringLiteral("--by"), QStringLiteral("spend")});
    INFO(picked.err.toStdString());
    REQUIRE(picked.exitCode == 0);
    CHECK(picked.out.contains(best));
    CHECK(chartClientNames(path, dir).contains(best));

    CHECK(runCli({QStringLiteral("pick-top"), path, QStringLiteral("--count"), QStringLiteral("0")})
              .exitCode
          == 1);
    CHECK(runCli({QStringLiteral("pick-top"), path, QStringLiteral("--by"), QStringLiteral("size")})
              .exitCode
          == 1);
}
