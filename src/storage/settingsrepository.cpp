#include "clientele/storage/settingsrepository.h"

#include "sqltext.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <utility>
#include <vector>

namespace clientele {

namespace {

// Each setting's key and where it lives in WorkspaceSettings.
std::vector<std::pair<const char *, QString WorkspaceSettings::*>> settingFields()
{
    return {{"consultancyName", &WorkspaceSettings::consultancyName},
            {"contactDetails", &WorkspaceSettings::contactDetails},
            {"currency", &WorkspaceSettings::currency},
            {"accentColor", &WorkspaceSettings::accentColor},
            {"taxNote", &WorkspaceSettings::taxNote},
            {"pageSize", &WorkspaceSettings::pageSize},
            {"logoPath", &WorkspaceSettings::logoPath},
            {"documentLanguage", &WorkspaceSettings::documentLanguage}};
}

// The one number among the settings, stored as its decimal text.
constexpr const char *kThresholdKey = "formalStaffThreshold";

// A formal proposal above this one-off total needs an approval: minor units as decimal text.
constexpr const char *kApprovalKey = "approvalThreshold";
// The lost reasons the user added, one per line.
constexpr const char *kLostReasonsKey = "lostReasons";

// The grade bands, each stored as its decimal text; a set that is not valid reads as the default.
constexpr std::pair<const char *, int FitBands::*> kBandKeys[] = {
    {"fitBandA", &FitBands::a}, {"fitBandB", &FitBands::b}, {"fitBandC", &FitBands::c}};

} // namespace

WorkspaceSettings SettingsRepository::load() const
{
    WorkspaceSettings settings;
    SQLite::Statement query(m_db, "SELECT value FROM setting WHERE key = ?");
    for (const auto &[key, member] : settingFields()) {
        query.reset();
        query.bind(1, key);
        if (query.executeStep())
            settings.*member = sql::text(query.getColumn(0));
    }
    query.reset();
    query.bind(1, kThresholdKey);
    bool ok = false;
    if (query.executeStep())
        if (const int threshold = sql::text(query.getColumn(0)).toInt(&ok); ok && threshold > 0)
            settings.formalStaffThreshold = threshold;
    query.reset();
    query.bind(1, kApprovalKey);
    if (query.executeStep())
        if (const qint64 minor = sql::text(query.getColumn(0)).toLongLong(&ok); ok && minor >= 0)
            settings.approvalThresholdMinor = minor;
    query.reset();
    query.bind(1, kLostReasonsKey);
    if (query.executeStep())
        settings.lostReasons =
            sql::text(query.getColumn(0)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    FitBands bands;
    for (const auto &[key, member] : kBandKeys) {
        query.reset();
        query.bind(1, key);
        if (!query.executeStep())
            continue; // a workspace from before the bands: the default
        bands.*member = sql::text(query.getColumn(0)).toInt(&ok);
        if (!ok)
            return settings;
    }
    if (bands.isValid())
        settings.fitBands = bands;
    return settings;
}

void SettingsRepository::save(const WorkspaceSettings &settings)
{
    SQLite::Statement upsert(m_db, "INSERT INTO setting(key, value) VALUES(?, ?) "
                                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    for (const auto &[key, member] : settingFields()) {
        upsert.reset();
        upsert.bind(1, key);
        upsert.bind(2, sql::utf8(settings.*member));
        upsert.exec();
    }
    upsert.reset();
    upsert.bind(1, kThresholdKey);
    upsert.bind(2, std::to_string(settings.formalStaffThreshold));
    upsert.exec();
    upsert.reset();
    upsert.bind(1, kApprovalKey);
    upsert.bind(2, std::to_string(settings.approvalThresholdMinor));
    upsert.exec();
    upsert.reset();
    upsert.bind(1, kLostReasonsKey);
    upsert.bind(2, sql::utf8(settings.lostReasons.join(QLatin1Char('\n'))));
    upsert.exec();
    for (const auto &[key, member] : kBandKeys) {
        upsert.reset();
        upsert.bind(1, key);
        upsert.bind(2, std::to_string(settings.fitBands.*member));
        upsert.exec();
    }
}

} // namespace clientele
