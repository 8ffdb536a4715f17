#include "clientele/domain/charttext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace clientele {

namespace {

// The words a yes/no cell shows, which it reads back too.
QString yesText()
{
    return QCoreApplication::translate("clientele::ChartText", "Yes");
}

QString noText()
{
    return QCoreApplication::translate("clientele::ChartText", "No");
}

QString unknownText()
{
    return QCoreApplication::translate("clientele::ChartText", "Unknown");
}

Result<ChartValue> parseYesNo(const QString &text)
{
    static const QStringList yes = {QStringLiteral("yes"),  QStringLiteral("y"),
                                    QStringLiteral("true"), QStringLiteral("1"),
                                    QStringLiteral("✓"),    QStringLiteral("✔")};
    static const QStringList no = {QStringLiteral("no"),    QStringLiteral("n"),
                                   QStringLiteral("false"), QStringLiteral("0"),
                                   QStringLiteral("✗"),     QStringLiteral("✘")};
    const QString lower = text.toLower();
    if (yes.contains(lower) || lower == yesText().toLower())
        return ChartValue::fromYesNo(true);
    if (no.contains(lower) || lower == noText().toLower())
        return ChartValue::fromYesNo(false);
    return Error{QCoreApplication::translate("clientele::ChartText",
                                             "Expected yes or no (leave blank when unknown), not "
                                             "\"%1\".")
                     .arg(text)};
}

Result<ChartValue> parseTags(const Attribute &attribute, const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    QStringList tags;
    for (const QString &part : text.split(separators)) {
        const QString tag = attribute.canonicalValue(part.simplified());
        if (tag.isEmpty())
            continue;
        const bool seen = std::any_of(tags.cbegin(), tags.cend(), [&](const QString &t) {
            return t.compare(tag, Qt::CaseInsensitive) == 0;
        });
        if (!seen)
            tags.append(tag);
    }
    return tags.isEmpty() ? ChartValue() : ChartValue::fromTags(tags);
}

Result<ChartValue> parsePlace(const QString &text)
{
    // Lazy name so the distance is the last number, written "12 km", "12km" or "(12 km)".
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(.*?)[\s,;(\-–—]*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*km\)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return ChartValue::fromPlace({text.simplified(), std::nullopt});
    QString digits = match.captured(2);
    digits.remove(QLatin1Char(','));
    return ChartValue::fromPlace({match.captured(1).simplified(), digits.toDouble()});
}

} // namespace

bool sameCellText(const QString &a, const QString &b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

bool isUnknownText(const QString &text)
{
    static const QStringList words = {QString(),
                                      QStringLiteral("?"),
                                      QStringLiteral("unknown"),
                                      QStringLiteral("not sure"),
                                      QStringLiteral("n/a"),
                                      QStringLiteral("-"),
                                      QStringLiteral("–"),
                                      QStringLiteral("—")};
    const QString lower = text.simplified().toLower();
    return words.contains(lower) || lower == unknownText().toLower();
}

QString yesNoChoiceText(std::optional<bool> value)
{
    if (!value)
        return unknownText();
    return *value ? yesText() : noText();
}

Result<ChartValue> parseCell(const Attribute &attribute, const QString &text,
                             const QString &currency)
{
    const QString trimmed = text.trimmed();
    if (isUnknownText(trimmed))
        return ChartValue();
    switch (attribute.type) {
    case AttributeType::NumberOrRange: {
        auto range = parseNumberRange(trimmed);
        if (!range)
            return range.error();
        return ChartValue::fromNumber(*range);
    }
    case AttributeType::Years: {
        auto range = parseNumberRange(trimmed);
        if (!range)
            return Error{
                QCoreApplication::translate("clientele::ChartText",
                                            "Expected a number of years such as 4 or a range such "
                                            "as 3-5, not \"%1\".")
                    .arg(trimmed)};
        return ChartValue::fromNumber(*range);
    }
    case AttributeType::MoneyOrRange: {
        auto range = parseMoneyRange(trimmed, currency);
        if (!range)
            return range.error();
        if (range->minimum.currency() != currency)
            return Error{
                QCoreApplication::translate("clientele::ChartText",
                                            "Amounts in this chart are in %1; \"%2\" is in %3.")
                    .arg(currency, trimmed, range->minimum.currency())};
        return ChartValue::fromMoney(*range);
    }
    case AttributeType::Category:
        return ChartValue::fromText(attribute.canonicalValue(trimmed.simplified()));
    case AttributeType::Tags: return parseTags(attribute, trimmed);
    case AttributeType::Location: return parsePlace(trimmed);
    case AttributeType::YesNo: return parseYesNo(trimmed);
    case AttributeType::Text: return ChartValue::fromText(trimmed);
    }
    return ChartValue();
}

QString displayText(const ChartValue &value, const QString &home)
{
    if (const auto *number = value.number())
        return formatNumberRange(*number);
    if (const auto *money = value.money())
        return formatMoneyRange(*money, home);
    if (const auto *text = value.text())
        return *text;
    if (const auto *tags = value.tags())
        return tags->join(QStringLiteral(", "));
    if (const auto *place = value.place()) {
        if (!place->distanceKm)
            return place->name;
        const QString km = formatNumber(*place->distanceKm) + QStringLiteral(" km");
        return place->name.isEmpty() ? km : QStringLiteral("%1 (%2)").arg(place->name, km);
    }
    if (const auto yes = value.yesNo())
        return *yes ? yesText() : noText();
    return {};
}

} // namespace clientele
