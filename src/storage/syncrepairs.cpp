#include "syncrepairs.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <functional>
#include <set>
#include <vector>

namespace clientele {

namespace {

using Json = nlohmann::json;

// An item holding a value that must be unique; of several holding one, the smallest
// precedence keeps it.
struct Claim {
    Json *item = nullptr;
    Json value;
    QString precedence;
};

// Settles every clash: the claims are taken by value, then precedence, and each claim of a value
// already held takes `freeAfter(value, taken)`, a value no item holds.
void settle(std::vector<Claim> claims, const Json::json_pointer &where,
            const std::function<Json(const Json &, const std::set<Json> &)> &freeAfter)
{
    std::set<Json> taken;
    for (const Claim &claim : claims)
        taken.insert(claim.value);
    std::sort(claims.begin(), claims.end(), [](const Claim &a, const Claim &b) {
        if (a.value != b.value)
            return a.value < b.value;
        return a.precedence < b.precedence;
    });
    std::set<Json> held;
    for (const Claim &claim : claims) {
        if (held.insert(claim.value).second)
            continue;
        const Json free = freeAfter(claim.value, taken);
        taken.insert(free);
        (*claim.item)[where] = free;
    }
}

QString uuidOf(const Json &item)
{
    return item.contains("uuid") ? QString::fromStdString(item.at("uuid").get<std::string>())
                                 : QString();
}

Json nextFreeCount(const Json &value, const std::set<Json> &taken)
{
    qint64 next = value.get<qint64>() + 1;
    while (taken.count(Json(next)))
        ++next;
    return next;
}

// "P-2026-003" → "P-2026-004", keeping the digits' width; "Draft" → "Draft-2".
Json nextFreeNumber(const Json &value, const std::set<Json> &taken)
{
    const QString number = QString::fromStdString(value.get<std::string>());
    static const QRegularExpression trailingDigits(QStringLiteral("^(.*?)(\\d+)$"));
    const QRegularExpressionMatch match = trailingDigits.match(number);
    const QString stem = match.hasMatch() ? match.captured(1) : number + QLatin1Char('-');
    const qsizetype width = match.hasMatch() ? match.captured(2).size() : 1;
    qint64 count = match.hasMatch() ? match.captured(2).toLongLong() : 1;
    for (;;) {
        const QString candidate =
            stem + QStringLiteral("%1").arg(++count, int(width), 10, QLatin1Char('0'));
        if (!taken.count(Json(candidate.toStdString())))
            return candidate.toStdString();
    }
}

} // namespace

void repairProposalNumbers(Json &proposals)
{
    std::vector<Claim> claims;
    for (Json &proposal : proposals) {
        if (!proposal.contains("number") || !proposal.at("number").is_string())
            continue;
        const QString number =
            QString::fromStdString(proposal.at("number").get<std::string>()).trimmed();
        const bool sent = proposal.contains("versions") && proposal.at("versions").is_array()
                          && !proposal.at("versions").empty();
        proposal["number"] = number.toStdString();
        claims.push_back({&proposal, number.toStdString(),
                          (sent ? QStringLiteral("0") : QStringLiteral("1")) + uuidOf(proposal)});
    }
    settle(std::move(claims), Json::json_pointer("/number"), nextFreeNumber);
}

void repairLadderPositions(Json &offers)
{
    std::vector<Claim> claims;
    for (Json &offer : offers) {
        const Json ladder = offer.value("ladder", Json());
        if (!ladder.is_object() || !ladder.contains("position")
            || !ladder.at("position").is_number_integer()
            || ladder.at("position").get<qint64>() < 1)
            continue;
        claims.push_back({&offer, ladder.at("position"), uuidOf(offer)});
    }
    settle(std::move(claims), Json::json_pointer("/ladder/position"), nextFreeCount);
}

void repairRoundNumbers(Json &rounds)
{
    std::vector<Claim> claims;
    for (Json &round : rounds) {
        if (!round.contains("number") || !round.at("number").is_number_integer())
            continue;
        const Json started = round.value("startedAt", Json());
        const QString when =
            started.is_string() ? QString::fromStdString(started.get<std::string>()) : QString();
        claims.push_back({&round, round.at("number"), when + QLatin1Char(' ') + uuidOf(round)});
    }
    settle(std::move(claims), Json::json_pointer("/number"), nextFreeCount);
}

void repairStandardAttributes(Json &attributes)
{
    std::vector<Claim> claims;
    for (Json &attribute : attributes) {
        const Json key = attribute.value("key", Json());
        if (key.is_string() && !key.get<std::string>().empty())
            claims.push_back({&attribute, key, uuidOf(attribute)});
    }
    settle(std::move(claims), Json::json_pointer("/key"),
           [](const Json &, const std::set<Json> &) { return Json(""); });
}

} // namespace clientele
