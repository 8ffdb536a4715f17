// The language a workspace's documents are written in: kept by the file under its own key,
// carried by the JSON export and import, and refused by an import when it is no language the
// documents can be written in.

#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/settingsrepository.h"
#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QTemporaryDir>

#include <functional>
#include <memory>

using namespace clientele;

namespace {

std::unique_ptr<WorkspaceFile> sampleFile(const QTemporaryDir &dir, const char *name)
{
    auto file = WorkspaceFile::create(dir.filePath(QString::fromLatin1(name)));
    REQUIRE(file.ok());
    REQUIRE(importWorkspaceJson(**file, sampleWorkspaceJson(), QStringLiteral("sample.json")));
    return std::move(*file);
}

std::string exportText(WorkspaceFile &file)
{
    auto text = exportWorkspaceJson(file);
    INFO(text.errorMessage().toStdString());
    REQUIRE(text.ok());
    return *text;
}

void setDocumentLanguage(WorkspaceFile &file, const char *language)
{
    REQUIRE(file.transaction([&] {
        WorkspaceSettings settings = SettingsRepository(file.database()).load();
        settings.documentLanguage = QString::fromLatin1(language);
        SettingsRepository(file.database()).save(settings);
    }));
}

QString storedLanguage(WorkspaceFile &file)
{
    return SettingsRepository(file.database()).load().documentLanguage;
}

// The sample's JSON with its settings changed.
QByteArray sampleWithSettings(const std::function<void(nlohmann::json &)> &change)
{
    nlohmann::json document = nlohmann::json::parse(sampleWorkspaceJson().toStdString());
    change(document["settings"]);
    return QByteArray::fromStdString(document.dump());
}

} // namespace

TEST_CASE("A workspace's document language is kept by the file", "[storage][language]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.clientele"));
    {
        auto created = WorkspaceFile::create(path);
        REQUIRE(created.ok());
        // A new workspace writes its documents in English.
        CHECK(storedLanguage(**created) == QStringLiteral("en"));
        setDocumentLanguage(**created, "de");
    }
    auto opened = WorkspaceFile::open(path);
    REQUIRE(opened.ok());
    CHECK(storedLanguage(**opened) == QStringLiteral("de"));
    // Stored under its own key as the language's code, which other tools read.
    CHECK((*opened)
              ->database()
              .execAndGet("SELECT value FROM setting WHERE key = 'documentLanguage'")
              .getString()
          == "de");
    // Other settings saved later leave it as it is.
    REQUIRE((*opened)->transaction([&] {
        WorkspaceSettings settings = SettingsRepository((*opened)->database()).load();
        settings.consultancyName = QStringLiteral("Sharp Systems");
        SettingsRepository((*opened)->database()).save(settings);
    }));
    CHECK(storedLanguage(**opened) == QStringLiteral("de"));
    setDocumentLanguage(**opened, "en");
    CHECK(storedLanguage(**opened) == QStringLiteral("en"));
}

TEST_CASE("The document language travels through the JSON export and import",
          "[storage][language][json]")
{
    QTemporaryDir dir;
    auto german = sampleFile(dir, "german.clientele");
    setDocumentLanguage(*german, "de");
    const std::string exported = exportText(*german);
    CHECK(nlohmann::json::parse(exported)["settings"]["documentLanguage"] == "de");

    auto copy = sampleFile(dir, "copy.clientele");
    REQUIRE(storedLanguage(*copy) == QStringLiteral("en"));
    REQUIRE(importWorkspaceJson(*copy, QByteArray::fromStdString(exported),
                                QStringLiteral("german.json")));
    CHECK(storedLanguage(*copy) == QStringLiteral("de"));
    CHECK(exportText(*copy) == exported);

    // An export from before the setting has no key: its documents are English.
    REQUIRE(importWorkspaceJson(
        *copy, sampleWithSettings([](nlohmann::json &s) { s.erase("documentLanguage"); }),
        QStringLiteral("older.json")));
    CHECK(storedLanguage(*copy) == QStringLiteral("en"));
}

TEST_CASE("An import naming a language documents cannot be written in changes nothing",
          "[storage][language][json]")
{
    QTemporaryDir dir;
    auto file = sampleFile(dir, "w.clientele");
    setDocumentLanguage(*file, "de");
    const std::string before = exportText(*file);

    struct Case {
        const char *what;
        nlohmann::json language;
        const char *expected;
    };
    const std::vector<Case> cases = {
        {"French", "fr",
         "bad.json: settings.documentLanguage: expected a document language: en, de"},
        {"empty", "", "bad.json: settings.documentLanguage: expected a document language: en, de"},
        {"a region", "de_DE",
         "bad.json: settings.documentLanguage: expected a document language: en, de"},
        {"a number", 49, "bad.json: settings.documentLanguage: expected a string, found a number"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const Status imported =
            importWorkspaceJson(*file, sampleWithSettings([&](nlohmann::json &s) {
                s["consultancyName"] = "Someone Else";
                s["documentLanguage"] = c.language;
            }),
                                QStringLiteral("bad.json"));
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.errorMessage().toStdString() == c.expected);
        CHECK(storedLanguage(*file) == QStringLiteral("de"));
        CHECK(SettingsRepository(file->database()).load().consultancyName
              == QStringLiteral("Ledgerline Consulting"));
        CHECK(exportText(*file) == before);
    }
}
