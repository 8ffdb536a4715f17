#pragma once

#include "clientele/domain/money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace clientele {

enum class ProposalStatus { Draft, Sent, Accepted, Declined };
// Small firms like a letter and a handshake; medium ones expect risk assessments, project
// plans and a cost-benefit analysis.
enum class ProposalStyle { Informal, Formal };
enum class RiskLevel { Low, Medium, High };
enum class Billing { OneOff, Monthly };

// Workspace default: prospects with fewer staff than this get an informal proposal.
inline constexpr int kDefaultFormalStaffThreshold = 20;

QList<ProposalStatus> allProposalStatuses();
// Keys for storage and JSON ("draft", "informal", "low", "once", ...) and words a user reads.
QString proposalStatusKey(ProposalStatus status);
std::optional<ProposalStatus> proposalStatusFromKey(const QString &key);
QString proposalStatusLabel(ProposalStatus status);
QString proposalStyleKey(ProposalStyle style);
std::optional<ProposalStyle> proposalStyleFromKey(const QString &key);
QString proposalStyleLabel(ProposalStyle style);
QString riskLevelKey(RiskLevel level);
std::optional<RiskLevel> riskLevelFromKey(const QString &key);
QString riskLevelLabel(RiskLevel level);
QString billingKey(Billing billing);
std::optional<Billing> billingFromKey(const QString &key);

// Informal below the threshold, formal at or above it: 19 staff of 20 is informal, 20 formal.
// An unknown size (0) is informal.
ProposalStyle styleForStaff(int staff, int threshold);

// The named firm a proposal is for.
struct ProposalProspect {
    QString company;
    QString contact;
    int staff = 0;
    QString industry;
    QString currentSystems;

    friend bool operator==(const ProposalProspect &, const ProposalProspect &) = default;
};

// One recommended offer (or anything else) with its quantity and price, copied when added so a
// sent proposal never changes when the catalogue does.
struct ProposalLine {
    qint64 offerId = 0; // 0: not from the catalogue, or the offer was deleted
    QString description;
    int quantity = 1;
    Money unitPrice;
    Billing billing = Billing::OneOff;
    // The line's identity across workspaces; null until the store gives one.
    QUuid uuid = {};

    Money total() const { return unitPrice * quantity; }
    friend bool operator==(const ProposalLine &, const ProposalLine &) = default;
};

struct ProposalRisk {
    QString risk;
    RiskLevel likelihood = RiskLevel::Medium;
    RiskLevel impact = RiskLevel::Medium;
    QString mitigation;

    friend bool operator==(const ProposalRisk &, const ProposalRisk &) = default;
};

struct ProposalMilestone {
    QString name;
    QDate date;
    QString owner;

    friend bool operator==(const ProposalMilestone &, const ProposalMilestone &) = default;
};

// A benefit the user expects for the client: "Two days a month of re-keying saved" at $1,800
// a month, or a one-off saving.
struct ProposalBenefit {
    QString description;
    Money amount;
    Billing billing = Billing::Monthly;

    friend bool operator==(const ProposalBenefit &, const ProposalBenefit &) = default;
};

struct Proposal {
    qint64 id = 0;
    // "P-2026-001": unique in the workspace.
    QString number;
    ProposalStatus status = ProposalStatus::Draft;
    ProposalProspect prospect;
    qint64 profileId = 0;  // the customer profile the prospect fits; 0 for none
    qint64 prospectId = 0; // the prospect it was made from; 0 for none
    QString currency = QStringLiteral("AUD");
    QDate issued;
    QDate validUntil;
    // Absent: the style follows the prospect's size.
    std::optional<ProposalStyle> styleOverride;
    // What the prospect needs (what we recommend for) and what they say they want.
    QStringList needs;
    QStringList wants;
    QList<ProposalLine> lines;
    QString terms;
    QString nextStep;
    // Formal proposals only.
    QString executiveSummary;
    QList<ProposalRisk> risks;
    QList<ProposalMilestone> milestones;
    QList<ProposalBenefit> benefits;
    // The proposal's identity across workspaces; null until the store gives one.
    QUuid uuid = {};

    // The override if set, else styleForStaff(prospect.staff, threshold).
    ProposalStyle style(int threshold) const;
    // Sums of the lines' totals, by billing.
    Money oneOffTotal() const;
    Money monthlyTotal() const;
    // Still open (neither accepted nor declined) with its validity date before `today`: the
    // prospect can no longer accept it as written.
    bool isExpired(const QDate &today) const;

    friend bool operator==(const Proposal &, const Proposal &) = default;
};

// Refuses what a document cannot show: no number, a quantity below 1, a negative price.
Status validateProposal(const Proposal &proposal);

// "P-2026-001": the first number of `year` not in `taken`.
QString nextProposalNumber(int year, const QStringList &taken);

} // namespace clientele
