#include "listing.h"

#include "clientele/core/proposalbook.h"
#include "clientele/domain/proposalfinance.h"

#include <nlohmann/json.hpp>

namespace clientele::cli {

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
                    json["issued"] =
                        p.issued.isValid()
                            ? nlohmann::ordered_json(utf8(p.issued.toString(Qt::ISODate)))
                            : nlohmann::ordered_json(nullptr);
                    json["validUntil"] =
                        p.validUntil.isValid()
                            ? nlohmann::ordered_json(utf8(p.validUntil.toString(Qt::ISODate)))
                            : nlohmann::ordered_json(nullptr);
                    json["expired"] = p.isExpired(QDate::currentDate());
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
                text += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                            .arg(p.number.leftJustified(12),
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
