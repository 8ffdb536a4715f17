#include "clientele/storage/workspacejson.h"

#include "clientele/domain/icpchart.h"
#include "clientele/storage/jsondocument.h"
#include "clientele/storage/jsoninputerror.h"
#include "clientele/storage/workspacefile.h"
#include "jsonsection.h"
#include "offerjsonsections.h"
#include "workspacejsoncontent.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Transaction.h>
#include <spdlog/spdlog.h>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <QCoreApplication>
#include <algorithm>

namespace clientele {

namespace {

const QString kFormatKey = QStringLiteral("format");
const QString kFormatVersionKey = QStringLiteral("formatVersion");

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / (qint64(1024) * 1024));
}

Error tooLarge(const QString &sourceName, qint64 size)
{
    return Error{QCoreApplication::translate(
                     "clientele::WorkspaceJson",
                     "%1: the file is %2 MB; a workspace export is at most %3 MB, so "
                     "this is not one.")
                     .arg(sourceName, megabytes(size), megabytes(kMaxWorkspaceJsonBytes))};
}

// Format and version are checked before anything else so that a newer file is reported as newer,
// not as full of unknown keys.
void checkEnvelope(const JsonNode &root, const QList<JsonSection> &sections)
{
    if (!root.json().is_object())
        root.fail(
            QCoreApplication::translate("clientele::WorkspaceJson",
                                        "expected an object, found %1; this is not a Clientele "
                                        "workspace export")
                .arg(jsonTypeName(root.json())));
    const JsonNode format = root.member(kFormatKey);
    if (!format.json().is_string() || format.toText() != QLatin1String(kWorkspaceJsonFormat))
        format.fail(
            QCoreApplication::translate("clientele::WorkspaceJson",
                                        "expected \"%1\"; this is not a Clientele workspace export")
                .arg(QLatin1String(kWorkspaceJsonFormat)));
    const qint64 version = root.member(kFormatVersionKey).toInteger(1, 1'000'000);
    if (version > kWorkspaceJsonFormatVersion)
        root.member(kFormatVersionKey)
            .fail(QCoreApplication::translate(
                      "clientele::WorkspaceJson",
                      "the file was written by a newer version of Clientele (format "
                      "version %1; this version reads up to %2). Update Clientele to "
                      "import it.")
                      .arg(version)
                      .arg(kWorkspaceJsonFormatVersion));
    QStringList known{kFormatKey, kFormatVersionKey};
    for (const JsonSection &section : sections)
        known << section.key;
    root.expectObject(known);
}

} // namespace

QList<JsonSection> workspaceJsonSections()
{
    // The chart an import reads, for the prospects' values; none when the document has no chart.
    auto chart = std::make_shared<IcpChart>();
    QList<JsonSection> sections{settingsJsonSection(), profilesJsonSection(),
                                chartJsonSection(chart), prospectsJsonSection(chart)};
    for (JsonSection section :
         {offersJsonSection(), proposalsJsonSection(), reviewRoundsJsonSection()}) {
        section.optional = true;
        sections.append(section);
    }
    // Profiles after the chart their rules name; offers and proposals after the profiles.
    for (JsonSection &section : sections)
        section.writePass =
            section.key == QLatin1String("settings") || section.key == QLatin1String("chart") ? 0
                                                                                              : 1;
    return sections;
}

nlohmann::ordered_json workspaceJsonDocument(SQLite::Database &db)
{
    nlohmann::ordered_json root;
    root["format"] = kWorkspaceJsonFormat;
    root["formatVersion"] = kWorkspaceJsonFormatVersion;
    for (const JsonSection &section : workspaceJsonSections())
        root[section.key.toStdString()] = section.toJson(db);
    return root;
}

CheckedWorkspaceJson::CheckedWorkspaceJson(const nlohmann::json &document)
    : m_sections(workspaceJsonSections())
{
    const JsonNode root(document);
    checkEnvelope(root, m_sections);
    static const nlohmann::json emptySection = nlohmann::json::array();
    for (const JsonSection &section : std::as_const(m_sections)) {
        const auto given = root.optionalMember(section.key);
        if (given || !section.optional)
            m_writes.push_back(section.fromJson(given ? *given : root.member(section.key)));
        else if (section.whenAbsent)
            m_writes.push_back(section.whenAbsent());
        else
            m_writes.push_back(section.fromJson(JsonNode(emptySection, section.key)));
    }
}

void CheckedWorkspaceJson::write(SQLite::Database &db) const
{
    std::for_each(m_sections.crbegin(), m_sections.crend(),
                  [&db](const JsonSection &section) { section.clear(db); });
    for (const int pass : {0, 1})
        for (qsizetype i = 0; i < m_sections.size(); ++i)
            if (m_sections.at(i).writePass == pass)
                m_writes.at(static_cast<std::size_t>(i))(db);
}

Result<std::string> exportWorkspaceJson(WorkspaceFile &file)
{
    try {
        // One read transaction, so the export is a consistent snapshot even while others write.
        SQLite::Transaction snapshot(file.database(), SQLite::TransactionBehavior::DEFERRED);
        std::string text = workspaceJsonDocument(file.database())
                               .dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
        text += '\n';
        return text;
    } catch (const std::exception &e) {
        spdlog::error("export of {} failed: {}", file.path().toStdString(), e.what());
        return Error{
            QCoreApplication::translate("clientele::WorkspaceJson", "Could not export \"%1\": %2")
                .arg(QFileInfo(file.path()).fileName(), QString::fromUtf8(e.what()))};
    }
}

Status exportWorkspaceJsonFile(WorkspaceFile &file, const QString &path)
{
    auto text = exportWorkspaceJson(file);
    if (!text)
        return text.error();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{
            QCoreApplication::translate("clientele::WorkspaceJson", "Could not write \"%1\": %2")
                .arg(path, out.errorString())};
    const auto size = static_cast<qint64>(text->size());
    if (out.write(text->data(), size) != size || !out.commit())
        return Error{
            QCoreApplication::translate("clientele::WorkspaceJson", "Could not write \"%1\": %2")
                .arg(path, out.errorString())};
    spdlog::info("exported {} to {}", file.path().toStdString(), path.toStdString());
    return success();
}

Status importWorkspaceJson(WorkspaceFile &file, const QByteArray &json, const QString &sourceName)
{
    if (json.size() > kMaxWorkspaceJsonBytes)
        return tooLarge(sourceName, json.size());
    if (file.isReadOnly())
        return Error{
            QCoreApplication::translate("clientele::WorkspaceJson",
                                        "%1: this workspace is open read-only, so nothing can be "
                                        "imported into it.")
                .arg(sourceName)};

    std::optional<CheckedWorkspaceJson> checked;
    try {
        checked.emplace(parseJsonDocument(json));
    } catch (const JsonInputError &e) {
        return Error{QStringLiteral("%1: %2").arg(sourceName, e.message())};
    }

    std::optional<JsonInputError> refused;
    const Status written = file.transaction([&] {
        try {
            checked->write(file.database());
        } catch (const JsonInputError &e) {
            // A reference between sections that only the stored content can check.
            refused = e;
            throw;
        }
    });
    if (refused)
        return Error{QStringLiteral("%1: %2").arg(sourceName, refused->message())};
    if (!written)
        return Error{
            QCoreApplication::translate("clientele::WorkspaceJson", "%1: nothing was imported. %2")
                .arg(sourceName, written.errorMessage())};
    spdlog::info("imported {} into {}", sourceName.toStdString(), file.path().toStdString());
    return success();
}

Status importWorkspaceJsonFile(WorkspaceFile &file, const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile in(path);
    if (!in.exists())
        return Error{
            QCoreApplication::translate("clientele::WorkspaceJson", "%1: the file does not exist.")
                .arg(name)};
    if (in.size() > kMaxWorkspaceJsonBytes)
        return tooLarge(name, in.size());
    if (!in.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("clientele::WorkspaceJson",
                                                 "%1: the file cannot be read (%2).")
                         .arg(name, in.errorString())};
    const QByteArray bytes = in.read(kMaxWorkspaceJsonBytes + 1);
    if (in.error() != QFileDevice::NoError)
        return Error{QCoreApplication::translate("clientele::WorkspaceJson",
                                                 "%1: the file cannot be read (%2).")
                         .arg(name, in.errorString())};
    return importWorkspaceJson(file, bytes, name);
}

} // namespace clientele
