#include "clientele/core/charteditor.h"
#include "clientele/core/prospectbook.h"
#include "clientele/core/prospectcsv.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/attributeset.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace clientele;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CLIENTELE_FIXTURES "/") + QString::fromLatin1(name);
}

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace =
        std::move(*Workspace::create(dir.filePath(QStringLiteral("w.clientele"))));

    ProspectBook *prospects() const { return workspace->prospects(); }
    qint64 attribute(StandardAttribute which) const
    {
        return workspace->chart()->chart().attribute(which)->id;
    }
};

QStringList skippedLines(const ProspectImport &import)
{
    QStringList lines;
    for (const ImportProblem &p : import.skipped)
        lines << QStringLiteral("%1:%2:%3").arg(p.file).arg(p.line).arg(p.column);
    return lines;
}

} // namespace

TEST_CASE("A prospect list imports its rows, reporting each cell it cannot read",
          "[core][prospects][import]")
{
    Fixture f;
    const auto imported = importProspectsCsv(*f.workspace, fixture("prospects/prospects.csv"));
    REQUIRE(imported.ok());
    CHECK(imported->added
          == QStringList{QStringLiteral("Hunter Valley Joinery"),
                         QStringLiteral("Lake Mac Plumbing"), QStringLiteral("Port Freight"),
                         QStringLiteral("Cessnock Cellars")});
    CHECK(skippedLines(*imported)
          == QStringList{QStringLiteral("prospects.csv:3:Number of employees"),
                         QStringLiteral("prospects.csv:4:Company"),
                         QStringLiteral("prospects.csv:5:Status"),
                         QStringLiteral("prospects.csv:6:Company"),
                         QStringLiteral("prospects.csv:7:Last contact")});
    CHECK(imported->skipped[0].message.contains(QStringLiteral("lots")));
    CHECK(imported->skipped[3].message.contains(QStringLiteral("already present")));
    CHECK(f.workspace->undoStack()->count() == 1);
    CHECK(f.workspace->undoStack()->undoText() == QStringLiteral("Import 4 prospects"));

    const Prospect hunter = *f.prospects()->findByCompany(QStringLiteral("Hunter Valley Joinery"));
    CHECK(hunter.contact == QStringLiteral("Sam Reid"));
    CHECK(hunter.status == ProspectStatus::Contacted);
    CHECK(hunter.lastContact == QDate(2026, 3, 2));
    CHECK(hunter.notes == QStringLiteral("Met at the expo, keen"));
    CHECK(hunter.value(f.attribute(StandardAttribute::Employees))
          == ChartValue::fromNumber({20, 50}));
    CHECK(hunter.value(f.attribute(StandardAttribute::Industry))
          == ChartValue::fromText(QStringLiteral("Manufacturing")));
    CHECK(hunter.value(f.attribute(StandardAttribute::Revenue))
          == ChartValue::fromMoney({Money(100'000'000, QStringLiteral("AUD")),
                                    Money(500'000'000, QStringLiteral("AUD"))}));
    CHECK(hunter.value(f.attribute(StandardAttribute::Location))
          == ChartValue::fromPlace({QStringLiteral("Maitland"), 30.0}));

    // The unreadable cell is left out; the rest of its row is there.
    const Prospect lake = *f.prospects()->findByCompany(QStringLiteral("Lake Mac Plumbing"));
    CHECK(lake.value(f.attribute(StandardAttribute::Employees)).isUnknown());
    CHECK(lake.value(f.attribute(StandardAttribute::Location))
          == ChartValue::fromPlace({QStringLiteral("Warners Bay"), std::nullopt}));
    CHECK(f.prospects()->findByCompany(QStringLiteral("Port Freight"))->status
          == ProspectStatus::New);

    f.workspace->undoStack()->undo();
    CHECK(f.prospects()->count() == 0);
}

TEST_CASE("Importing the same prospect list twice adds nothing", "[core][prospects][import]")
{
    Fixture f;
    REQUIRE(importProspectsCsv(*f.workspace, fixture("prospects/prospects.csv")).ok());
    const auto again = importProspectsCsv(*f.workspace, fixture("prospects/prospects.csv"));
    REQUIRE(again.ok());
    CHECK(again->added.isEmpty());
    CHECK(f.prospects()->count() == 4);
    CHECK(f.workspace->undoStack()->count() == 1);
}

TEST_CASE("Exported prospects import back as the same prospects", "[core][prospects][import]")
{
    Fixture f;
    REQUIRE(importProspectsCsv(*f.workspace, fixture("prospects/prospects.csv")).ok());
    const QString csv = f.dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(exportProspectsCsv(*f.workspace, csv));
    QFile written(csv);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readLine().startsWith("Company,Contact,Systems,Source,Notes,Status,Last contact,"
                                        "Number of employees,Industry"));

    Fixture other;
    const auto imported = importProspectsCsv(*other.workspace, csv);
    REQUIRE(imported.ok());
    CHECK(imported->skipped.isEmpty());
    auto comparable = [](QList<Prospect> prospects, const Fixture &in) {
        for (Prospect &p : prospects) {
            p.id = 0;
            p.uuid = {};
            QMap<qint64, ChartValue> byStandard;
            // Both charts are standard; attributes match by position.
            const auto &attributes = in.workspace->chart()->chart().attributes();
            for (int i = 0; i < attributes.size(); ++i)
                if (p.values.contains(attributes[i].id))
                    byStandard.insert(i, p.values.value(attributes[i].id));
            p.values = byStandard;
        }
        return prospects;
    };
    CHECK(comparable(other.prospects()->all(), other) == comparable(f.prospects()->all(), f));
}

TEST_CASE("A Xero contacts export imports its companies with their city",
          "[core][prospects][import]")
{
    Fixture f;
    const auto imported = importProspectsCsv(*f.workspace, fixture("import/xero-contacts.csv"));
    REQUIRE(imported.ok());
    REQUIRE(imported->added.size() >= 2);
    CHECK(imported->added[0] == QStringLiteral("Acme Pty Ltd"));
    const Prospect acme = *f.prospects()->findByCompany(QStringLiteral("Acme Pty Ltd"));
    const ChartValue location = acme.value(f.attribute(StandardAttribute::Location));
    REQUIRE(location.place());
    CHECK((location.place()->name == QStringLiteral("Sydney")
           || location.place()->name == QStringLiteral("Parramatta")));
}

TEST_CASE("A file without a company column, or that is not there, is refused by name",
          "[core][prospects][import]")
{
    Fixture f;
    const auto noCompany = importProspectsCsv(*f.workspace, fixture("prospects/no-company.csv"));
    REQUIRE_FALSE(noCompany.ok());
    CHECK(noCompany.errorMessage().startsWith(QStringLiteral("no-company.csv: ")));
    CHECK(noCompany.errorMessage().contains(QStringLiteral("Company")));
    const auto missing =
        importProspectsCsv(*f.workspace, f.dir.filePath(QStringLiteral("nope.csv")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage().startsWith(QStringLiteral("nope.csv: ")));
    CHECK(f.prospects()->count() == 0);
    CHECK(f.workspace->undoStack()->count() == 0);
}
