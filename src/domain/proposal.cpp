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
    case ProposalStatus::Accepted: return QCoreApplication::translate("clientele::Proposal", "Won");
    case ProposalStatus::Declined:
        return QCoreApplication::translate("clientele::Proposal", "Lost");
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
    // Validity runs from sending: what expires is the version the prospect holds.
    if (isClosed())
        return false;
    const ProposalVersion *held = lastSent();
    return held && held->validUntil.isValid() && held->validUntil < today;
}

int Proposal::validityDays() const
{
    return issued.isValid() && validUntil.isValid() && issued <= validUntil
               ? static_cast<int>(issued.daysTo(validUntil))
               : kDefaultValidityDays;
}

bool operator==(const ProposalVersion &a, const ProposalVersion &b)
{
    const bool sameContent =
        a.content == b.content || (a.content && b.content && *a.content == *b.content);
    return a.version == b.version && a.sentAt == b.sentAt && a.validUntil == b.validUntil
           && a.pdf == b.pdf && a.sha256 == b.sha256 && a.approvedBy == b.approvedBy
           && a.approvedAt == b.approvedAt && sameContent;
}

QStringList defaultLostReasons()
{
    return {QCoreApplication::translate("clientele::Proposal", "Price"),
            QCoreApplication::translate("clientele::Proposal", "Timing"),
            QCoreApplication::translate("clientele::Proposal", "Chose someone else"),
            notAFitReason(), QCoreApplication::translate("clientele::Proposal", "No decision")};
}

QStringList lostReasonChoices(const QStringList &added)
{
    QStringList choices = defaultLostReasons();
    for (const QString &reason : added)
        if (!reason.trimmed().isEmpty() && !choices.contains(reason.trimmed(), Qt::CaseInsensitive))
            choices << reason.trimmed();
    return choices;
}

QString notAFitReason()
{
    return QCoreApplication::translate("clientele::Proposal", "Not a fit");
}

bool Proposal::isFrozen() const
{
    return sentVersion(version) != nullptr;
}

const ProposalVersion *Proposal::sentVersion(int number) const
{
    for (const ProposalVersion &v : sent)
        if (v.version == number)
            return &v;
    return nullptr;
}

const ProposalVersion *Proposal::lastSent() const
{
    return sent.isEmpty() ? nullptr : &sent.last();
}

Proposal proposalContent(Proposal p)
{
    p.status = ProposalStatus::Draft;
    p.version = 1;
    p.sent.clear();
    p.approvedBy.clear();
    p.approvedAt = {};
    p.outcome = {};
    p.printChanges = false;
    return p;
}

bool sameContent(const Proposal &a, const Proposal &b)
{
    return proposalContent(a) == proposalContent(b);
}

Status checkNotFrozen(const Proposal &before, const Proposal &after)
{
    // Another version, or sending undone (the state no longer holds the sent version).
    if (!before.isFrozen() || after.version != before.version || !after.sentVersion(before.version))
        return success();
    if (sameContent(before, after) && after.printChanges == before.printChanges)
        return success();
    const ProposalVersion *frozen = before.sentVersion(before.version);
    return Error{QCoreApplication::translate(
                     "clientele::Proposal",
                     "Version %1 of %2 was sent on %3 and cannot change. Revise it to write "
                     "version %4.")
                     .arg(before.version)
                     .arg(before.number)
                     .arg(frozen->sentAt.toLocalTime().date().toString(Qt::ISODate))
                     .arg(before.version + 1)};
}

bool needsApproval(const Proposal &proposal, ProposalStyle style, const Money &threshold)
{
    if (style != ProposalStyle::Formal || threshold.minorUnits() <= 0)
        return false;
    const Money total = proposal.oneOffTotal();
    return total.currency() == threshold.currency() && total.minorUnits() > threshold.minorUnits();
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
