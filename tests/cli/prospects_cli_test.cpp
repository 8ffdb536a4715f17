#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CLIENTELE_CLI), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QString kList = QStringLiteral(CLIENTELE_FIXTURES "/prospects/prospects.csv");

} // namespace

TEST_CASE("cli: import-prospects says what it added and skipped, and adds nothing twice",
          "[cli][prospects]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("w.clientele"));
    REQUIRE(cli({QStringLiteral("new"), file}).exitCode == 0);

    const Run first = cli({QStringLiteral("import-prospects"), file, kList});
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.startsWith(QStringLiteral("Added 4 prospects.\n")));
    CHECK(first.out.contains(QStringLiteral("  Hunter Valley Joinery\n")));
    CHECK(first.out.contains(QStringLiteral("prospects.csv:3: Number of employees: Expected a "
                                            "number")));
    CHECK(first.out.contains(QStringLiteral("prospects.csv:6: Company: \u201Chunter valley "
                                            "joinery\u201D is already present")));

    const Run second = cli({QStringLiteral("import-prospects"), file, kList});
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.startsWith(QStringLiteral("Added 0 prospects.\n")));
    CHECK(second.out.contains(QStringLiteral("prospects.csv:2: Company: \u201CHunter Valley "
                                             "Joinery\u201D is already present")));

    const Run listed = cli({QStringLiteral("prospects"), file});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.split(u'\n', Qt::SkipEmptyParts).size() == 4);
    CHECK(listed.out.contains(QStringLiteral("Hunter Valley Joinery  Contacted  staff 20\u201350  "
                                             "Manufacturing  Maitland (30 km)  last contact "
                                             "2026-03-02")));

    const Run json = cli({QStringLiteral("prospects"), file, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(list.size() == 4);
    const QJsonObject hunter = list.at(0).toObject();
    CHECK(hunter.value(QStringLiteral("company")).toString()
          == QStringLiteral("Hunter Valley Joinery"));
    CHECK(hunter.value(QStringLiteral("status")).toString() == QStringLiteral("contacted"));
    CHECK(hunter.value(QStringLiteral("notes")).toString()
          == QStringLiteral("Met at the expo, keen"));
    const QJsonObject values = hunter.value(QStringLiteral("values")).toObject();
    CHECK(values.value(QStringLiteral("Number of employees")).toString()
          == QStringLiteral("20\u201350"));
    CHECK(values.value(QStringLiteral("Average revenue")).toString()
          == QStringLiteral("$1M\u2013$5M"));
}

TEST_CASE("cli: import-prospects refuses a file it cannot read with exit 2", "[cli][prospects]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("w.clientele"));
    REQUIRE(cli({QStringLiteral("new"), file}).exitCode == 0);
    const Run missing = cli(
        {QStringLiteral("import-prospects"), file, dir.filePath(QStringLiteral("missing.csv"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.startsWith(QStringLiteral("error: missing.csv: ")));
    const Run noCompany = cli({QStringLiteral("import-prospects"), file,
                               QStringLiteral(CLIENTELE_FIXTURES "/prospects/no-company.csv")});
    CHECK(noCompany.exitCode == 2);
    CHECK(noCompany.err.startsWith(QStringLiteral("error: no-company.csv: ")));
    CHECK(cli({QStringLiteral("prospects"), file}).out == QStringLiteral("No prospects.\n"));
}
