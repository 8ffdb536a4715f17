#include "changetestdata.h"

#include "clientele/domain/pipeline.h"

#include <catch2/catch.hpp>

using namespace clientele;
using clientele::test::aud;

namespace {

ProposalLine line(qint64 cents, int quantity, Billing billing)
{
    return {0, QStringLiteral("x"), quantity, aud(cents), billing};
}

Proposal proposal(ProposalStatus status, QList<ProposalLine> lines,
                  const QString &currency = QStringLiteral("AUD"))
{
    Proposal p;
    p.status = status;
    p.currency = currency;
    p.lines = std::move(lines);
    for (ProposalLine &l : p.lines)
        l.unitPrice = Money(l.unitPrice.minorUnits(), currency);
    return p;
}

// Sent at midday of `day` where the user is, as the application stamps it (in UTC).
void sentOn(Proposal &p, const QDate &day)
{
    ProposalVersion version;
    version.version = int(p.sent.size()) + 1;
    version.sentAt = QDateTime(day, QTime(12, 0)).toUTC();
    p.sent.append(version);
    p.version = version.version;
}

void decidedOn(Proposal &p, ProposalStatus status, const QDate &day)
{
    p.status = status;
    p.outcome.date = day;
}

// One draft, one sent, two won and two lost, one of them never sent.
QList<Proposal> smallList()
{
    const auto once = Billing::OneOff;
    const auto monthly = Billing::Monthly;
    Proposal draft = proposal(ProposalStatus::Draft, {line(100000, 1, once)}); // 1,000
    Proposal sent = proposal(ProposalStatus::Sent, {line(50000, 2, once), line(10000, 1, monthly)});
    sentOn(sent, QDate(2026, 3, 2)); // 1,000 + 12 × 100 = 2,200
    Proposal wonQuickly =
        proposal(ProposalStatus::Draft, {line(300000, 1, once), line(20000, 1, monthly)});
    sentOn(wonQuickly, QDate(2026, 3, 1)); // 3,000 + 12 × 200 = 5,400
    decidedOn(wonQuickly, ProposalStatus::Accepted, QDate(2026, 3, 11)); // 10 days
    Proposal wonRevised = proposal(ProposalStatus::Draft, {line(50000, 1, monthly)});
    sentOn(wonRevised, QDate(2026, 2, 1)); // 12 × 500 = 6,000
    sentOn(wonRevised, QDate(2026, 2, 20));
    decidedOn(wonRevised, ProposalStatus::Accepted, QDate(2026, 3, 6)); // from Feb 1: 33 days
    Proposal lost = proposal(ProposalStatus::Draft, {line(80000, 1, once)});
    sentOn(lost, QDate(2026, 3, 10));                              // 800
    decidedOn(lost, ProposalStatus::Declined, QDate(2026, 3, 14)); // 4 days
    Proposal lostUnsent = proposal(ProposalStatus::Draft, {});
    decidedOn(lostUnsent, ProposalStatus::Declined, QDate(2026, 3, 20));
    return {draft, sent, wonQuickly, wonRevised, lost, lostUnsent};
}

} // namespace

namespace Catch {
template <> struct StringMaker<Money> {
    static std::string convert(const Money &m)
    {
        return (m.currency() + u' ' + m.toString()).toStdString();
    }
};
template <> struct StringMaker<StatusFigures> {
    static std::string convert(const StatusFigures &f)
    {
        return std::to_string(f.count) + " worth " + StringMaker<Money>::convert(f.value);
    }
};
} // namespace Catch

TEST_CASE("A proposal's value is its one-off total and a year of its monthly total",
          "[domain][pipeline]")
{
    const Proposal p = proposal(ProposalStatus::Draft,
                                {line(50000, 2, Billing::OneOff), line(10000, 1, Billing::Monthly),
                                 line(2500, 2, Billing::Monthly)});
    // 2 × 500 + 12 × (100 + 2 × 25) = 1,000 + 1,800
    CHECK(firstYearValue(p) == aud(280000));
}

TEST_CASE("Pipeline figures of a small list by hand", "[domain][pipeline]")
{
    const PipelineFigures figures = pipelineFigures(smallList(), QStringLiteral("AUD"));
    CHECK(figures.draft == StatusFigures{1, aud(100000)});
    CHECK(figures.sent == StatusFigures{1, aud(220000)});
    CHECK(figures.won == StatusFigures{2, aud(1140000)}); // 5,400 + 6,000
    CHECK(figures.lost == StatusFigures{2, aud(80000)});
    CHECK(figures.of(ProposalStatus::Accepted) == figures.won);
    CHECK(figures.sentValue() == aud(220000));
    CHECK(figures.wonValue() == aud(1140000));
    CHECK(figures.monthlyWon == aud(70000)); // 200 + 500
    // 2 won of 4 decided.
    CHECK(figures.winRateTenthsPercent == 500);
    // (10 + 33 + 4) / 3 = 15.67 days; the one never sent is left out.
    CHECK(figures.daysToDecisionTenths == 157);
    CHECK(figures.otherCurrencies == 0);
}

TEST_CASE("Proposals in another currency are counted but not summed", "[domain][pipeline]")
{
    QList<Proposal> list = smallList();
    Proposal nzd =
        proposal(ProposalStatus::Draft, {line(100000, 1, Billing::Monthly)}, QStringLiteral("NZD"));
    sentOn(nzd, QDate(2026, 3, 1));
    decidedOn(nzd, ProposalStatus::Accepted, QDate(2026, 3, 3)); // 2 days
    list.append(nzd);
    const PipelineFigures figures = pipelineFigures(list, QStringLiteral("AUD"));
    CHECK(figures.won == StatusFigures{3, aud(1140000)});
    CHECK(figures.monthlyWon == aud(70000));
    CHECK(figures.otherCurrencies == 1);
    // 3 of 5: 60.0 %. (10 + 33 + 4 + 2) / 4 = 12.25 days, 12.3 rounded half away from zero.
    CHECK(figures.winRateTenthsPercent == 600);
    CHECK(figures.daysToDecisionTenths == 123);
}

TEST_CASE("With nothing decided there is no win rate and no time to decide", "[domain][pipeline]")
{
    const PipelineFigures none = pipelineFigures({}, QStringLiteral("AUD"));
    CHECK(none.draft == StatusFigures{0, aud(0)});
    CHECK(none.wonValue() == aud(0));
    CHECK_FALSE(none.winRateTenthsPercent.has_value());
    CHECK_FALSE(none.daysToDecisionTenths.has_value());

    QList<Proposal> open = smallList().mid(0, 2);
    // Sent again after a decision was undone: open, whatever date the outcome kept.
    open[1].outcome.date = QDate(2026, 3, 9);
    const PipelineFigures undecided = pipelineFigures(open, QStringLiteral("AUD"));
    CHECK_FALSE(undecided.winRateTenthsPercent.has_value());
    CHECK_FALSE(undecided.daysToDecisionTenths.has_value());
    // Lost without ever being sent: a win rate of 0, still no time from sending.
    const PipelineFigures unsent = pipelineFigures({smallList().last()}, QStringLiteral("AUD"));
    CHECK(unsent.winRateTenthsPercent == 0);
    CHECK_FALSE(unsent.daysToDecisionTenths.has_value());
}

TEST_CASE("Pipeline figures of the sample's proposals, counted by hand", "[domain][pipeline]")
{
    // The sample workspace's two proposals. P-2026-001, sent on 2 March: one-off 0 + 2 × 1,400
    // = 2,800, monthly 1,650, worth 2,800 + 19,800 = 22,600. P-2026-002, a draft: one-off
    // 0 + 18,500 + 3 × 1,400 = 22,700, monthly 1,650, worth 22,700 + 19,800 = 42,500.
    const auto once = Billing::OneOff;
    Proposal letter = proposal(ProposalStatus::Sent, {line(0, 1, once), line(140000, 2, once),
                                                      line(165000, 1, Billing::Monthly)});
    sentOn(letter, QDate(2026, 3, 2));
    Proposal formal =
        proposal(ProposalStatus::Draft, {line(0, 1, once), line(1850000, 1, once),
                                         line(140000, 3, once), line(165000, 1, Billing::Monthly)});

    PipelineFigures figures = pipelineFigures({letter, formal}, QStringLiteral("AUD"));
    CHECK(figures.draft == StatusFigures{1, aud(4250000)});
    CHECK(figures.sent == StatusFigures{1, aud(2260000)});
    CHECK(figures.won == StatusFigures{0, aud(0)});
    CHECK(figures.lost == StatusFigures{0, aud(0)});
    CHECK_FALSE(figures.winRateTenthsPercent.has_value());

    // The letter won on 16 March (14 days); the formal proposal sent on 9 March and lost on
    // price on 2 April (24 days).
    decidedOn(letter, ProposalStatus::Accepted, QDate(2026, 3, 16));
    sentOn(formal, QDate(2026, 3, 9));
    decidedOn(formal, ProposalStatus::Declined, QDate(2026, 4, 2));
    formal.outcome.lostReason = QStringLiteral("Price");
    figures = pipelineFigures({letter, formal}, QStringLiteral("AUD"));
    CHECK(figures.draft.count + figures.sent.count == 0);
    CHECK(figures.won == StatusFigures{1, aud(2260000)});
    CHECK(figures.lost == StatusFigures{1, aud(4250000)});
    CHECK(figures.monthlyWon == aud(165000));
    CHECK(figures.winRateTenthsPercent == 500);
    CHECK(figures.daysToDecisionTenths == 190); // (14 + 24) / 2
}
