#include "clicommand.h"

#include "clientele/core/offercatalogue.h"
#include "clientele/core/proposalbook.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/ladder.h"
#include "clientele/domain/proposalfinance.h"

#include <nlohmann/json.hpp>

namespace clientele::cli {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// Opens the workspace named by the one positional argument, read-only.
Result<std::unique_ptr<Workspace>> openForListing(const QCommandLineParser &parser)
{
    return openToRead(parser.positionalArguments().at(0));
}

void declareListing(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A workspace."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
}

nlohmann::ordered_json offerJson(const Offer &offer)
{
    nlohmann::ordered_json json;
    json["id"] = offer.id;
    json["name"] = utf8(offer.name);
    json["kind"] = utf8(offerKindKey(offer.kind));
    json["price"] = utf8(offer.price.toDecimalString());
    json["currency"] = utf8(offer.price.currency());
    json["monthly"] = offer.isMonthly();
    json["ladderStage"] = offer.ladder
                              ? nlohmann::ordered_json(utf8(ladderStageKey(offer.ladder->stage)))
                              : nlohmann::ordered_json(nullptr);
    json["ladderPosition"] = offer.ladder ? nlohmann::ordered_json(offer.ladder->position)
                                          : nlohmann::ordered_json(nullptr);
    if (offer.isMonthly()) {
        const RetainerTerms &terms = offer.retainer;
        json["hoursPerMonth"] = terms.hoursPerMonth;
        json["unusedHoursCarryOver"] = terms.unusedHoursCarryOver;
        const auto rate = terms.effectiveHourlyRate();
        json["effectiveHourlyRate"] = rate ? nlohmann::ordered_json(utf8(rate->toDecimalString()))
                                           : nlohmann::ordered_json(nullptr);
        json["yearlyValue"] = utf8(terms.yearlyValue().toDecimalString());
    }
    return json;
}

QString offerLine(const Offer &offer)
{
    QString price = offer.isFree() ? QStringLiteral("free") : offer.price.toDisplayString();
    if (offer.isMonthly())
        price += QStringLiteral("/month");
    QString line =
        QStringLiteral("%1  %2  %3  %4")
            .arg(QString::number(offer.id).rightJustified(4),
                 (offer.ladder ? ladderStageLabel(offer.ladder->stage) : QStringLiteral("-"))
                     .leftJustified(10),
                 offerKindLabel(offer.kind).leftJustified(19), price.rightJustified(14));
    line += QStringLiteral("  ") + offer.name;
    if (offer.isMonthly()) {
        const RetainerTerms &terms = offer.retainer;
        line += QStringLiteral(" (%1 h/month, %2")
                    .arg(terms.hoursPerMonth)
                    .arg(terms.unusedHoursCarryOver ? QStringLiteral("unused hours carry over")
                                                    : QStringLiteral("unused hours lapse"));
        if (const auto rate = terms.effectiveHourlyRate())
            line += QStringLiteral(", %1/hour").arg(rate->toDisplayString());
        line += QStringLiteral(", %1/year)").arg(terms.yearlyValue().toDisplayString());
    }
    return line;
}

} // namespace

CliCommand offersCommand()
{
    static const QString usage = QStringLiteral("offers FILE [--json]");
    return {
        QStringLiteral("offers"),
        QStringLiteral("List the offers, up the ladder first, then those off it."),
        declareListing,
        [](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 1, usage))
                return int(Usage);
            auto workspace = openForListing(parser);
            if (!workspace)
                return fail(workspace.errorMessage());
            const OfferCatalogue *offers = (*workspace)->offers();
            QList<Offer> ordered = offers->ladder();
            for (const Offer &offer : offers->all())
                if (!offer.ladder)
                    ordered.append(offer);
            if (parser.isSet(QStringLiteral("json"))) {
                nlohmann::ordered_json list = nlohmann::ordered_json::array();
                for (const Offer &offer : ordered)
                    list.push_back(offerJson(offer));
                print(QString::fromStdString(list.dump(2)));
                return int(Ok);
            }
            if (ordered.isEmpty()) {
                print(QStringLiteral("No offers."));
                return int(Ok);
            }
            QString text;
            for (const Offer &offer : ordered)
                text += offerLine(offer) + QLatin1Char('\n');
            print(text);
            return int(Ok);
        },
    };
}

CliCommand proposalsCommand()
{
    static const QString usage = QStringLiteral("proposals FILE [--json]");
    return {
        QStringLiteral("proposals"),
        QStringLiteral("List the proposals with their style, status and totals."),
        declareListing,
        [](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 1, usage))
                return int(Usage);
            auto workspace = openForListing(parser);
            if (!workspace)
                return fail(workspace.errorMessage());
            const ProposalBook *store = (*workspace)->proposals();
            const QList<Proposal> proposals = store->all();
            if (parser.isSet(QStringLiteral("json"))) {
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
                    list.push_back(std::move(json));
                }
                print(QString::fromStdString(list.dump(2)));
                return int(Ok);
            }
            if (proposals.isEmpty()) {
                print(QStringLiteral("No proposals."));
                return int(Ok);
            }
            QString text;
            for (const Proposal &p : proposals)
                text += QStringLiteral("%1  %2  %3  %4  %5 once + %6/month  %7 (%8 staff)\n")
                            .arg(p.number.leftJustified(12),
                                 proposalStatusLabel(p.status).leftJustified(8),
                                 proposalStyleLabel(store->styleOf(p)).leftJustified(8),
                                 p.validUntil.isValid() ? p.validUntil.toString(Qt::ISODate)
                                                        : QStringLiteral("-         "),
                                 p.oneOffTotal().toDisplayString().rightJustified(12),
                                 p.monthlyTotal().toDisplayString(), p.prospect.company)
                            .arg(p.prospect.staff);
            print(text);
            return int(Ok);
        },
    };
}

} // namespace clientele::cli
