#pragma once

// Printing field changes in failures, and a proposal with every field filled in, for the tests
// of the change lists.

#include "clientele/domain/itemfields.h"
#include "clientele/domain/proposal.h"

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<clientele::FieldChange> {
    static std::string convert(const clientele::FieldChange &c)
    {
        return "{" + c.key.toStdString() + " | " + c.label.toStdString() + " | \""
               + c.before.toStdString() + "\" -> \"" + c.after.toStdString() + "\"}";
    }
};
} // namespace Catch

namespace clientele::test {

inline FieldChange change(const char *key, const char *label, const char *before, const char *after)
{
    return {QString::fromUtf8(key), QString::fromUtf8(label), QString::fromUtf8(before),
            QString::fromUtf8(after)};
}

inline Money aud(qint64 cents)
{
    return Money(cents, QStringLiteral("AUD"));
}

inline ProposalLine proposalLine(qint64 offerId, const char *description, int quantity,
                                 qint64 cents, Billing billing, const char *uuid)
{
    return {offerId, QString::fromUtf8(description),        quantity, aud(cents),
            billing, QUuid::fromString(QLatin1String(uuid))};
}

// A version 1 as a consultant sends it: one-off AUD 2,800.00 (a free assessment and two
// procedure days), monthly AUD 1,650.00.
inline Proposal sentProposal()
{
    Proposal p;
    p.number = QStringLiteral("P-2026-001");
    p.prospect = {QStringLiteral("Hunter Weighbridge Services"), QStringLiteral("Dave Kowalski"), 8,
                  QStringLiteral("Weighbridges"), QStringLiteral("Xero")};
    p.issued = QDate(2026, 3, 2);
    p.validUntil = QDate(2026, 4, 1);
    p.needs = {QStringLiteral("Calibration records from the job app"),
               QStringLiteral("Invoices from completed jobs")};
    p.wants = {QStringLiteral("Keep Xero")};
    p.lines = {
        proposalLine(1, "Free assessment", 1, 0, Billing::OneOff,
                     "11111111-1111-4111-8111-111111111111"),
        proposalLine(4, "Procedure writing day", 2, 140000, Billing::OneOff,
                     "22222222-2222-4222-8222-222222222222"),
        proposalLine(3, "Systems care retainer", 1, 165000, Billing::Monthly,
                     "33333333-3333-4333-8333-333333333333"),
    };
    p.terms = QStringLiteral("Half on acceptance.");
    p.nextStep = QStringLiteral("Call me.");
    p.risks = {{QStringLiteral("Stock data incomplete"), RiskLevel::High, RiskLevel::Medium,
                QStringLiteral("Stocktake first")}};
    p.milestones = {{QStringLiteral("Go-live"), QDate(2026, 7, 13), QStringLiteral("Ledgerline")}};
    p.benefits = {{QStringLiteral("Office time saved"), aud(90000), Billing::Monthly}};
    return p;
}

} // namespace clientele::test
