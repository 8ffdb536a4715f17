#include "clientele/render/profileprintout.h"
#include "clientele/render/proposaldocument.h"
#include "clientele/render/translations.h"

#include "pdftools.h"
#include "samplefixture.h"

#include <catch2/catch.hpp>

using namespace clientele;

// The sample's formal proposal, P-2026-002: one-off lines $0 + $18,500 + 3 x $1,400, a
// $1,650 monthly retainer, valid until 30 April 2026.
TEST_CASE("A proposal in a German workspace prints German headings, dates and amounts",
          "[render][proposal][language]")
{
    const Translations translations(QLocale(QLocale::English, QLocale::Australia));
    test::SampleDocuments s;
    s.settings.documentLanguage = QStringLiteral("de");
    const ProposalDocument maker(s.settings, s.offers, s.profiles);
    const QString text =
        test::pdfText(s.pdf(maker.document(s.proposals.at(1)), QStringLiteral("de.pdf")),
                      {QStringLiteral("-raw")})
            .simplified();
    INFO(text.toStdString());
    for (const char *heading : {"ANGEBOT", "1. Zusammenfassung", "2. Ihr Unternehmen heute",
                                "3. Bedürfnisse und Wünsche", "4. Empfohlene Leistungen"})
        CHECK(text.contains(QString::fromUtf8(heading)));
    CHECK(text.contains(QStringLiteral("Gültig bis 30. April 2026")));
    CHECK(text.contains(QStringLiteral("Summe einmalig 22.700,00 $")));
    CHECK(text.contains(QStringLiteral("3 1.400,00 $ 4.200,00 $")));
    CHECK(text.contains(QStringLiteral("Seite 1 von")));
    CHECK_FALSE(text.contains(QStringLiteral("Executive summary")));
    CHECK_FALSE(text.contains(QStringLiteral("One-off total")));
}

TEST_CASE("The documents keep their own language whatever the interface speaks",
          "[render][profile][language]")
{
    const Translations german(QLocale(QLocale::German, QLocale::Germany));
    REQUIRE(german.interfaceLanguage() == QStringLiteral("de"));
    test::SampleDocuments s;
    REQUIRE(s.settings.documentLanguage == QStringLiteral("en"));
    const QString english =
        test::pdfText(s.pdf(ProfilePrintout(s.settings).document(s.profiles.first()),
                            QStringLiteral("en.pdf")))
            .simplified();
    CHECK(english.contains(QStringLiteral("Page 1 of")));
    CHECK_FALSE(english.contains(QStringLiteral("Seite 1 von")));

    s.settings.documentLanguage = QStringLiteral("de");
    const QString deutsch =
        test::pdfText(s.pdf(ProfilePrintout(s.settings).document(s.profiles.first()),
                            QStringLiteral("de.pdf")))
            .simplified();
    CHECK(deutsch.contains(QStringLiteral("Seite 1 von")));
}
