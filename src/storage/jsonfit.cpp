#include "jsonfit.h"

#include "jsonoffershelpers.h"

#include <QCoreApplication>

#include <cmath>

namespace clientele {

namespace {

const QString kUsed = QStringLiteral("used");
const QString kImportance = QStringLiteral("importance");
const QString kDistance = QStringLiteral("distance");
const QString kAttribute = QStringLiteral("attribute");
const QString kComparison = QStringLiteral("comparison");
const QString kValue = QStringLiteral("value");
const QString kKeyword = QStringLiteral("keyword");

QString requiredText(const JsonNode &node)
{
    QString text = node.toText();
    if (text.trimmed().isEmpty())
        node.fail(QCoreApplication::translate("clientele::WorkspaceJson", "must not be empty"));
    return text;
}

} // namespace

nlohmann::ordered_json attributeFitToJson(const AttributeFit &fit)
{
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    if (fit.used)
        json[kUsed.toStdString()] = *fit.used;
    if (fit.importance)
        json[kImportance.toStdString()] = fitImportanceKey(*fit.importance).toStdString();
    if (fit.falloff)
        json[kDistance.toStdString()] = *fit.falloff;
    return json;
}

AttributeFit attributeFitFromJson(const JsonNode &node)
{
    node.expectObject({kUsed, kImportance, kDistance});
    AttributeFit fit;
    if (auto used = node.optionalMember(kUsed))
        fit.used = used->toBool();
    if (auto importance = node.optionalMember(kImportance)) {
        QStringList keys;
        for (FitImportance each : allFitImportances())
            keys << fitImportanceKey(each);
        fit.importance = jsonoffers::keyFromJson(*importance, &fitImportanceFromKey, keys);
    }
    if (auto distance = node.optionalMember(kDistance)) {
        const auto &value = distance->json();
        if (!value.is_number() || !std::isfinite(value.get<double>()) || value.get<double>() <= 0)
            distance->fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                                       "expected a number more than 0"));
        fit.falloff = value.get<double>();
    }
    return fit;
}

nlohmann::ordered_json exclusionRuleToJson(const ExclusionRule &rule, qint64 attributeId)
{
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    if (rule.isKeyword()) {
        json[kKeyword.toStdString()] = rule.value.toStdString();
        return json;
    }
    json[kAttribute.toStdString()] = attributeId;
    json[kComparison.toStdString()] = ruleComparisonKey(rule.comparison).toStdString();
    json[kValue.toStdString()] = rule.value.toStdString();
    return json;
}

ExclusionRule exclusionRuleFromJson(const JsonNode &node, qint64 *attributeId)
{
    node.expectObject({kAttribute, kComparison, kValue, kKeyword});
    ExclusionRule rule;
    *attributeId = 0;
    if (auto keyword = node.optionalMember(kKeyword)) {
        if (node.optionalMember(kAttribute) || node.optionalMember(kComparison)
            || node.optionalMember(kValue))
            node.fail(QCoreApplication::translate("clientele::WorkspaceJson",
                                                  "a rule has either a keyword or an attribute, "
                                                  "a comparison and a value, not both"));
        rule.value = requiredText(*keyword);
        return rule;
    }
    *attributeId = node.member(kAttribute).toId();
    QStringList keys;
    for (RuleComparison each : allRuleComparisons())
        keys << ruleComparisonKey(each);
    rule.comparison =
        jsonoffers::keyFromJson(node.member(kComparison), &ruleComparisonFromKey, keys);
    rule.value = requiredText(node.member(kValue));
    return rule;
}

} // namespace clientele
