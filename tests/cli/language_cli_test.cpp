// clientele-cli in two languages: the documents follow the workspace's document language, the
// program's own messages the session's language, and neither changes the other.

#include "pdftools.h"
#include "proposalversions_cli_test.h"

#include <QProcessEnvironment>

using namespace clientele::test;

namespace {

// A German desktop session: the language and the locale a German user's terminal has.
QProcessEnvironment germanSession()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    return environment;
}

// The sample, imported again from its JSON export with documents written in German.
QString germanSample(const QTemporaryDir &dir)
{
    const QString sample = newSample(dir, QStringLiteral("sample.clientele"));
    const QString json = dir.filePath(QStringLiteral("sample.json"));
    QJsonObject workspace = exportedJson(sample, json);
    QJsonObject settings = workspace.value(QStringLiteral("settings")).toObject();
    REQUIRE(settings.value(QStringLiteral("documentLanguage")).toString() == QStringLiteral("en"));
    settings[QStringLiteral("documentLanguage")] = QStringLiteral("de");
    workspace[QStringLiteral("settings")] = settings;
    writeJson(json, workspace);
    const QString german = dir.filePath(QStringLiteral("german.clientele"));
    const CliRun imported = runCli({QStringLiteral("import-json"), json, german});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    return german;
}

// `export-pdf FILE OUT [options]` and the PDF's text on one line.
QString
exportedText(const QString &workspace, const QString &pdf, const QStringList &options,
             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    const CliRun exported =
        runCli(QStringList{QStringLiteral("export-pdf"), workspace, pdf} + options, environment);
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    return pdfText(pdf, {QStringLiteral("-raw")}).simplified();
}

const QStringList kMediumProposal = {QStringLiteral("--proposal"), QStringLiteral("P-2026-002")};

} // namespace

// P-2026-002, the sample's formal proposal: issued 9 March 2026, valid until 30 April 2026,
// one-off lines $0 + $18,500 + 3 x $1,400 = $22,700.
TEST_CASE("cli: a workspace whose documents are German prints them in German", "[cli][language]")
{
    QTemporaryDir dir;
    const QString german = germanSample(dir);

    const QString proposal =
        exportedText(german, dir.filePath(QStringLiteral("proposal.pdf")), kMediumProposal);
    INFO(proposal.toStdString());
    for (const char *heading : {"ANGEBOT", "1. Zusammenfassung", "4. Empfohlene Leistungen"})
        CHECK(proposal.contains(QString::fromUtf8(heading)));
    CHECK(proposal.contains(QString::fromUtf8("Ausgestellt am 9. März 2026")));
    CHECK(proposal.contains(QStringLiteral("Gültig bis 30. April 2026")));
    CHECK(proposal.contains(QStringLiteral("Summe einmalig 22.700,00 $")));
    CHECK(proposal.contains(QStringLiteral("3 1.400,00 $ 4.200,00 $")));
    CHECK(proposal.contains(QStringLiteral("Seite 1 von 6")));
    CHECK_FALSE(proposal.contains(QStringLiteral("Executive summary")));
    CHECK_FALSE(proposal.contains(QStringLiteral("$22,700.00")));

    const QString profiles = exportedText(german, dir.filePath(QStringLiteral("profiles.pdf")), {});
    CHECK(profiles.contains(QStringLiteral("Seite 1 von")));
    CHECK_FALSE(profiles.contains(QStringLiteral("Page 1 of")));
    const QString chart = exportedText(german, dir.filePath(QStringLiteral("chart.pdf")),
                                       {QStringLiteral("--chart")});
    CHECK(chart.contains(QStringLiteral("Seite 1 von")));
    CHECK_FALSE(chart.contains(QStringLiteral("Page 1 of")));
    // The ideal beside the grid speaks the document's language too: the sample's clients share
    // no place, and two of five are in Engineering.
    CHECK(chart.contains(QStringLiteral("Kein gemeinsamer Ort")));
    CHECK(chart.contains(QStringLiteral("2 von 5")));
    CHECK_FALSE(chart.contains(QStringLiteral("No common place")));
}

TEST_CASE("cli: a German session reads clientele-cli's messages in German", "[cli][language]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.clientele"));
    const QStringList info = {QStringLiteral("info"), missing};

    // The message names the file as the user knows it, by its name.
    const CliRun english = runCli(info);
    CHECK(english.exitCode == 2);
    CHECK(english.err.toStdString()
          == "error: Cannot open \"missing.clientele\": the file does not exist.\n");
    const CliRun german = runCli(info, germanSession());
    CHECK(german.exitCode == 2);
    CHECK(german.err.toStdString()
          == "Fehler: „missing.clientele“ kann nicht geöffnet werden: die Datei existiert "
             "nicht.\n");

    // The overview a script gets without a command.
    const CliRun usage = runCli({}, germanSession());
    CHECK(usage.exitCode == 1);
    CHECK(usage.err.startsWith(QStringLiteral("Aufruf: clientele-cli BEFEHL [OPTIONEN]")));
    CHECK(runCli({}).err.startsWith(QStringLiteral("Usage: clientele-cli COMMAND [OPTIONS]")));
}

TEST_CASE("cli: an English workspace's documents stay English in a German session",
          "[cli][language]")
{
    QTemporaryDir dir;
    const QString sample = newSample(dir, QStringLiteral("sample.clientele"));
    const QString proposal = exportedText(sample, dir.filePath(QStringLiteral("proposal.pdf")),
                                          kMediumProposal, germanSession());
    INFO(proposal.toStdString());
    CHECK(proposal.contains(QStringLiteral("1. Executive summary")));
    CHECK(proposal.contains(QStringLiteral("Issued 9 March 2026")));
    CHECK(proposal.contains(QStringLiteral("One-off total $22,700.00")));
    CHECK(proposal.contains(QStringLiteral("Page 1 of 6")));
    CHECK_FALSE(proposal.contains(QStringLiteral("Zusammenfassung")));
    CHECK_FALSE(proposal.contains(QStringLiteral("22.700,00")));

    // While the program itself speaks German.
    const CliRun unknown =
        runCli({QStringLiteral("export-pdf"), sample, dir.filePath(QStringLiteral("none.pdf")),
                QStringLiteral("--proposal"), QStringLiteral("P-2099-001")},
               germanSession());
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.toStdString()
          == QString::fromUtf8("Fehler: Kein Angebot mit der Nummer oder ID „P-2099-001“ in %1.\n")
                 .arg(sample)
                 .toStdString());
}
