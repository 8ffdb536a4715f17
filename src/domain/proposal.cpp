#include "clientele/domain/proposal.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace clientele {

namespace {

template <typename T>
std::optional<T> fromKey(const QString &key, QList<T> values, QString (*keyOf)(T))
{
    for (T value : values)
        if (keyOf(value) == key)
            return value;
    return std::nullopt;
}

Money sumOf(const Proposal &proposal, Billing billing)
{
    Money total(0, proposal.currency);
    for (const ProposalLine &line : proposal.lines)
        if (line.billing == billing)
            total += line.total();
    return total;
}

} // namespace

QList<ProposalStatus> allProposalStatuses()
{
    return {ProposalStatus::Draft, ProposalStatus::Sent, ProposalStatus::Accepted,
            ProposalStatus::Declined};
}

QString proposalStatusKey(ProposalStatus status)
{
    switch (status) {
    case ProposalStatus::Draft: return QStringLiteral("draft");
    case ProposalStatus::Sent: return QStringLiteral("sent");
    case ProposalStatus::Accepted: return QStringLiteral("accepted");
    case ProposalStatus::Declined: return QStringLiteral("declined");
    }
    return {};
}

std::optional<ProposalStatus> proposalStatusFromKey(const QString &key)
{
    return fromKey(key, allProposalStatuses(), &proposalStatusKey);
}

QString proposalStatusLabel(ProposalStatus status)
{
    switch (status) {
    case ProposalStatus::Draft: return QCoreApplication::translate("clientele::Proposal", "Draft");
    case ProposalStatus::Sent: return QCoreApplication::translate("clientele::Proposal", "Sent");
    case ProposalStatus::Accepted:
        return QCoreApplication::translate("clientele::Proposal", "Accepted");
    case ProposalStatus::Declined:
        return QCoreApplication::translate("clientele::Proposal", "Declined");
    }
    return {};
}

QString proposalStyleKey(ProposalStyle style)
{
    return style == ProposalStyle::Formal ? QStringLiteral("formal") : QStringLiteral("informal");
}

std::optional<ProposalStyle> proposalStyleFromKey(const QString &key)
{
    return fromKey(key, {ProposalStyle::Informal, ProposalStyle::Formal}, &proposalStyleKey);
}

QString proposalStyleLabel(ProposalStyle style)
{
    return style == ProposalStyle::Formal
               ? QCoreApplication::translate("clientele::Proposal", "Formal")
               : QCoreApplication::translate("clientele::Proposal", "Informal");
}

QString riskLevelKey(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low: return QStringLiteral("low");
    case RiskLevel::Medium: return QStringLiteral("medium");
    case RiskLevel::High: return QStringLiteral("high");
    }
    return {};
}

std::optional<RiskLevel> riskLevelFromKey(const QString &key)
{
    return fromKey(key, {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High}, &riskLevelKey);
}

QString riskLevelLabel(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low: return QCoreApplication::translate("clientele::Proposal", "Low");
    case RiskLevel::Medium: return QCoreApplication::translate("clientele::Proposal", "Medium");
    case RiskLevel::High: return QCoreApplication::translate("clientele::Proposal", "High");
    }
    return {};
}

QString billingKey(Billing billing)
{
    return billing == Billing::Monthly ? QStringLiteral("monthly") : QStringLiteral("once");
}

std::optional<Billing> billingFromKey(const QString &key)
{
    return fromKey(key, {Billing::OneOff, Billing::Monthly}, &billingKey);
}

ProposalStyle styleForStaff(int staff, int threshold)
{
    return staff < threshold ? ProposalStyle::Informal : ProposalStyle::Formal;
}

ProposalStyle Proposal::style(int threshold) const
{
    return styleOverride.value_or(styleForStaff(prospect.staff, threshold));
}

Money Proposal::oneOffTotal() const
{
    return sumOf(*this, Billing::OneOff);
}

Money Proposal::monthlyTotal() const
{
    return sumOf(*this, Billing::Monthly);
}

bool Proposal::isExpired(const QDate &today) const
{
    const bool open = status == ProposalStatus::Draft || status == ProposalStatus::Sent;
    return open && validUntil.isValid() && validUntil < today;
}

Status validateProposal(const Proposal &proposal)
{
    if (proposal.number.trimmed().isEmpty())
        return Error{
            QCoreApplication::translate("clientele::Proposal", "A proposal needs a number.")};
    if (proposal.prospect.staff < 0)
        return Error{QCoreApplication::translate("clientele::Proposal",
                                                 "The number of staff cannot be negative.")};
    for (const ProposalLine &line : proposal.lines) {
        if (line.quantity < 1)
            return Error{QCoreApplication::translate("clientele::Proposal",
                                                     "A quantity must be at least 1.")};
        if (line.unitPrice.isNegative())
            return Error{
                QCoreApplication::translate("clientele::Proposal", "A price cannot be negative.")};
    }
    return success();
}

QString nextProposalNumber(int year, const QStringList &taken)
{
    for (int n = 1;; ++n) {
        QString number = QStringLiteral("P-%1-%2").arg(year).arg(n, 3, 10, QLatin1Char('0'));
        if (!taken.contains(number))
            return number;
    }
}

} // namespace clientele
