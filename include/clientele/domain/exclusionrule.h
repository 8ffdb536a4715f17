#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace clientele {

class IcpChart;
struct Prospect;

// How an exclusion rule compares an attribute's value with its own.
enum class RuleComparison {
    Less,     // a number or amount below the rule's (a range: its top below)
    Greater,  // above (a range: its bottom above)
    Is,       // a category, text, place or yes/no equal to the rule's, ignoring case
    Contains, // text, tags or a place holding the rule's word
};

QList<RuleComparison> allRuleComparisons();
// "less", "greater", "is", "contains": stored and in JSON.
QString ruleComparisonKey(RuleComparison comparison);
std::optional<RuleComparison> ruleComparisonFromKey(const QString &key);
// "is less than", "is more than", "is", "contains".
QString ruleComparisonLabel(RuleComparison comparison);

// What turns an entry of a profile's "not our customer" list into a disqualifier: either an
// attribute compared with a value, or a keyword found in a prospect's systems or notes. An
// attribute is named by its uuid, so renaming it keeps the rule.
struct ExclusionRule {
    Q_DECLARE_TR_FUNCTIONS(clientele::ExclusionRule)

public:
    QUuid attribute;                                // null: a keyword rule
    RuleComparison comparison = RuleComparison::Is; // for an attribute rule
    QString value;                                  // the text compared, or the keyword

    bool isKeyword() const { return attribute.isNull(); }
    bool isEmpty() const { return value.trimmed().isEmpty(); }
    // "Number of employees is more than 200", "Systems or notes mention “MYOB”".
    QString describe(const IcpChart &chart) const;
    // Whether the prospect matches; an unknown value never matches.
    bool matches(const IcpChart &chart, const Prospect &prospect) const;

    // {"attribute": uuid, "comparison": key, "value": text} or {"keyword": text}; empty for none.
    QString toJson() const;
    static std::optional<ExclusionRule> fromJson(const QString &json);

    friend bool operator==(const ExclusionRule &, const ExclusionRule &) = default;
};

} // namespace clientele
