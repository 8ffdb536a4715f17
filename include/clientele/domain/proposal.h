#pragma once

#include "clientele/domain/money.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <memory>
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
// A proposal without dates stands this long from its issue.
inline constexpr int kDefaultValidityDays = 30;

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

struct Proposal;

// A version as it went out: frozen when marked as sent, never edited after. Its PDF is the one
// the prospect holds; exporting the version writes exactly these bytes.
struct ProposalVersion {
    int version = 1;
    QDateTime sentAt; // UTC
    QDate validUntil;
    QByteArray pdf;
    QString sha256; // of `pdf`, lower-case hex
    // The internal approval it went out with; empty when none was needed or given.
    QString approvedBy;
    QDateTime approvedAt;
    // The proposal's content as it was sent (shared: versions are never changed).
    std::shared_ptr<const Proposal> content;

    friend bool operator==(const ProposalVersion &a, const ProposalVersion &b);
};

// How a closed proposal ended: won (accepted by whom, the client's reference) or lost (why).
struct ProposalOutcome {
    QDate date;
    QString acceptedBy;
    QString reference;
    QString lostReason;

    friend bool operator==(const ProposalOutcome &, const ProposalOutcome &) = default;
};

// The reasons a proposal is lost that every workspace starts with; users add their own.
QStringList defaultLostReasons();
// The defaults, then the reasons the user added (WorkspaceSettings::lostReasons).
QStringList lostReasonChoices(const QStringList &added);
// The default reason that offers to add the prospect to a profile's "not our customer" list.
QString notAFitReason();

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
    // Print "Changes since version N" as the last page of this version.
    bool printChanges = false;
    // The proposal's identity across workspaces; null until the store gives one.
    QUuid uuid = {};

    // The version being written or last sent (1 for a new proposal). When `sent` holds it, it
    // is frozen: its content can no longer change, only its outcome.
    int version = 1;
    QList<ProposalVersion> sent; // ascending by version
    // Internal approval of the current version (needed above the workspace's threshold).
    QString approvedBy;
    QDateTime approvedAt;
    // Set when the status is Accepted (won) or Declined (lost).
    ProposalOutcome outcome;

    // True when the current version has been sent: its content is frozen.
    bool isFrozen() const;
    // The sent version numbered `number`, or null.
    const ProposalVersion *sentVersion(int number) const;
    // The latest sent version, or null when none was sent.
    const ProposalVersion *lastSent() const;
    bool isClosed() const
    {
        return status == ProposalStatus::Accepted || status == ProposalStatus::Declined;
    }

    // The override if set, else styleForStaff(prospect.staff, threshold).
    ProposalStyle style(int threshold) const;
    // Sums of the lines' totals, by billing.
    Money oneOffTotal() const;
    Money monthlyTotal() const;
    // Still open (neither accepted nor declined) with its validity date before `today`: the
    // prospect can no longer accept it as written.
    bool isExpired(const QDate &today) const;
    // How many days it stands once sent: the days its dates span, else the default.
    int validityDays() const;

    friend bool operator==(const Proposal &, const Proposal &) = default;
};

// The content alone, as a sent version keeps it: the lifecycle fields (status, version, sent
// versions, approval, outcome, printChanges) set to those of a new proposal.
Proposal proposalContent(Proposal proposal);
// Whether two states hold the same content: everything the document prints (number, prospect,
// dates, lines, sections, terms), leaving out status, versions, approval and outcome.
bool sameContent(const Proposal &a, const Proposal &b);
// Refuses a change from `before` to `after` that alters a frozen version's content: a sent
// version is never edited; revising it starts the next version.
Status checkNotFrozen(const Proposal &before, const Proposal &after);
// Whether a formal proposal of this style needs an internal approval before it is sent: its
// one-off total is above `threshold` (a zero threshold never needs one).
bool needsApproval(const Proposal &proposal, ProposalStyle style, const Money &threshold);

// Refuses what a document cannot show: no number, a quantity below 1, a negative price.
Status validateProposal(const Proposal &proposal);

// "P-2026-001": the first number of `year` not in `taken`.
QString nextProposalNumber(int year, const QStringList &taken);

} // namespace clientele
