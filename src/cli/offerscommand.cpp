#include "listing.h"

#include "clientele/core/offercatalogue.h"
#include "clientele/domain/ladder.h"

#include <nlohmann/json.hpp>

namespace clientele::cli {

namespace {

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
    QString price = offer.isFree() ? Cli::tr("free") : offer.price.toDisplayString();
    if (offer.isMonthly())
        price = Cli::tr("%1/month").arg(price);
    QString line =
        QStringLiteral("%1  %2  %3  %4")
            .arg(QString::number(offer.id).rightJustified(4),
                 (offer.ladder ? ladderStageLabel(offer.ladder->stage) : QStringLiteral("-"))
                     .leftJustified(10),
                 offerKindLabel(offer.kind).leftJustified(19), price.rightJustified(14));
    line += QStringLiteral("  ") + offer.name;
    if (offer.isMonthly()) {
        const RetainerTerms &terms = offer.retainer;
        QStringList details{Cli::tr("%1 h/month").arg(terms.hoursPerMonth),
                            terms.unusedHoursCarryOver ? Cli::tr("unused hours carry over")
                                                       : Cli::tr("unused hours lapse")};
        if (const auto rate = terms.effectiveHourlyRate())
            details << Cli::tr("%1/hour").arg(rate->toDisplayString());
        details << Cli::tr("%1/year").arg(terms.yearlyValue().toDisplayString());
        line += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
    }
    return line;
}

} // namespace

CliCommand offersCommand()
{
    return listingCommand(QStringLiteral("offers"),
                          Cli::tr("List the offers, up the ladder first, then those off it."),
                          [](Workspace &workspace, bool json) {
                              const OfferCatalogue *offers = workspace.offers();
                              QList<Offer> ordered = offers->ladder();
                              for (const Offer &offer : offers->all())
                                  if (!offer.ladder)
                                      ordered.append(offer);
                              if (json) {
                                  nlohmann::ordered_json list = nlohmann::ordered_json::array();
                                  for (const Offer &offer : ordered)
                                      list.push_back(offerJson(offer));
                                  print(QString::fromStdString(list.dump(2)));
                                  return int(Ok);
                              }
                              if (ordered.isEmpty()) {
                                  print(Cli::tr("No offers."));
                                  return int(Ok);
                              }
                              QString text;
                              for (const Offer &offer : ordered)
                                  text += offerLine(offer) + QLatin1Char('\n');
                              print(text);
                              return int(Ok);
                          });
}

} // namespace clientele::cli
