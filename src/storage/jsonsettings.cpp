#include "clientele/domain/money.h"
#include "clientele/domain/textlanguage.h"
#include "clientele/storage/jsonconvert.h"
#include "clientele/storage/settingsrepository.h"
#include "jsonsection.h"

#include <QCoreApplication>
#include <SQLiteCpp/Database.h>

#include <utility>
#include <vector>

namespace clientele {

namespace {

// The keys match the workspace's own setting keys.
std::vector<std::pair<QString, QString WorkspaceSettings::*>> settingFields()
{
    return {{QStringLiteral("consultancyName"), &WorkspaceSettings::consultancyName},
            {QStringLiteral("contactDetails"), &WorkspaceSettings::contactDetails},
            {QStringLiteral("currency"), &WorkspaceSettings::currency},
            {QStringLiteral("accentColor"), &WorkspaceSettings::accentColor},
            {QStringLiteral("taxNote"), &WorkspaceSettings::taxNote},
            {QStringLiteral("pageSize"), &WorkspaceSettings::pageSize},
            {QStringLiteral("logoPath"), &WorkspaceSettings::logoPath},
            {QStringLiteral("documentLanguage"), &WorkspaceSettings::documentLanguage}};
}

const QString kThresholdKey = QStringLiteral("formalStaffThreshold");
const QString kBandsKey = QStringLiteral("fitBands");
// An amount in the workspace's currency ("5000.00"); "0.00" when no approval is needed.
const QString kApprovalKey = QStringLiteral("approvalThreshold");
const QString kLostReasonsKey = QStringLiteral("lostReasons");

// {"a": 80, "b": 60, "c": 40}: the lowest score of each grade.
std::vector<std::pair<QString, int FitBands::*>> bandFields()
{
    return {{QStringLiteral("a"), &FitBands::a},
            {QStringLiteral("b"), &FitBands::b},
            {QStringLiteral("c"), &FitBands::c}};
}

FitBands bandsFromJson(const JsonNode &node)
{
    QStringList known;
    for (const auto &field : bandFields())
        known << field.first;
    node.expectObject(known);
    FitBands bands;
    for (const auto &[key, member] : bandFields())
        bands.*member = static_cast<int>(node.member(key).toInteger(0, 100));
    if (!bands.isValid())
        node.fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                              "the grade bands must fall from a to c "
                                              "(a > b > c), such as 80, 60 and 40"));
    return bands;
}

nlohmann::ordered_json settingsToJson(SQLite::Database &db)
{
    const WorkspaceSettings settings = SettingsRepository(db).load();
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    for (const auto &[key, member] : settingFields())
        json[key.toStdString()] = settings.*member;
    json[kThresholdKey.toStdString()] = settings.formalStaffThreshold;
    nlohmann::ordered_json bands = nlohmann::ordered_json::object();
    for (const auto &[key, member] : bandFields())
        bands[key.toStdString()] = settings.fitBands.*member;
    json[kBandsKey.toStdString()] = bands;
    json[kApprovalKey.toStdString()] =
        Money(settings.approvalThresholdMinor, settings.currency).toDecimalString();
    nlohmann::ordered_json reasons = nlohmann::ordered_json::array();
    for (const QString &reason : settings.lostReasons)
        reasons.push_back(reason);
    json[kLostReasonsKey.toStdString()] = reasons;
    return json;
}

// A key left out keeps the value a new workspace would have.
JsonSectionWrite settingsFromJson(const JsonNode &node)
{
    QStringList known;
    for (const auto &field : settingFields())
        known << field.first;
    node.expectObject(known << kThresholdKey << kBandsKey << kApprovalKey << kLostReasonsKey);
    WorkspaceSettings settings;
    for (const auto &[key, member] : settingFields()) {
        if (auto value = node.optionalMember(key))
            settings.*member = value->toText();
    }
    if (!documentLanguages().contains(settings.documentLanguage))
        node.member(QStringLiteral("documentLanguage"))
            .fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                              "expected a document language: %1")
                      .arg(documentLanguages().join(QStringLiteral(", "))));
    if (auto threshold = node.optionalMember(kThresholdKey))
        settings.formalStaffThreshold = static_cast<int>(threshold->toInteger(1, 1'000'000));
    if (auto bands = node.optionalMember(kBandsKey))
        settings.fitBands = bandsFromJson(*bands);
    if (auto approval = node.optionalMember(kApprovalKey)) {
        const auto amount = Money::fromDecimalString(approval->toText(), settings.currency);
        if (!amount || amount->isNegative())
            approval->fail(QCoreApplication::translate(
                "clientele::WorkspaceJson",
                "expected an amount of zero or more written like \"5000.00\""));
        settings.approvalThresholdMinor = amount->minorUnits();
    }
    if (auto reasons = node.optionalMember(kLostReasonsKey))
        for (const JsonNode &reason : reasons->elements())
            settings.lostReasons << reason.toText();
    return [settings](SQLite::Database &db) { SettingsRepository(db).save(settings); };
}

} // namespace

JsonSection settingsJsonSection()
{
    return {QStringLiteral("settings"), settingsToJson, settingsFromJson,
            [](SQLite::Database &db) { db.exec("DELETE FROM setting"); }};
}

} // namespace clientele
