// clientele-cli score and the prospect PDFs, on the sample's prospects.
#include "clirun.h"
#include "pdftools.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace clientele::test;

namespace {

QString sampleIn(const QTemporaryDir &dir)
{
    const QString sample = dir.filePath(QStringLiteral("sample.clientele"));
    REQUIRE(runCli({QStringLiteral("new"), sample, QStringLiteral("--sample")}).exitCode == 0);
    return sample;
}

int tier(const QString &grade)
{
    if (grade == QStringLiteral("not a fit"))
        return 2;
    return grade == QStringLiteral("insufficient") ? 1 : 0;
}

} // namespace

TEST_CASE("cli: score lists prospects best first with reasons that add up", "[cli][fit]")
{
    QTemporaryDir dir;
    const QString sample = sampleIn(dir);
    // A prospect added last whose every value lies inside the ideal, as Lake Macquarie
    // Hydraulics' do: it ranks beside it, before the rest, whatever the order of entry.
    const QString csv = dir.filePath(QStringLiteral("more.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Company,Number of employees,Industry,Type of business,Average revenue,Location\n"
               "Zeta Hydraulics,25,Engineering,Family business,$3M-$5M,Warners Bay (20 km)\n");
    file.close();
    REQUIRE(runCli({QStringLiteral("import-prospects"), sample, csv}).exitCode == 0);

    const CliRun run = runCli({QStringLiteral("score"), sample, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(list.size() == 11);
    CHECK(list.at(1).toObject().value(QStringLiteral("name")).toString()
          == QStringLiteral("Zeta Hydraulics"));
    CHECK(list.at(1).toObject().value(QStringLiteral("score")).toInt() == 100);

    int previousTier = 0;
    int previousScore = 100;
    for (const QJsonValue &item : list) {
        const QJsonObject prospect = item.toObject();
        INFO(prospect.value(QStringLiteral("name")).toString().toStdString());
        const int score = prospect.value(QStringLiteral("score")).toInt();
        int sum = 0;
        for (const QJsonValue &reason : prospect.value(QStringLiteral("reasons")).toArray())
            sum += reason.toObject().value(QStringLiteral("points")).toInt();
        CHECK(sum == score);
        const double confidence = prospect.value(QStringLiteral("confidence")).toDouble();
        CHECK(confidence >= 0);
        CHECK(confidence <= 1);
        // Graded first, then insufficient, then not a fit; by score within each.
        const int t = tier(prospect.value(QStringLiteral("grade")).toString());
        CHECK(t >= previousTier);
        if (t != previousTier)
            previousScore = 100;
        CHECK(score <= previousScore);
        previousTier = t;
        previousScore = score;
        CHECK(prospect.value(QStringLiteral("disqualifiedBy")).isNull() == (t != 2));
    }

    // Every value of Lake Macquarie Hydraulics lies inside the ideal (25 staff of 8-200,
    // Engineering and Family business leading, $3M-$5M of $1M-$30M, 20 km of 3-280 km).
    const QJsonObject best = list.first().toObject();
    CHECK(best.value(QStringLiteral("name")).toString()
          == QStringLiteral("Lake Macquarie Hydraulics"));
    CHECK(best.value(QStringLiteral("score")).toInt() == 100);
    CHECK(best.value(QStringLiteral("grade")).toString() == QStringLiteral("A"));

    // The one-person operator is not our customer, whatever its score.
    bool foundOperator = false;
    for (const QJsonValue &item : list) {
        const QJsonObject prospect = item.toObject();
        if (prospect.value(QStringLiteral("name")).toString()
            != QStringLiteral("Sam Patel Electrical"))
            continue;
        foundOperator = true;
        CHECK(prospect.value(QStringLiteral("grade")).toString() == QStringLiteral("not a fit"));
        CHECK(prospect.value(QStringLiteral("disqualifiedBy")).toString()
              == QStringLiteral("One-person operators"));
    }
    CHECK(foundOperator);

    const CliRun text = runCli({QStringLiteral("score"), sample});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("(not our customer: One-person operators)")));
}

TEST_CASE("cli: export-pdf prints the prospects by grade and a prospect's fit sheet", "[cli][fit]")
{
    QTemporaryDir dir;
    const QString sample = sampleIn(dir);
    const QString list = dir.filePath(QStringLiteral("prospects.pdf"));
    REQUIRE(
        runCli({QStringLiteral("export-pdf"), sample, list, QStringLiteral("--prospects")}).exitCode
        == 0);
    const QString listText = pdfText(list).simplified();
    CHECK(listText.indexOf(QStringLiteral("Lake Macquarie Hydraulics"))
          < listText.indexOf(QStringLiteral("Hunter Regional Logistics")));
    CHECK(listText.contains(QStringLiteral("Firms with more than 200 staff")));

    const QString sheet = dir.filePath(QStringLiteral("sheet.pdf"));
    REQUIRE(runCli({QStringLiteral("export-pdf"), sample, sheet, QStringLiteral("--prospect"),
                    QStringLiteral("sam patel electrical")})
                .exitCode
            == 0);
    const QString sheetText = pdfText(sheet).simplified();
    CHECK(sheetText.contains(QStringLiteral("Sam Patel Electrical")));
    CHECK(sheetText.contains(QStringLiteral("Not our customer")));
    CHECK(sheetText.contains(QStringLiteral("Number of employees is less than 2")));
    CHECK(sheetText.contains(QStringLiteral("How the score adds up")));

    const CliRun missing = runCli({QStringLiteral("export-pdf"), sample, sheet,
                                   QStringLiteral("--prospect"), QStringLiteral("Nobody")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.startsWith(QStringLiteral("error: No prospect")));
    const CliRun both = runCli({QStringLiteral("export-pdf"), sample, sheet,
                                QStringLiteral("--prospects"), QStringLiteral("--offers")});
    CHECK(both.exitCode == 1);
}
