// Every import has a uuid and a record of what it gave each customer (schema 13), so that it can
// travel to other replicas as one unit; a batch that arrives unsound is refused whole.

#include "identities.h"
#include "importbatchsupport.h"
#include "oldschema.h"

#include <nlohmann/json.hpp>

using namespace clientele;
using namespace importtest;
using clientele::test::createAtSchema;
using clientele::test::isVersion4Uuid;

namespace {

QStringList column(const QString &workspace, const char *sql)
{
    SQLite::Database db(workspace.toStdString(), SQLite::OPEN_READONLY);
    SQLite::Statement rows(db, sql);
    QStringList values;
    while (rows.executeStep())
        values << QString::fromUtf8(rows.getColumn(0).getText());
    return values;
}

// The message a workspace gives when refusing the batch; the workspace is left as it was.
QString refusal(const QString &workspace, const QMap<QString, QString> &batches)
{
    const QString before = contentDump(workspace);
    const Status written = writeBatches(workspace, batches);
    CHECK_FALSE(written.ok());
    CHECK(contentDump(workspace) == before);
    return written.errorMessage();
}

} // namespace

TEST_CASE("Every import is stored with a uuid and what it gave each customer",
          "[storage][teamimports]")
{
    TempWorkspace ws;
    importInvoices(ws.path, fixture("xero-invoices-au.csv"));
    importContacts(ws.path, fixture("xero-contacts.csv"));

    const QStringList uuids = column(ws.path, "SELECT uuid FROM import ORDER BY id");
    REQUIRE(uuids.size() == 2);
    CHECK(isVersion4Uuid(uuids.at(0)));
    CHECK(isVersion4Uuid(uuids.at(1)));
    CHECK(uuids.at(0) != uuids.at(1));

    // The invoices give each customer the place of its first invoice with an address, the
    // contacts what the contacts file says (street address first).
    const char *given = "SELECT r.name || '|' || r.email || '|' || r.city || '|' || r.region || "
                        "'|' || r.country FROM import_customer r JOIN import m "
                        "ON m.id = r.import_id WHERE m.kind = '%1' ORDER BY r.name_key";
    CHECK(column(ws.path, QString::fromLatin1(given).arg(u"invoices").toUtf8().constData())
          == QStringList{QStringLiteral("Acme Pty Ltd||Sydney||Australia"),
                         QStringLiteral("Bright Ideas||Sydney||Australia"),
                         QStringLiteral("Cobalt Co||Sydney||Australia"),
                         QStringLiteral("Delta Ltd||Sydney||Australia"),
                         QStringLiteral("Echo Services||Sydney||Australia"),
                         QStringLiteral("Foxtrot & Sons||Sydney||Australia")});
    CHECK(column(ws.path, QString::fromLatin1(given).arg(u"contacts").toUtf8().constData())
          == QStringList{QStringLiteral("Acme Pty Ltd|accounts@acme.example|Parramatta|NSW|"
                                        "Australia"),
                         QStringLiteral("Bright Ideas|hi@bright.example|Wellington||New Zealand")});

    // One batch for each, under its uuid.
    QStringList sorted = uuids;
    sorted.sort();
    CHECK(batchesOf(ws.path).keys() == sorted);
}

TEST_CASE("An import travels as its row, its customers and its documents with their lines",
          "[storage][teamimports]")
{
    TempWorkspace ws;
    importInvoices(ws.path, fixture("xero-invoices-au.csv"));
    const QMap<QString, QString> batches = batchesOf(ws.path);
    REQUIRE(batches.size() == 1);
    const nlohmann::json batch = nlohmann::json::parse(batches.first().toStdString());
    CHECK(batch["uuid"] == batches.firstKey().toStdString());
    CHECK(batch["kind"] == "invoices");
    CHECK(batch["fileName"] == "xero-invoices-au.csv");
    CHECK(batch["format"] == "Xero invoices");
    CHECK(batch["dateOrder"] == "day/month/year");
    CHECK(batch["records"] == 10);
    CHECK(batch["added"] == 10);
    CHECK(batch["alreadyPresent"] == 0);
    CHECK(batch["customers"].size() == 6);
    CHECK(batch["customers"][0].dump()
          == R"({"city":"Sydney","country":"Australia","email":"","industry":"","name":)"
             R"("Acme Pty Ltd","region":"","tags":"","website":""})");
    // Eight documents (INV-0001 and INV-0006 of two lines), in the file's order.
    REQUIRE(batch["invoices"].size() == 8);
    CHECK(batch["invoices"][0].dump()
          == R"({"countsAsSale":true,"currency":"AUD","customer":"Acme Pty Ltd","date":)"
             R"("2024-03-15","docKey":"xero|INV-0001|invoice","kind":"invoice","lines":[)"
             R"({"description":"Consulting","itemCode":"CONS","net":100000,"sourceLine":2},)"
             R"({"description":"Travel, meals and parking","itemCode":"TRAVEL","net":23450,)"
             R"("sourceLine":3}],"net":123450,"netIncludesTax":false,"notSaleReason":"",)"
             R"("number":"INV-0001","status":"Paid","tax":12345,"total":135795})");
    // Compact: no line breaks or spaces between values.
    CHECK_FALSE(batches.first().contains(u'\n'));
    CHECK_FALSE(batches.first().contains(QStringLiteral("\": ")));
}

TEST_CASE("Imports made before schema 13 get a uuid and travel with their customers",
          "[storage][teamimports][migration]")
{
    TempWorkspace b;
    const QString path = b.dir.filePath(QStringLiteral("old.clientele"));
    createAtSchema(path, 11);
    {
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
        db.exec("INSERT INTO import (id, kind, file_name, header_signature, format, imported_at) "
                "VALUES (1, 'invoices', 'old.csv', 'aaa', 'Xero invoices', "
                "'2024-01-01T00:00:00.000Z'), (2, 'contacts', 'people.csv', 'bbb', "
                "'Xero contacts', '2024-02-01T00:00:00.000Z')");
        db.exec("INSERT INTO customer (id, name, name_key, email, city, country) VALUES "
                "(1, 'Acme', 'acme', 'a@acme.example', 'Sydney', 'Australia'), "
                "(2, 'Solo', 'solo', 's@solo.example', '', '')");
        db.exec("INSERT INTO invoice (id, doc_key, customer_id, number, kind, status, date, net, "
                "currency, counts_as_sale, import_id) VALUES (1, 'xero|INV-1|invoice', 1, "
                "'INV-1', 'invoice', 'Paid', '2024-01-10', 50000, 'AUD', 1, 1)");
        db.exec("INSERT INTO invoice_line (invoice_id, position, source_line, description, net) "
                "VALUES (1, 1, 2, 'Advice', 50000)");
    }
    {
        auto opened = WorkspaceFile::open(path);
        INFO(opened.errorMessage().toStdString());
        REQUIRE(opened.ok());
        REQUIRE(
            (*opened)
                ->transaction([&] { CustomerRepository((*opened)->database()).refreshSummaries(); })
                .ok());
    }
    const QStringList uuids = column(path, "SELECT uuid FROM import ORDER BY id");
    REQUIRE(uuids.size() == 2);
    CHECK(isVersion4Uuid(uuids.at(0)));
    CHECK(isVersion4Uuid(uuids.at(1)));
    CHECK(uuids.at(0) != uuids.at(1));
    // Acme's details go with the invoices that brought it, Solo's with the contacts.
    CHECK(column(path, "SELECT import_id || '|' || name || '|' || email || '|' || city || '|' "
                       "|| country FROM import_customer ORDER BY import_id, name_key")
          == QStringList{QStringLiteral("1|Acme|a@acme.example|Sydney|Australia"),
                         QStringLiteral("2|Solo|s@solo.example||")});

    carry(path, b.path);
    const CustomerRow acme = customerOf(b.path, QStringLiteral("Acme"));
    CHECK(acme.email == QStringLiteral("a@acme.example"));
    CHECK(acme.city == QStringLiteral("Sydney"));
    CHECK(acme.country == QStringLiteral("Australia"));
    CHECK(acme.metrics.invoices == 1);
    CHECK(acme.metrics.netSpend == 50000);
    CHECK(acme.metrics.purchases == QStringList{QStringLiteral("Advice")});
    CHECK(customerOf(b.path, QStringLiteral("Solo")).email == QStringLiteral("s@solo.example"));
    CHECK(customersText(b.path) == customersText(path));
    CHECK(documentsText(b.path) == documentsText(path));
}

TEST_CASE("A batch that is not sound is refused with its file and fault, and nothing is written",
          "[storage][teamimports]")
{
    TempWorkspace a;
    TempWorkspace b;
    TempWorkspace c;
    importInvoices(a.path, fixture("xero-history.csv"));
    importInvoices(b.path, fixture("odoo-invoices-labels.csv"));
    importInvoices(c.path, fixture("xero-invoices-au.csv"));
    const QMap<QString, QString> good = batchesOf(a.path);
    REQUIRE(good.size() == 1);
    const QString uuid = good.firstKey();
    const nlohmann::json sound = nlohmann::json::parse(good.first().toStdString());
    const auto changed = [&](const std::function<void(nlohmann::json &)> &change) {
        nlohmann::json json = sound;
        change(json);
        return QMap<QString, QString>{{uuid, QString::fromStdString(json.dump())}};
    };
    const auto refused = [&](const std::function<void(nlohmann::json &)> &change) {
        const QString message = refusal(b.path, changed(change));
        CHECK(message.contains(QStringLiteral("\u201Cxero-history.csv\u201D")));
        return message.toStdString();
    };

    using Catch::Matchers::Contains;
    CHECK_THAT(refused([](nlohmann::json &j) { j["invoices"][0]["customer"] = "Nobody"; }),
               Contains("invoices[0].customer") && Contains("\u201CNobody\u201D"));
    CHECK_THAT(refused([](nlohmann::json &j) { j["invoices"][0]["lines"][0]["net"] = 100001; }),
               Contains("invoices[0].lines") && Contains("do not add up"));
    CHECK_THAT(refused([](nlohmann::json &j) { j["invoices"][1]["kind"] = "bill"; }),
               Contains("invoices[1].kind") && Contains("\u201Cbill\u201D"));
    CHECK_THAT(refused([](nlohmann::json &j) { j["invoices"][0]["date"] = "2024-02-30"; }),
               Contains("invoices[0].date"));
    CHECK_THAT(
        refused([](nlohmann::json &j) { j["invoices"][1]["docKey"] = j["invoices"][0]["docKey"]; }),
        Contains("invoices[1].docKey") && Contains("listed twice"));
    CHECK_THAT(
        refused([](nlohmann::json &j) { j["uuid"] = "0b6e3f7a-5c2d-4e8f-9a1b-3c4d5e6f7a8b"; }),
        Contains("names itself 0b6e3f7a-5c2d-4e8f-9a1b-3c4d5e6f7a8b"));
    CHECK_THAT(refused([](nlohmann::json &j) { j["kind"] = "contacts"; }),
               Contains("a contacts import holds no documents"));
    CHECK_THAT(refused([](nlohmann::json &j) { j["customers"][0].erase("email"); }),
               Contains("customers[0].email") && Contains("missing"));

    // Text that is not JSON at all is named by its uuid, as no file name can be read from it.
    const QString garbled = refusal(b.path, {{uuid, QStringLiteral("{\"fileName\": ")}});
    CHECK(garbled.contains(uuid));
    CHECK(garbled.contains(QStringLiteral("not valid JSON")));

    // A sound batch arriving beside an unsound one is not taken in either.
    QMap<QString, QString> both = batchesOf(c.path);
    both.insert(changed([](nlohmann::json &j) { j["invoices"][0]["net"] = -1; }));
    refusal(b.path, both);
}
