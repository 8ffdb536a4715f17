#include "clientele/storage/chartrepository.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/workspacefile.h"

#include "identities.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace clientele;
using clientele::test::allDistinct;
using clientele::test::isVersion4Uuid;
using clientele::test::shareNone;
using clientele::test::uuidsCleared;
using clientele::test::uuidsOf;
using clientele::test::withUuidsOf;

namespace {

void checkWellFormed(const QStringList &uuids)
{
    for (const QString &uuid : uuids) {
        INFO(uuid.toStdString());
        CHECK(isVersion4Uuid(uuid));
    }
}

// Every attribute and client has a uuid of its own.
void checkIdentities(const IcpChart &chart)
{
    const QStringList uuids = uuidsOf(chart);
    checkWellFormed(uuids);
    CHECK(allDistinct(uuids));
}

std::unique_ptr<WorkspaceFile> createFile(const QTemporaryDir &dir,
                                          const char *name = "c.clientele")
{
    auto file = WorkspaceFile::create(dir.filePath(QString::fromLatin1(name)));
    REQUIRE(file.ok());
    return std::move(*file);
}

std::unique_ptr<WorkspaceFile> reopen(std::unique_ptr<WorkspaceFile> &file)
{
    const QString path = file->path();
    file.reset();
    auto opened = WorkspaceFile::open(path);
    REQUIRE(opened.ok());
    return std::move(*opened);
}

void write(WorkspaceFile &file, const std::function<void(ChartRepository &)> &work)
{
    const Status written = file.transaction([&] {
        ChartRepository repository(file.database());
        work(repository);
    });
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
}

qint64 attributeId(const IcpChart &chart, StandardAttribute which)
{
    const Attribute *attribute = chart.attribute(which);
    REQUIRE(attribute);
    return attribute->id;
}

// One attribute of every type, and a value of every kind including the awkward ones: ranges,
// fractions, negative money, a place with only a distance, unicode text, tags with commas.
IcpChart chartWithEveryKind()
{
    IcpChart chart = ChartRepository::standardChart(QStringLiteral("AUD"));
    chart.setWeighting(Weighting::ByLoyalty);
    chart.setOrientation(ChartOrientation::ClientsAsRows);
    const qint64 own = chart.addAttribute(Attribute{
        0, {}, QStringLiteral("Favourite café"), AttributeType::Text, {}, QStringLiteral("ü")});
    const auto &clients = chart.clients();
    const qint64 c1 = clients.at(0).id;
    const qint64 c2 = clients.at(1).id;
    {
        // Notes come with a client, as a JSON import brings it.
        ChartClient noted = *chart.client(c1);
        noted.notes = QStringLiteral("Best client");
        chart.removeClient(c1);
        chart.insertClient(0, noted);
    }
    auto id = [&](StandardAttribute which) { return chart.attribute(which)->id; };
    const QString aud = QStringLiteral("AUD");
    chart.setValue(c1, id(StandardAttribute::Employees), ChartValue::fromNumber({20, 50}));
    chart.setValue(c2, id(StandardAttribute::Employees), ChartValue::fromNumber({2.5, 2.5}));
    chart.setValue(c1, id(StandardAttribute::Industry),
                   ChartValue::fromText(QStringLiteral("Manufacturing")));
    chart.setValue(c1, id(StandardAttribute::Revenue),
                   ChartValue::fromMoney({Money(100000000, aud), Money(500000000, aud)}));
    chart.setValue(c2, id(StandardAttribute::SpendPerMonth),
                   ChartValue::fromMoney(MoneyRange::exactly(Money(-12345, aud))));
    chart.setValue(c1, id(StandardAttribute::Location),
                   ChartValue::fromPlace({QStringLiteral("Parramatta"), 12.5}));
    chart.setValue(c2, id(StandardAttribute::Location), ChartValue::fromPlace({{}, 40}));
    chart.setValue(chart.clients().at(2).id, id(StandardAttribute::Location),
                   ChartValue::fromPlace({QStringLiteral("Newcastle"), std::nullopt}));
    chart.setValue(c1, id(StandardAttribute::YearsAsCustomer), ChartValue::fromNumber({3, 5}));
    chart.setValue(
        c1, id(StandardAttribute::Purchases),
        ChartValue::fromTags({QStringLiteral("ERP integration"), QStringLiteral("Odd, with comma"),
                              QStringLiteral("\"quoted\"")}));
    chart.setValue(c1, id(StandardAttribute::ReferredUs), ChartValue::fromYesNo(true));
    chart.setValue(c2, id(StandardAttribute::ReferredUs), ChartValue::fromYesNo(false));
    chart.setValue(c1, own, ChartValue::fromText(QStringLiteral("Ça va — 東京\ttab\nline")));
    chart.setClientReference(c2, false);
    chart.renameClient(c2, QStringLiteral("Ōtautahi Pumps"));
    return chart;
}

} // namespace

TEST_CASE("A new workspace reads as the standard chart with five clients", "[storage][chart]")
{
    QTemporaryDir dir;
    auto file = createFile(dir);
    ChartRepository repository(file->database());
    CHECK_FALSE(repository.isStored());
    const IcpChart shown = repository.load();
    const IcpChart standard = ChartRepository::standardChart(QStringLiteral("AUD"));
    // Each standard chart is new, down to its items' uuids.
    CHECK(withUuidsOf(shown, standard) == standard);
    checkIdentities(shown);
    CHECK(shareNone(uuidsOf(shown), uuidsOf(standard)));
    REQUIRE(shown.clients().size() == 5);
    CHECK(shown.clients().front().name == QStringLiteral("Client #1"));
    CHECK(shown.clients().back().name == QStringLiteral("Client #5"));
    CHECK(shown.attributes().size() == standardAttributes().size());
    CHECK(repository.clientCount() == 5);

    write(*file, [](ChartRepository &r) { CHECK(r.ensureStored()); });
    CHECK(repository.isStored());
    const IcpChart stored = repository.load();
    CHECK(withUuidsOf(stored, shown) == shown);
    checkIdentities(stored);
    // Once stored, the chart keeps its items' uuids.
    CHECK(repository.load() == stored);
    write(*file, [](ChartRepository &r) { CHECK_FALSE(r.ensureStored()); });
}

TEST_CASE("Every kind of chart value is stored and read back exactly", "[storage][chart]")
{
    QTemporaryDir dir;
    auto file = createFile(dir);
    const IcpChart chart = chartWithEveryKind();
    write(*file, [&](ChartRepository &r) { r.replace(chart); });
    file = reopen(file);
    const IcpChart loaded = ChartRepository(file->database()).load();
    CHECK(loaded.entries() == chart.entries());
    CHECK(loaded.attributes() == chart.attributes());
    CHECK(loaded.clients() == chart.clients());
    CHECK(loaded == chart);
    CHECK(file->problems().isEmpty());
}

TEST_CASE("Fine-grained chart writes change only what they name", "[storage][chart]")
{
    QTemporaryDir dir;
    auto file = createFile(dir);
    IcpChart expected = chartWithEveryKind();
    write(*file, [&](ChartRepository &r) { r.replace(expected); });
    const qint64 c1 = expected.clients().at(0).id;
    const qint64 c3 = expected.clients().at(2).id;
    const qint64 employees = attributeId(expected, StandardAttribute::Employees);
    const qint64 industry = attributeId(expected, StandardAttribute::Industry);

    auto check = [&] {
        file = reopen(file);
        CHECK(ChartRepository(file->database()).load() == expected);
    };

    SECTION("cells")
    {
        write(*file, [&](ChartRepository &r) {
            r.setCell(c3, employees, ChartValue::fromNumber({7, 7}));
            r.setCell(c1, industry, ChartValue());
        });
        expected.setValue(c3, employees, ChartValue::fromNumber({7, 7}));
        expected.setValue(c1, industry, ChartValue());
        check();
    }
    SECTION("clients")
    {
        const ChartClient added{42, QStringLiteral("New"), false, QStringLiteral("n")};
        ChartClient stored;
        write(*file, [&](ChartRepository &r) {
            stored = r.addClient(added, 1);
            r.moveClient(c1, 3);
            r.renameClient(c3, QStringLiteral("Renamed"));
            r.setClientReference(c3, false);
            r.removeClient(expected.clients().at(1).id);
        });
        CHECK(isVersion4Uuid(stored.uuid.toString(QUuid::WithoutBraces)));
        ChartClient withUuid = added;
        withUuid.uuid = stored.uuid;
        CHECK(stored == withUuid);
        expected.insertClient(1, stored);
        expected.moveClient(c1, 3);
        expected.renameClient(c3, QStringLiteral("Renamed"));
        expected.setClientReference(c3, false);
        expected.removeClient(expected.clients().at(1).id);
        check();
    }
    SECTION("attributes")
    {
        const Attribute own{99,
                            {},
                            QStringLiteral("Software"),
                            AttributeType::Tags,
                            {QStringLiteral("Xero"), QStringLiteral("Odoo")},
                            {}};
        Attribute stored;
        write(*file, [&](ChartRepository &r) {
            stored = r.addAttribute(own, 0);
            r.moveAttribute(industry, 5);
            r.renameAttribute(employees, QStringLiteral("Staff"));
            r.retypeAttribute(99, AttributeType::Category);
            r.removeAttribute(attributeId(expected, StandardAttribute::ReferredUs));
        });
        CHECK(isVersion4Uuid(stored.uuid.toString(QUuid::WithoutBraces)));
        Attribute withUuid = own;
        withUuid.uuid = stored.uuid;
        CHECK(stored == withUuid);
        expected.insertAttribute(0, stored);
        expected.moveAttribute(industry, 5);
        expected.renameAttribute(employees, QStringLiteral("Staff"));
        expected.setAttributeType(99, AttributeType::Category);
        expected.removeAttribute(attributeId(expected, StandardAttribute::ReferredUs));
        check();
    }
    SECTION("settings")
    {
        write(*file, [&](ChartRepository &r) {
            r.setWeighting(Weighting::BySpend);
            r.setOrientation(ChartOrientation::ClientsAsColumns);
            r.setCurrency(QStringLiteral("NZD"));
        });
        expected.setWeighting(Weighting::BySpend);
        expected.setOrientation(ChartOrientation::ClientsAsColumns);
        expected.setCurrency(QStringLiteral("NZD"));
        check();
    }
    SECTION("removing a client or attribute removes its cells")
    {
        write(*file, [&](ChartRepository &r) {
            r.removeClient(c1);
            r.removeAttribute(attributeId(expected, StandardAttribute::Location));
        });
        const int cells = file->database().execAndGet("SELECT count(*) FROM chart_cell").getInt();
        expected.removeClient(c1);
        expected.removeAttribute(attributeId(expected, StandardAttribute::Location));
        CHECK(cells == expected.entries().size());
        check();
    }
}

TEST_CASE("The first edit of an unstored chart stores the standard chart first", "[storage][chart]")
{
    QTemporaryDir dir;
    auto file = createFile(dir);
    const IcpChart standard = ChartRepository(file->database()).load();
    const qint64 client = standard.clients().at(2).id;
    const qint64 employees = attributeId(standard, StandardAttribute::Employees);
    write(*file, [&](ChartRepository &r) {
        r.setCell(client, employees, ChartValue::fromNumber({40, 40}));
    });
    IcpChart expected = standard;
    expected.setValue(client, employees, ChartValue::fromNumber({40, 40}));
    const IcpChart stored = ChartRepository(file->database()).load();
    CHECK(withUuidsOf(stored, expected) == expected);
    checkIdentities(stored);
}

TEST_CASE("The chart's tables refuse cells of clients or attributes that do not exist",
          "[storage][chart]")
{
    QTemporaryDir dir;
    auto file = createFile(dir);
    const Status written = file->transaction(
        [&] { ChartRepository(file->database()).setCell(999, 1, ChartValue::fromYesNo(true)); });
    CHECK_FALSE(written.ok());
    CHECK_FALSE(ChartRepository(file->database()).isStored()); // rolled back with the cell
}

TEST_CASE("A foundation (schema 1) workspace upgrades with its profiles intact and gains the "
          "chart",
          "[storage][chart][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foundation-v1.clientele"));
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString source =
            QStringLiteral(CLIENTELE_FIXTURES "/workspaces/foundation-v1.clientele")
            + QString::fromLatin1(suffix);
        if (QFile::exists(source))
            REQUIRE(QFile::copy(source, path + QString::fromLatin1(suffix)));
        QFile(path + QString::fromLatin1(suffix))
            .setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    QList<CustomerProfile> before;
    {
        auto old = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
        REQUIRE(old.ok());
        // Read-only, the file is not upgraded; the reader works on an upgraded copy in memory
        // that shows (and counts) the standard chart.
        CHECK((*old)->schemaVersion() == WorkspaceFile::latestSchemaVersion());
        before = ProfileRepository((*old)->database()).all();
        ChartRepository chart((*old)->database());
        CHECK_FALSE(chart.isStored());
        const IcpChart standard = ChartRepository::standardChart(QStringLiteral("AUD"));
        CHECK(withUuidsOf(chart.load(), standard) == standard);
        CHECK(chart.clientCount() == 5);
    }
    REQUIRE_FALSE(before.isEmpty());

    auto upgraded = WorkspaceFile::open(path);
    INFO(upgraded.errorMessage().toStdString());
    REQUIRE(upgraded.ok());
    WorkspaceFile &file = **upgraded;
    CHECK(file.schemaVersion() == WorkspaceFile::latestSchemaVersion());
    CHECK(file.schemaVersion() >= 2);
    CHECK(file.problems().isEmpty());
    // The reader's copy in memory gave the items uuids that lasted as long as it was open; the
    // upgrade gives them the file's own.
    const QList<CustomerProfile> upgradedProfiles = ProfileRepository(file.database()).all();
    CHECK(uuidsCleared(upgradedProfiles) == uuidsCleared(before));
    checkWellFormed(uuidsOf(upgradedProfiles));
    CHECK(allDistinct(uuidsOf(upgradedProfiles)));

    ChartRepository chart(file.database());
    const IcpChart standard = ChartRepository::standardChart(QStringLiteral("AUD"));
    CHECK(withUuidsOf(chart.load(), standard) == standard);
    write(file, [](ChartRepository &r) { r.ensureStored(); });
    CHECK(chart.isStored());
    checkIdentities(chart.load());
    CHECK(chart.clientCount() == 5);
    CHECK(ProfileRepository(file.database()).all() == upgradedProfiles);
}
