// German nouns keep their capital wherever a name appears in a sentence: undo texts, the
// weighting in use and import errors are whole sentences in the catalogue, not English-style
// phrases with a label put into them in lower case.

#include "clientele/core/charteditor.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/prospectbook.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/attributeset.h"
#include "clientele/domain/textlanguage.h"
#include "clientele/render/translations.h"
#include "clientele/storage/import/contactfilereader.h"
#include "clientele/storage/invoiceimporter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace clientele;

TEST_CASE("German undo texts keep the capitals of the names they hold", "[render][translation]")
{
    const Translations translations(QLocale(QLocale::English, QLocale::Australia));
    QTemporaryDir dir;
    auto created = Workspace::create(dir.filePath(QStringLiteral("w.clientele")));
    REQUIRE(created.ok());
    const std::unique_ptr<Workspace> workspace = std::move(*created);
    const auto undoText = [&] { return workspace->undoStack()->undoText(); };
    const qint64 profile = workspace->profiles()->add(QStringLiteral("Inhaber"));
    Prospect prospect;
    prospect.company = QStringLiteral("Tischlerei Berger");
    const qint64 berger = workspace->prospects()->add(prospect);

    const LanguageScope german(QStringLiteral("de"));
    REQUIRE(workspace->profiles()->setField(profile, ProfileField::Demographics,
                                            QStringLiteral("Inhaber, 40–60")));
    CHECK(undoText() == QStringLiteral("Demografie bearbeiten"));
    workspace->profiles()->insertListItem(profile, ProfileList::Obstacles, 0,
                                          {0, QStringLiteral("Liquidität"), {}});
    CHECK(undoText() == QStringLiteral("Zu den Hindernissen hinzufügen"));
    workspace->chart()->setWeighting(Weighting::BySpend);
    CHECK(undoText() == QStringLiteral("Kunden nach Ausgaben gewichten"));
    const qint64 industry = workspace->chart()->chart().attribute(StandardAttribute::Industry)->id;
    REQUIRE(workspace->chart()->retypeAttribute(industry, AttributeType::Text).ok());
    CHECK(undoText() == QStringLiteral("Merkmalstyp in \u201eText\u201c ändern"));
    REQUIRE(workspace->prospects()->setStatus(berger, ProspectStatus::ProposalSent));
    CHECK(undoText() == QStringLiteral("Vermerken, dass ein Angebot gesendet wurde"));
    CHECK(weightingInUse(Weighting::ByLoyalty) == QStringLiteral("Gewichtung: nach Treue"));
}

TEST_CASE("A German import error names the kind of file it wanted", "[render][translation]")
{
    const Translations translations(QLocale(QLocale::English, QLocale::Australia));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.clientele"));
    REQUIRE(Workspace::create(path).ok());
    ImportOptions options;
    options.snapshot = false;

    const LanguageScope german(QStringLiteral("de"));
    const ImportReport report = InvoiceImporter(path).check(
        QStringLiteral(CLIENTELE_FIXTURES "/import/xero-contacts.csv"), options);
    CHECK(report.outcome == ImportReport::Outcome::Failed);
    CHECK(report.error
          == QStringLiteral("\u201exero-contacts.csv\u201c ist ein Export im Format "
                            "\u201eXero-Kontakte\u201c, kein Rechnungsexport."));

    QFile invoices(QStringLiteral(CLIENTELE_FIXTURES "/import/xero-invoices-au.csv"));
    REQUIRE(invoices.open(QIODevice::ReadOnly));
    const Result<ContactReadResult> asContacts = readContacts(invoices, invoices.fileName());
    REQUIRE_FALSE(asContacts.ok());
    CHECK(
        asContacts.errorMessage()
        == QStringLiteral("\u201exero-invoices-au.csv\u201c kann nicht importiert werden: das ist "
                          "ein Export im Format \u201eXero-Rechnungen\u201c, kein Kontaktexport."));
}
