#include "clientele/storage/import/contactfilereader.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace clientele;

namespace {

ContactReadResult readFixture(const char *name)
{
    QFile file(QStringLiteral(CLIENTELE_FIXTURES "/import/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    Result<ContactReadResult> result = readContacts(file, file.fileName());
    INFO(result.errorMessage().toStdString());
    REQUIRE(result.ok());
    return *result;
}

} // namespace

TEST_CASE("Xero contacts give names and street or postal locations")
{
    const ContactReadResult r = readFixture("xero-contacts.csv");
    CHECK(r.mapping.format == ImportFormat::XeroContacts);
    REQUIRE(r.contacts.size() == 2);
    const Contact &acme = r.contacts[0];
    CHECK(acme.name == QStringLiteral("Acme Pty Ltd"));
    CHECK(acme.city == QStringLiteral("Parramatta")); // street address first
    CHECK(acme.region == QStringLiteral("NSW"));
    CHECK(acme.country == QStringLiteral("Australia"));
    CHECK(acme.website == QStringLiteral("https://acme.example"));
    CHECK(acme.email == QStringLiteral("accounts@acme.example"));
    CHECK(r.contacts[1].city == QStringLiteral("Wellington")); // postal stands in
    REQUIRE(r.problems.size() == 1);                           // the contact without a name
    CHECK(r.problems[0].line == 4);
    CHECK(r.problems[0].column == QStringLiteral("*ContactName"));
}

TEST_CASE("Odoo contacts give industry and tags")
{
    const ContactReadResult r = readFixture("odoo-contacts.csv");
    CHECK(r.mapping.format == ImportFormat::OdooContacts);
    CHECK(r.problems.isEmpty());
    REQUIRE(r.contacts.size() == 2);
    CHECK(r.contacts[0].industry == QStringLiteral("Retail"));
    CHECK(r.contacts[0].tags == QStringList{QStringLiteral("Office"), QStringLiteral("VIP")});
    CHECK(r.contacts[0].region == QStringLiteral("California"));
    CHECK(r.contacts[0].city == QStringLiteral("Fremont"));
    CHECK(r.contacts[1].tags.isEmpty());
}

TEST_CASE("An invoice export is refused as contacts")
{
    QFile file(QStringLiteral(CLIENTELE_FIXTURES "/import/xero-invoices-au.csv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const Result<ContactReadResult> read = readContacts(file, file.fileName());
    REQUIRE_FALSE(read.ok());
    CHECK(
        read.errorMessage()
        == QStringLiteral("Cannot import \u201Cxero-invoices-au.csv\u201D: this is a Xero invoices "
                          "export, not contacts."));
}
