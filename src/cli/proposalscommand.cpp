#include "listing.h"

#include "clientele/core/proposalbook.h"
#include "clientele/domain/proposalfinance.h"
#include "clientele/storage/jsonconvert.h"

#include <nlohmann/json.hpp>

namespace clientele::cli {

namespace {

nlohmann::ordered_json dateOrNull(const QDate &date)
{
    return date.isValid() ? nlohmann::ordered_json(utf8(date.toString(Qt::ISODate)))
                          : nlohmann::ordered_json(nullptr);
}

// "won", "lost", or empty while the proposal is open.
QString outcomeKey(const Proposal &p)
{
    if (!p.isClosed())
        return {};
    return p.status == ProposalStatus::Accepted ? QStringLiteral("won") : QStringLiteral("lost");
}

// Every version: those sent, the latest as "sent" (or how the proposal closed, when it closed
// on that version) and earlier ones "superseded"; then the current version while it is
// written, as "draft" (or the proposal's status, for one marked sent or closed without a
// frozen copy).
nlohmann::ordered_json versionsJson(const Proposal &p)
{
    const QString closed = outcomeKey(p);
    const QString current = !closed.isEmpty()
                                ? closed
                                : (p.status == ProposalStatus::Draft ? QStringLiteral("draft")
                                                                     : proposalStatusKey(p.status));
    nlohmann::ordered_json versions = nlohmann::ordered_json::array();
    for (const ProposalVersion &v : p.sent) {
        QString status = QStringLiteral("superseded");
        if (v.version == p.version)
            status = current;
        else if (&v == p.lastSent() && !p.isClosed())
            status = QStringLiteral("sent");
        versions.push_back({{"version", v.version},
                            {"status", utf8(status)},
                            {"sentAt", utf8(timestampToJsonText(v.sentAt))},
                            {"sha256", utf8(v.sha256)},
                            {"validUntil", dateOrNull(v.validUntil)}});
    }
    if (!p.isFrozen())
        versions.push_back({{"version", p.version},
                            {"status", utf8(current)},
                            {"sentAt", nullptr},
                            {"sha256", nullptr},
                            {"validUntil", dateOrNull(p.validUntil)}});
    return versions;
}

} // namespace

CliCommand proposalsCommand()
{
    return listingCommand(
        QStringLiteral("proposals"),
        Cli::tr("List the proposals with their style, status and totals."),
        [](Workspace &workspace, bool json) {
            const ProposalBook *store = workspace.proposals();
            const QList<Proposal> proposals = store->all();
            if (json) {
                nlohmann::ordered_json list = nlohmann::ordered_json::array();
                for (const Proposal &p : proposals) {
                    nlohmann::ordered_json json;
                    json["id"] = p.id;
                    json["number"] = utf8(p.number);
                    json["prospect"] = utf8(p.prospect.company);
                    json["contact"] = utf8(p.prospect.contact);
                    json["staff"] = p.prospect.staff;
                    json["style"] = utf8(proposalStyleKey(store->styleOf(p)));
                    json["styleOverridden"] = p.styleOverride.has_value();
                    json["status"] = utf8(proposalStatusKey(p.status));
                    json["currency"] = utf8(p.currency);
                    json["oneOffTotal"] = utf8(p.oneOffTotal().toDecimalString());
                    json["monthlyTotal"] = utf8(p.monthlyTotal().toDecimalString());
                    json["issued"] = dateOrNull(p.issued);
                    json["validUntil"] = dateOrNull(p.validUntil);
                    json["expired"] = p.isExpired(QDate::currentDate());
                    json["version"] = p.version;
                    json["versions"] = versionsJson(p);
                    const QString outcome = outcomeKey(p);
                    json["outcome"] = outcome.isEmpty() ? nlohmann::ordered_json(nullptr)
                                                        : nlohmann::ordered_json(utf8(outcome));
                    json["lostReason"] = p.status == ProposalStatus::Declined
                                             ? nlohmann::ordered_json(utf8(p.outcome.lostReason))
                                             : nlohmann::ordered_json(nullptr);
                    list.push_back(std::move(json));
                }
                print(QString::fromStdString(list.dump(2)));
                return int(Ok);
            }
            if (proposals.isEmpty()) {
                print(Cli::tr("No proposals."));
                return int(Ok);
            }
            QString text;
            for (const Proposal &p : proposals)
                text += QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                            .arg(p.number.leftJustified(12),
                                 //: A proposal's version number in the list: v1, v2, ...
                                 Cli::tr("v%1").arg(p.version).leftJustified(3),
                                 (p.isExpired(QDate::currentDate()) ? Cli::tr("Expired")
                                                                    : proposalStatusLabel(p.status))
                                     .leftJustified(8),
                                 proposalStyleLabel(store->styleOf(p)).leftJustified(8),
                                 p.validUntil.isValid() ? p.validUntil.toString(Qt::ISODate)
                                                        : QStringLiteral("-         "),
                                 Cli::tr("%1 once + %2/month")
                                     .arg(p.oneOffTotal().toDisplayString().rightJustified(12),
                                          p.monthlyTotal().toDisplayString()),
                                 Cli::tr("%1 (%n staff)", nullptr, p.prospect.staff)
                                     .arg(p.prospect.company));
            print(text);
            return int(Ok);
        });
}

} // namespace clientele::cli
