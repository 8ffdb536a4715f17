#include "clientele/domain/exclusionrule.h"

#include "clientele/domain/charttext.h"
#include "clientele/domain/icpchart.h"
#include "clientele/domain/prospect.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace clientele {

namespace {

const Attribute *attributeByUuid(const IcpChart &chart, const QUuid &uuid)
{
    const auto &attributes = chart.attributes();
    const auto found = std::find_if(attributes.cbegin(), attributes.cend(),
                                    [&](const Attribute &a) { return a.uuid == uuid; });
    return found == attributes.cend() ? nullptr : &*found;
}

bool containsWord(const QString &text, const QString &word)
{
    return text.contains(word.trimmed(), Qt::CaseInsensitive);
}

// Compares the prospect's value with the rule's, both read as the attribute's type.
bool compare(RuleComparison comparison, const ChartValue &value, const ChartValue &rule)
{
    if (const auto *number = value.number(); number && rule.number()) {
        switch (comparison) {
        case RuleComparison::Less: return number->maximum < rule.number()->minimum;
        case RuleComparison::Greater: return number->minimum > rule.number()->maximum;
        case RuleComparison::Is: return *number == *rule.number();
        case RuleComparison::Contains: return number->contains(*rule.number());
        }
    }
    if (const auto *money = value.money(); money && rule.money()) {
        switch (comparison) {
        case RuleComparison::Less:
            return money->maximum.minorUnits() < rule.money()->minimum.minorUnits();
        case RuleComparison::Greater:
            return money->minimum.minorUnits() > rule.money()->maximum.minorUnits();
        case RuleComparison::Is: return *money == *rule.money();
        case RuleComparison::Contains: return money->contains(*rule.money());
        }
    }
    return false;
}

bool compareText(RuleComparison comparison, const QString &text, const QString &rule)
{
    return comparison == RuleComparison::Contains
               ? containsWord(text, rule)
               : comparison == RuleComparison::Is && sameCellText(text, rule);
}

} // namespace

QList<RuleComparison> allRuleComparisons()
{
    return {RuleComparison::Less, RuleComparison::Greater, RuleComparison::Is,
            RuleComparison::Contains};
}

QString ruleComparisonKey(RuleComparison comparison)
{
    switch (comparison) {
    case RuleComparison::Less: return QStringLiteral("less");
    case RuleComparison::Greater: return QStringLiteral("greater");
    case RuleComparison::Is: return QStringLiteral("is");
    case RuleComparison::Contains: return QStringLiteral("contains");
    }
    return {};
}

std::optional<RuleComparison> ruleComparisonFromKey(const QString &key)
{
    for (RuleComparison comparison : allRuleComparisons())
        if (ruleComparisonKey(comparison) == key)
            return comparison;
    return std::nullopt;
}

QString ruleComparisonLabel(RuleComparison comparison)
{
    switch (comparison) {
    case RuleComparison::Less:
        return QCoreApplication::translate("clientele::RuleComparison", "is less than");
    case RuleComparison::Greater:
        return QCoreApplication::translate("clientele::RuleComparison", "is more than");
    case RuleComparison::Is: return QCoreApplication::translate("clientele::RuleComparison", "is");
    case RuleComparison::Contains:
        return QCoreApplication::translate("clientele::RuleComparison", "contains");
    }
    return {};
}

QString ExclusionRule::describe(const IcpChart &chart) const
{
    if (isKeyword())
        return tr("Systems or notes mention “%1”").arg(value.trimmed());
    const Attribute *subject = attributeByUuid(chart, attribute);
    const QString label = subject ? subject->label : tr("(a removed attribute)");
    return tr("%1 %2 %3").arg(label, ruleComparisonLabel(comparison), value.trimmed());
}

bool ExclusionRule::matches(const IcpChart &chart, const Prospect &prospect) const
{
    if (isEmpty())
        return false;
    if (isKeyword())
        return containsWord(prospect.systems, value) || containsWord(prospect.notes, value);
    const Attribute *subject = attributeByUuid(chart, attribute);
    if (!subject)
        return false;
    const ChartValue held = prospect.value(subject->id);
    if (held.isUnknown())
        return false;
    if (const auto *text = held.text())
        return compareText(comparison, *text, value);
    if (const auto *place = held.place())
        return compareText(comparison, place->name, value);
    if (const auto *tags = held.tags())
        return std::any_of(tags->cbegin(), tags->cend(), [&](const QString &tag) {
            return compareText(comparison == RuleComparison::Contains ? RuleComparison::Is
                                                                      : comparison,
                               tag, value);
        });
    if (const auto yes = held.yesNo()) {
        const auto rule = parseCell(*subject, value, chart.currency());
        return comparison == RuleComparison::Is && rule && rule.value().yesNo() == yes;
    }
    const auto rule = parseCell(*subject, value, chart.currency());
    return rule && compare(comparison, held, rule.value());
}

QString ExclusionRule::toJson() const
{
    if (isEmpty())
        return {};
    QJsonObject object;
    if (isKeyword()) {
        object.insert(QStringLiteral("keyword"), value);
    } else {
        object.insert(QStringLiteral("attribute"), attribute.toString(QUuid::WithoutBraces));
        object.insert(QStringLiteral("comparison"), ruleComparisonKey(comparison));
        object.insert(QStringLiteral("value"), value);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<ExclusionRule> ExclusionRule::fromJson(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    ExclusionRule rule;
    if (object.contains(QStringLiteral("keyword"))) {
        rule.value = object.value(QStringLiteral("keyword")).toString();
        return rule.isEmpty() ? std::nullopt : std::optional(rule);
    }
    rule.attribute = QUuid(object.value(QStringLiteral("attribute")).toString());
    const auto comparison =
        ruleComparisonFromKey(object.value(QStringLiteral("comparison")).toString());
    rule.value = object.value(QStringLiteral("value")).toString();
    if (rule.attribute.isNull() || !comparison || rule.isEmpty())
        return std::nullopt;
    rule.comparison = *comparison;
    return rule;
}

} // namespace clientele
