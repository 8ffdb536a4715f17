#include "changetestdata.h"

#include "clientele/domain/proposalchanges.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace clientele;
using clientele::test::aud;
using clientele::test::change;
using clientele::test::sentProposal;

namespace {

using Changes = QList<FieldChange>;

const char *const kFree = "11111111-1111-4111-8111-111111111111";
const char *const kDays = "22222222-2222-4222-8222-222222222222";
const char *const kCare = "33333333-3333-4333-8333-333333333333";

std::string key(const char *prefix, const char *uuid, const char *part = nullptr)
{
    std::string text = std::string(prefix) + uuid;
    return part ? text + '/' + part : text;
}

} // namespace

TEST_CASE("A version compared with itself or with only its lifecycle changed has no changes",
          "[domain][proposalchanges]")
{
    const Proposal before = sentProposal();
    CHECK(proposalChanges(before, before).isEmpty());

    Proposal after = before;
    after.id = 7;
    after.status = ProposalStatus::Accepted;
    after.version = 2;
    after.sent = {{1,
                   QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC),
                   QDate(2026, 4, 1),
                   QByteArray("%PDF"),
                   QStringLiteral("ab"),
                   {},
                   {},
                   std::make_shared<const Proposal>(before)}};
    after.approvedBy = QStringLiteral("Mia");
    after.approvedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    after.outcome = {QDate(2026, 3, 20), QStringLiteral("Dave"), QStringLiteral("PO 12"), {}};
    after.printChanges = true;
    after.profileId = 3;
    after.prospectId = 4;
    after.uuid = QUuid::createUuid();
    CHECK(proposalChanges(before, after).isEmpty());
}

TEST_CASE("Each field of the prospect is a change of its own", "[domain][proposalchanges]")
{
    const Proposal before = sentProposal();
    Proposal after = before;
    SECTION("company")
    {
        after.prospect.company = QStringLiteral("Hunter Weighing");
        CHECK(proposalChanges(before, after)
              == Changes{
                  change("company", "Company", "Hunter Weighbridge Services", "Hunter Weighing")});
    }
    SECTION("contact")
    {
        after.prospect.contact = QStringLiteral("Dave Kowalski, Owner");
        CHECK(proposalChanges(before, after)
              == Changes{change("contact", "Contact", "Dave Kowalski", "Dave Kowalski, Owner")});
    }
    SECTION("staff")
    {
        after.prospect.staff = 12;
        CHECK(proposalChanges(before, after) == Changes{change("staff", "Staff", "8", "12")});
    }
    SECTION("industry")
    {
        after.prospect.industry = QStringLiteral("Weighbridge calibration");
        CHECK(
            proposalChanges(before, after)
            == Changes{change("industry", "Industry", "Weighbridges", "Weighbridge calibration")});
    }
    SECTION("current systems")
    {
        after.prospect.currentSystems = QStringLiteral("Xero, spreadsheets");
        CHECK(
            proposalChanges(before, after)
            == Changes{change("currentSystems", "Current systems", "Xero", "Xero, spreadsheets")});
    }
}

TEST_CASE("Number, style, currency and dates are each a change of their own",
          "[domain][proposalchanges]")
{
    Proposal before = sentProposal();
    Proposal after = before;
    SECTION("number")
    {
        after.number = QStringLiteral("P-2026-004");
        CHECK(proposalChanges(before, after)
              == Changes{change("number", "Number", "P-2026-001", "P-2026-004")});
    }
    SECTION("a style chosen where it followed the size")
    {
        after.styleOverride = ProposalStyle::Formal;
        CHECK(proposalChanges(before, after) == Changes{change("style", "Style", "", "Formal")});
    }
    SECTION("issued")
    {
        after.issued = QDate(2026, 3, 16);
        CHECK(proposalChanges(before, after)
              == Changes{change("issued", "Issued", "2026-03-02", "2026-03-16")});
    }
    SECTION("valid until")
    {
        after.validUntil = QDate(2026, 5, 1);
        CHECK(proposalChanges(before, after)
              == Changes{change("validUntil", "Valid until", "2026-04-01", "2026-05-01")});
    }
    SECTION("currency, which the totals are written in")
    {
        before.lines.clear();
        after = before;
        after.currency = QStringLiteral("NZD");
        CHECK(proposalChanges(before, after)
              == Changes{change("currency", "Currency", "AUD", "NZD"),
                         change("oneOffTotal", "One-off total", "AUD 0.00", "NZD 0.00"),
                         change("monthlyTotal", "Monthly total", "AUD 0.00", "NZD 0.00")});
    }
}

TEST_CASE("Needs and wants change entry by entry", "[domain][proposalchanges]")
{
    const Proposal before = sentProposal(); // needs: calibration records, invoices
    Proposal after = before;
    SECTION("a need added at the end")
    {
        after.needs.append(QStringLiteral("Stock levels the office can trust"));
        CHECK(proposalChanges(before, after)
              == Changes{change("needs/+2", "Needs", "", "Stock levels the office can trust")});
    }
    SECTION("the first need removed")
    {
        after.needs.removeFirst();
        CHECK(proposalChanges(before, after)
              == Changes{change("needs/-0", "Needs", "Calibration records from the job app", "")});
    }
    SECTION("a need reworded in place is its old text beside the new")
    {
        after.needs[1] = QStringLiteral("Invoices raised from completed jobs");
        CHECK(proposalChanges(before, after)
              == Changes{change("needs/1", "Needs", "Invoices from completed jobs",
                                "Invoices raised from completed jobs")});
    }
    SECTION("a need inserted before the others is added, the others unchanged")
    {
        after.needs.prepend(QStringLiteral("Fewer calls on site"));
        CHECK(proposalChanges(before, after)
              == Changes{change("needs/+0", "Needs", "", "Fewer calls on site")});
    }
    SECTION("one need removed and another added elsewhere are two changes")
    {
        after.needs = {QStringLiteral("Invoices from completed jobs"),
                       QStringLiteral("Fewer calls on site")};
        CHECK(proposalChanges(before, after)
              == Changes{change("needs/-0", "Needs", "Calibration records from the job app", ""),
                         change("needs/+1", "Needs", "", "Fewer calls on site")});
    }
    SECTION("a want reworded")
    {
        after.wants[0] = QStringLiteral("Keep Xero and the job app");
        CHECK(proposalChanges(before, after)
              == Changes{change("wants/0", "Wants", "Keep Xero", "Keep Xero and the job app")});
    }
}

TEST_CASE("A line kept reports each of its parts apart, labelled by its description",
          "[domain][proposalchanges]")
{
    const Proposal before = sentProposal(); // one-off AUD 2,800.00, monthly AUD 1,650.00
    Proposal after = before;
    SECTION("quantity, and the one-off total with it")
    {
        after.lines[1].quantity = 3;
        CHECK(proposalChanges(before, after)
              == Changes{change(key("lines/", kDays, "quantity").c_str(),
                                "Procedure writing day: quantity", "2", "3"),
                         change("oneOffTotal", "One-off total", "AUD 2,800.00", "AUD 4,200.00")});
    }
    SECTION("unit price, and the monthly total with it")
    {
        after.lines[2].unitPrice = aud(180000);
        CHECK(
            proposalChanges(before, after)
            == Changes{change(key("lines/", kCare, "unitPrice").c_str(),
                              "Systems care retainer: unit price", "AUD 1,650.00", "AUD 1,800.00"),
                       change("monthlyTotal", "Monthly total", "AUD 1,650.00", "AUD 1,800.00")});
    }
    SECTION("description, labelled with the new one")
    {
        after.lines[0].description = QStringLiteral("Free systems assessment");
        CHECK(proposalChanges(before, after)
              == Changes{change(key("lines/", kFree, "description").c_str(),
                                "Free systems assessment: description", "Free assessment",
                                "Free systems assessment")});
    }
    SECTION("billing, which moves the amount from one total to the other")
    {
        after.lines[2].billing = Billing::OneOff;
        CHECK(proposalChanges(before, after)
              == Changes{change(key("lines/", kCare, "billing").c_str(),
                                "Systems care retainer: billing", "Monthly", "One-off"),
                         change("oneOffTotal", "One-off total", "AUD 2,800.00", "AUD 4,450.00"),
                         change("monthlyTotal", "Monthly total", "AUD 1,650.00", "AUD 0.00")});
    }
}

TEST_CASE("Lines added and removed show their whole text", "[domain][proposalchanges]")
{
    const Proposal before = sentProposal();
    Proposal after = before;
    SECTION("a line added at the end")
    {
        after.lines.append(test::proposalLine(0, "Travel", 1, 25000, Billing::OneOff, ""));
        CHECK(
            proposalChanges(before, after)
            == Changes{change("lines/+3", "Recommended offers", "", "Travel: 1 × AUD 250.00 once"),
                       change("oneOffTotal", "One-off total", "AUD 2,800.00", "AUD 3,050.00")});
    }
    SECTION("a monthly line removed")
    {
        after.lines.removeLast();
        CHECK(proposalChanges(before, after)
              == Changes{change(key("lines/", kCare).c_str(), "Recommended offers",
                                "Systems care retainer: 1 × AUD 1,650.00 a month", ""),
                         change("monthlyTotal", "Monthly total", "AUD 1,650.00", "AUD 0.00")});
    }
    SECTION("a line replaced by another: the removed one first")
    {
        after.lines[1] = test::proposalLine(5, "Stocktake day", 1, 120000, Billing::OneOff,
                                            "44444444-4444-4444-8444-444444444444");
        CHECK(proposalChanges(before, after)
              == Changes{change(key("lines/", kDays).c_str(), "Recommended offers",
                                "Procedure writing day: 2 × AUD 1,400.00 once", ""),
                         change("lines/44444444-4444-4444-8444-444444444444", "Recommended offers",
                                "", "Stocktake day: 1 × AUD 1,200.00 once"),
                         change("oneOffTotal", "One-off total", "AUD 2,800.00", "AUD 1,200.00")});
    }
}

TEST_CASE("Lines without the same uuid are matched by offer, then by description",
          "[domain][proposalchanges]")
{
    const Proposal before = sentProposal();
    Proposal after = before;
    for (ProposalLine &line : after.lines)
        line.uuid = QUuid();
    SECTION("by offer: a renamed line of the same offer is one line")
    {
        after.lines[1].description = QStringLiteral("Procedure day");
        CHECK(proposalChanges(before, after)
              == Changes{change("lines/1/description", "Procedure day: description",
                                "Procedure writing day", "Procedure day")});
    }
    SECTION("by description: lines outside the catalogue, in another order")
    {
        Proposal outside = before;
        for (ProposalLine &line : outside.lines)
            line.offerId = 0;
        after = outside;
        for (ProposalLine &line : after.lines)
            line.uuid = QUuid();
        after.lines.move(2, 0);
        after.lines[0].quantity = 2;
        CHECK(proposalChanges(outside, after)
              == Changes{change("lines/0/quantity", "Systems care retainer: quantity", "1", "2"),
                         change("monthlyTotal", "Monthly total", "AUD 1,650.00", "AUD 3,300.00")});
    }
}

TEST_CASE("Terms, next step and executive summary are each a change of their own",
          "[domain][proposalchanges]")
{
    const Proposal before = sentProposal();
    Proposal after = before;
    SECTION("terms")
    {
        after.terms = QStringLiteral("All on acceptance.");
        CHECK(proposalChanges(before, after)
              == Changes{change("terms", "Terms", "Half on acceptance.", "All on acceptance.")});
    }
    SECTION("next step")
    {
        after.nextStep = QStringLiteral("Sign below.");
        CHECK(proposalChanges(before, after)
              == Changes{change("nextStep", "Next step", "Call me.", "Sign below.")});
    }
    SECTION("executive summary")
    {
        after.executiveSummary = QStringLiteral("One system for jobs.");
        CHECK(proposalChanges(before, after)
              == Changes{
                  change("executiveSummary", "Executive summary", "", "One system for jobs.")});
    }
}

TEST_CASE("Risks, milestones and benefits change row by row", "[domain][proposalchanges]")
{
    const Proposal before = sentProposal();
    Proposal after = before;
    SECTION("a risk added")
    {
        after.risks.append({QStringLiteral("Technicians resist"), RiskLevel::Medium,
                            RiskLevel::High, QStringLiteral("Trial the app first")});
        CHECK(proposalChanges(before, after)
              == Changes{change("risks/+1", "Risks", "",
                                "Technicians resist\tmedium\thigh\tTrial the app first")});
    }
    SECTION("a milestone moved")
    {
        after.milestones[0].date = QDate(2026, 7, 27);
        CHECK(proposalChanges(before, after)
              == Changes{change("milestones/0", "Milestones", "Go-live\t2026-07-13\tLedgerline",
                                "Go-live\t2026-07-27\tLedgerline")});
    }
    SECTION("a benefit's amount")
    {
        after.benefits[0].amount = aud(120000);
        CHECK(proposalChanges(before, after)
              == Changes{change("benefits/0", "Benefits", "Office time saved\tAUD 900.00\tmonthly",
                                "Office time saved\tAUD 1,200.00\tmonthly")});
    }
    SECTION("a benefit removed")
    {
        after.benefits.clear();
        CHECK(proposalChanges(before, after)
              == Changes{
                  change("benefits/-0", "Benefits", "Office time saved\tAUD 900.00\tmonthly", "")});
    }
}

TEST_CASE("Changes come in the order the document reads", "[domain][proposalchanges]")
{
    const Proposal before = sentProposal();
    Proposal after = before;
    after.benefits[0].amount = aud(100000);
    after.risks.clear();
    after.terms = QStringLiteral("Monthly in advance.");
    after.lines[1].quantity = 1;
    after.wants.clear();
    after.needs[0] = QStringLiteral("Records");
    after.validUntil = QDate(2026, 5, 1);
    after.issued = QDate(2026, 3, 20);
    after.styleOverride = ProposalStyle::Informal;
    after.prospect.staff = 9;
    after.prospect.company = QStringLiteral("Hunter Weighing");
    after.number = QStringLiteral("P-2026-009");
    QStringList keys;
    for (const FieldChange &c : proposalChanges(before, after))
        keys << c.key;
    CHECK(keys
          == QStringList{
              QStringLiteral("number"), QStringLiteral("company"), QStringLiteral("staff"),
              QStringLiteral("style"), QStringLiteral("issued"), QStringLiteral("validUntil"),
              QStringLiteral("needs/0"), QStringLiteral("wants/-0"),
              QLatin1String("lines/") + QLatin1String(kDays) + QLatin1String("/quantity"),
              QStringLiteral("oneOffTotal"), QStringLiteral("terms"), QStringLiteral("risks/-0"),
              QStringLiteral("benefits/0")});
}
