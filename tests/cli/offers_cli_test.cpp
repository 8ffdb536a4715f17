#include "clirun.h"

#include "pdftools.h"

#include <catch2/catch.hpp>

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

} // namespace

TEST_CASE("cli: offers and proposals list the sample's ladder and proposals", "[cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.clientele"));
    REQUIRE(cli({QStringLiteral("new"), QStringLiteral("--sample"), file}).exitCode == 0);

    const Run offers = cli({QStringLiteral("offers"), file});
    CHECK(offers.exitCode == 0);
    CHECK(offers.out.contains(QStringLiteral("Free business systems assessment")));
    CHECK(offers.out.contains(QStringLiteral("$137.50/hour")));

    const Run offersJson = cli({QStringLiteral("offers"), file, QStringLiteral("--json")});
    REQUIRE(offersJson.exitCode == 0);
    const QJsonArray offerList = QJsonDocument::fromJson(offersJson.out.toUtf8()).array();
    REQUIRE(offerList.size() == 4);
    CHECK(offerList.at(0).toObject().value(QStringLiteral("ladderStage")).toString()
          == QStringLiteral("entry"));
    CHECK(offerList.at(2).toObject().value(QStringLiteral("effectiveHourlyRate")).toString()
          == QStringLiteral("137.50"));
    CHECK(offerList.at(2).toObject().value(QStringLiteral("yearlyValue")).toString()
          == QStringLiteral("19800.00"));

    const Run proposals = cli({QStringLiteral("proposals"), file, QStringLiteral("--json")});
    REQUIRE(proposals.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(proposals.out.toUtf8()).array();
    REQUIRE(list.size() == 2);
    const QJsonObject small = list.at(0).toObject();
    CHECK(small.value(QStringLiteral("number")).toString() == QStringLiteral("P-2026-001"));
    CHECK(small.value(QStringLiteral("prospect")).toString()
          == QStringLiteral("Hunter Weighbridge Services"));
    CHECK(small.value(QStringLiteral("staff")).toInt() == 8);
    CHECK(small.value(QStringLiteral("style")).toString() == QStringLiteral("informal"));
    CHECK(small.value(QStringLiteral("status")).toString() == QStringLiteral("sent"));
    CHECK(small.value(QStringLiteral("oneOffTotal")).toString() == QStringLiteral("2800.00"));
    CHECK(small.value(QStringLiteral("monthlyTotal")).toString() == QStringLiteral("1650.00"));
    const QJsonObject medium = list.at(1).toObject();
    CHECK(medium.value(QStringLiteral("style")).toString() == QStringLiteral("formal"));
    CHECK(medium.value(QStringLiteral("oneOffTotal")).toString() == QStringLiteral("22700.00"));

    const Run text = cli({QStringLiteral("proposals"), file});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("P-2026-002")));

    const Run info = cli({QStringLiteral("info"), file, QStringLiteral("--json")});
    CHECK(
        QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("offers")).toInt()
        == 4);
}

TEST_CASE("cli: export-pdf writes a proposal by number or id, and the offers", "[cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.clientele"));
    REQUIRE(cli({QStringLiteral("new"), QStringLiteral("--sample"), file}).exitCode == 0);
    const QString formal = dir.filePath(QStringLiteral("formal.pdf"));
    REQUIRE(cli({QStringLiteral("export-pdf"), file, formal, QStringLiteral("--proposal"),
                 QStringLiteral("P-2026-002")})
                .exitCode
            == 0);
    CHECK(clientele::test::pdfText(formal).contains(QStringLiteral("Risk assessment")));
    const QString informal = dir.filePath(QStringLiteral("informal.pdf"));
    REQUIRE(cli({QStringLiteral("export-pdf"), file, informal, QStringLiteral("--proposal"),
                 QStringLiteral("1")})
                .exitCode
            == 0);
    CHECK(
        clientele::test::pdfText(informal).contains(QStringLiteral("Hunter Weighbridge Services")));
    const QString offers = dir.filePath(QStringLiteral("offers.pdf"));
    REQUIRE(cli({QStringLiteral("export-pdf"), file, offers, QStringLiteral("--offers")}).exitCode
            == 0);
    CHECK(clientele::test::pdfText(offers).contains(QStringLiteral("The ladder")));

    const QString missing = dir.filePath(QStringLiteral("missing.pdf"));
    const Run unknown = cli({QStringLiteral("export-pdf"), file, missing,
                             QStringLiteral("--proposal"), QStringLiteral("P-1999-001")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("P-1999-001")));
    CHECK_FALSE(QFile::exists(missing));
    CHECK(cli({QStringLiteral("export-pdf"), file, missing, QStringLiteral("--offers"),
               QStringLiteral("--proposal"), QStringLiteral("1")})
              .exitCode
          == 1);
    CHECK(cli({QStringLiteral("offers")}).exitCode == 1);
    CHECK(
        cli({QStringLiteral("proposals"), dir.filePath(QStringLiteral("nope.clientele"))}).exitCode
        == 2);
    CHECK(cli({QStringLiteral("offers"), QStringLiteral("--help")}).exitCode == 0);
}
