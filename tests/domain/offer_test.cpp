#include "clientele/domain/ladder.h"
#include "clientele/domain/offer.h"
#include "clientele/domain/proposal.h"
#include "clientele/domain/proposalfinance.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

Money aud(qint64 cents)
{
    return Money(cents, QStringLiteral("AUD"));
}

ProposalLine line(qint64 cents, int quantity, Billing billing)
{
    ProposalLine l;
    l.description = QStringLiteral("x");
    l.quantity = quantity;
    l.unitPrice = aud(cents);
    l.billing = billing;
    return l;
}

} // namespace

TEST_CASE("A retainer's effective hourly rate and yearly value are exact to the cent",
          "[domain][offer]")
{
    RetainerTerms terms;
    terms.monthlyFee = aud(165000);
    terms.hoursPerMonth = 12;
    CHECK(terms.effectiveHourlyRate() == aud(13750));
    CHECK(terms.yearlyValue() == aud(1980000));
    terms.minimumTermMonths = 12;
    CHECK(terms.minimumTermValue() == aud(1980000));

    // $1,000 for 3 hours is $333.333... -> $333.33; $1,000.01 for 6 hours is 166.668... -> .67
    terms.monthlyFee = aud(100000);
    terms.hoursPerMonth = 3;
    CHECK(terms.effectiveHourlyRate() == aud(33333));
    terms.monthlyFee = aud(100001);
    terms.hoursPerMonth = 6;
    CHECK(terms.effectiveHourlyRate() == aud(16667));
    // Exactly half a cent rounds away from zero: $0.05 / 2 = $0.03.
    terms.monthlyFee = aud(5);
    terms.hoursPerMonth = 2;
    CHECK(terms.effectiveHourlyRate() == aud(3));

    terms.hoursPerMonth = 0;
    CHECK_FALSE(terms.effectiveHourlyRate().has_value());
    CHECK_FALSE(RetainerTerms{}.unusedHoursCarryOver);
}

TEST_CASE("Payback and return follow the documented formulas", "[domain][proposal]")
{
    Proposal p;
    p.currency = QStringLiteral("AUD");
    p.lines = {line(1850000, 1, Billing::OneOff), line(140000, 3, Billing::OneOff),
               line(165000, 1, Billing::Monthly)};
    p.benefits = {{QStringLiteral("time"), aud(544000), Billing::Monthly},
                  {QStringLiteral("stock"), aud(400000), Billing::OneOff}};
    CHECK(p.oneOffTotal() == aud(2270000));
    CHECK(p.monthlyTotal() == aud(165000));

    const CostBenefit cb = CostBenefit::of(p);
    CHECK(cb.costOver(12) == aud(2270000 + 12 * 165000));
    CHECK(cb.benefitOver(12) == aud(400000 + 12 * 544000));
    CHECK(cb.returnOneYear() == aud(2678000));
    CHECK(cb.returnThreeYears() == aud(400000 + 36 * 544000 - 2270000 - 36 * 165000));
    // (22,700 - 4,000) / (5,440 - 1,650) = 4.934... -> 4.9 months
    CHECK(cb.paybackTenthsOfMonth() == 49);
    CHECK(formatTenths(49) == QStringLiteral("4.9"));
    // 26,780 / 42,500 = 63.01 % -> 630 tenths
    CHECK(cb.roiTenthsPercent(12) == 630);

    SECTION("nothing owed up front pays back at once")
    {
        CostBenefit free;
        free.oneOffBenefit = aud(100);
        CHECK(free.paybackTenthsOfMonth() == 0);
        CHECK_FALSE(free.roiTenthsPercent(12).has_value());
    }
    SECTION("benefits that never cover the monthly cost never pay back")
    {
        CostBenefit never;
        never.oneOffCost = aud(1000);
        never.monthlyCost = aud(500);
        never.monthlyBenefit = aud(500);
        CHECK_FALSE(never.paybackTenthsOfMonth().has_value());
        CHECK(never.returnOneYear() == aud(-1000));
    }
    SECTION("payback rounds half away from zero")
    {
        CostBenefit half;
        half.oneOffCost = aud(125); // 1.25 months of 100 -> 12.5 tenths -> 13
        half.monthlyBenefit = aud(100);
        CHECK(half.paybackTenthsOfMonth() == 13);
        CHECK(formatTenths(13) == QStringLiteral("1.3"));
        CHECK(formatTenths(120) == QStringLiteral("12"));
        CHECK(formatTenths(-5) == QStringLiteral("-0.5"));
    }
}

TEST_CASE("Proposal style follows the staff count unless overridden", "[domain][proposal]")
{
    CHECK(styleForStaff(8, 20) == ProposalStyle::Informal);
    CHECK(styleForStaff(19, 20) == ProposalStyle::Informal);
    CHECK(styleForStaff(20, 20) == ProposalStyle::Formal);
    CHECK(styleForStaff(60, 20) == ProposalStyle::Formal);
    CHECK(styleForStaff(0, 20) == ProposalStyle::Informal);
    CHECK(styleForStaff(8, 5) == ProposalStyle::Formal);

    Proposal p;
    p.prospect.staff = 60;
    CHECK(p.style(kDefaultFormalStaffThreshold) == ProposalStyle::Formal);
    p.styleOverride = ProposalStyle::Informal;
    CHECK(p.style(kDefaultFormalStaffThreshold) == ProposalStyle::Informal);
    p.prospect.staff = 3;
    p.styleOverride = ProposalStyle::Formal;
    CHECK(p.style(kDefaultFormalStaffThreshold) == ProposalStyle::Formal);
}

TEST_CASE("A proposal expires when the version the prospect holds runs out, until closed",
          "[domain][proposal]")
{
    Proposal p;
    const QDate today(2026, 12, 6);
    p.validUntil = QDate(2026, 12, 5);
    CHECK_FALSE(p.isExpired(today)); // a draft never sent: its clock has not started
    ProposalVersion sent;
    sent.validUntil = QDate(2026, 12, 6);
    p.sent.append(sent);
    p.status = ProposalStatus::Sent;
    CHECK_FALSE(p.isExpired(today)); // valid through its last day
    p.sent[0].validUntil = QDate(2026, 12, 5);
    CHECK(p.isExpired(today));
    // Revising it does not renew what the prospect holds; sending the next version does.
    p.version = 2;
    p.status = ProposalStatus::Draft;
    CHECK(p.isExpired(today));
    p.status = ProposalStatus::Accepted;
    CHECK_FALSE(p.isExpired(today));
    p.status = ProposalStatus::Declined;
    CHECK_FALSE(p.isExpired(today));
}

TEST_CASE("A sent version is frozen until the proposal is revised", "[domain][proposal]")
{
    Proposal p;
    p.number = QStringLiteral("P-2026-001");
    p.terms = QStringLiteral("Net 14");
    CHECK_FALSE(p.isFrozen());
    ProposalVersion v;
    v.version = 1;
    v.sentAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    p.sent.append(v);
    CHECK(p.isFrozen());
    Proposal edited = p;
    edited.terms = QStringLiteral("Net 30");
    const Status refused = checkNotFrozen(p, edited);
    REQUIRE_FALSE(refused);
    CHECK(refused.errorMessage().contains(QStringLiteral("Version 1 of P-2026-001")));
    // Closing it changes only its outcome: allowed.
    Proposal won = p;
    won.status = ProposalStatus::Accepted;
    won.outcome.acceptedBy = QStringLiteral("Jo");
    CHECK(checkNotFrozen(p, won));
    // The next version is a draft again.
    edited.version = 2;
    CHECK(checkNotFrozen(p, edited));
}

TEST_CASE("A formal proposal above the threshold needs an approval", "[domain][proposal]")
{
    Proposal p;
    p.currency = QStringLiteral("AUD");
    p.lines.append({0, QStringLiteral("Set-up"), 2, Money(250000, QStringLiteral("AUD"))});
    p.lines.append(
        {0, QStringLiteral("Support"), 1, Money(900000, QStringLiteral("AUD")), Billing::Monthly});
    const Money threshold(500000, QStringLiteral("AUD")); // $5,000; one-off total is $5,000
    CHECK_FALSE(needsApproval(p, ProposalStyle::Formal, threshold)); // at, not above
    p.lines[0].quantity = 3;                                         // $7,500
    CHECK(needsApproval(p, ProposalStyle::Formal, threshold));
    CHECK_FALSE(needsApproval(p, ProposalStyle::Informal, threshold));
    CHECK_FALSE(needsApproval(p, ProposalStyle::Formal, Money(0, QStringLiteral("AUD"))));
}

TEST_CASE("Keys round-trip and proposal numbers count up per year", "[domain][proposal]")
{
    for (OfferKind kind : allOfferKinds())
        CHECK(offerKindFromKey(offerKindKey(kind)) == kind);
    for (LadderStage stage : allLadderStages())
        CHECK(ladderStageFromKey(ladderStageKey(stage)) == stage);
    for (ProposalStatus status : allProposalStatuses())
        CHECK(proposalStatusFromKey(proposalStatusKey(status)) == status);
    CHECK_FALSE(offerKindFromKey(QStringLiteral("Retainer")).has_value());
    CHECK(nextProposalNumber(2026, {}) == QStringLiteral("P-2026-001"));
    CHECK(nextProposalNumber(2026, {QStringLiteral("P-2026-001"), QStringLiteral("P-2026-002")})
          == QStringLiteral("P-2026-003"));
    CHECK(nextProposalNumber(2027, {QStringLiteral("P-2026-001")}) == QStringLiteral("P-2027-001"));
}

TEST_CASE("The ladder climbs entry, core, continuing and skips offers off it", "[domain][offer]")
{
    auto rung = [](qint64 id, LadderStage stage, int position) {
        Offer o;
        o.id = id;
        o.name = QString::number(id);
        o.ladder = LadderPlace{stage, position, {}};
        return o;
    };
    Offer off;
    off.id = 9;
    const QList<Offer> offers = {rung(1, LadderStage::Continuing, 1), off,
                                 rung(2, LadderStage::Entry, 5), rung(3, LadderStage::Core, 2),
                                 rung(4, LadderStage::Entry, 1)};
    QList<qint64> order;
    for (const Offer &o : ladderOf(offers))
        order << o.id;
    CHECK(order == QList<qint64>{4, 2, 3, 1});
    const QList<Offer> renumbered = renumberedLadder(offers);
    CHECK(renumbered.at(4).ladder->position == 1);
    CHECK(renumbered.at(2).ladder->position == 2);
    CHECK(renumbered.at(3).ladder->position == 3);
    CHECK(renumbered.at(0).ladder->position == 4);
    CHECK_FALSE(renumbered.at(1).ladder.has_value());
}

TEST_CASE("Offers are normalised and validated", "[domain][offer]")
{
    Offer retainer;
    retainer.name = QStringLiteral("Care");
    retainer.kind = OfferKind::MonthlyRetainer;
    retainer.price = aud(165000);
    retainer.assessment = AssessmentDeliverable::standard();
    const Offer normal = normalisedOffer(retainer);
    CHECK(normal.retainer.monthlyFee == aud(165000));
    CHECK(normal.assessment == AssessmentDeliverable{});
    CHECK(validateOffer(normal).ok());

    Offer unnamed = normal;
    unnamed.name = QStringLiteral("  ");
    CHECK_FALSE(validateOffer(unnamed).ok());
    Offer negative = normal;
    negative.price = aud(-1);
    CHECK_FALSE(validateOffer(negative).ok());

    const QStringList questions = AssessmentDeliverable::identificationQuestions();
    CHECK(questions.join(QLatin1Char(' ')).contains(QStringLiteral("psychographic")));
    CHECK(questions.join(QLatin1Char(' ')).contains(QStringLiteral("sold to")));
}
