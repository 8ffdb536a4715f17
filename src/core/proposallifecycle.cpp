#include "clientele/core/proposalbook.h"
#include "clientele/core/prospectbook.h"

#include "clientele/domain/sha256.h"

#include <QUndoStack>

namespace clientele {

Money ProposalBook::approvalThreshold() const
{
    const WorkspaceSettings settings = m_workspace->settings();
    return Money(settings.approvalThresholdMinor, settings.currency);
}

bool ProposalBook::awaitsApproval(const Proposal &proposal) const
{
    return !proposal.isFrozen() && proposal.approvedBy.trimmed().isEmpty()
           && needsApproval(proposal, styleOf(proposal), approvalThreshold());
}

QStringList ProposalBook::lostReasons() const
{
    return lostReasonChoices(m_workspace->settings().lostReasons);
}

Status ProposalBook::send(qint64 id, const ProposalRenderer &render)
{
    const auto before = find(id);
    if (!before)
        return gone();
    if (before->isClosed())
        return Error{tr("Proposal %1 is closed; it can no longer be sent.").arg(before->number)};
    if (before->isFrozen())
        return Error{tr("Version %1 of proposal %2 has already been sent.")
                         .arg(before->version)
                         .arg(before->number)};
    if (auto valid = validateProposal(*before); !valid)
        return valid;
    if (awaitsApproval(*before))
        return Error{tr("Proposal %1 needs an internal approval before it is sent: its one-off "
                        "total of %2 is above %3.")
                         .arg(before->number, before->oneOffTotal().toDisplayString(),
                              approvalThreshold().toDisplayString())};
    Proposal after = *before;
    // The clock starts when the prospect receives it.
    const QDate today = QDate::currentDate();
    const int days = after.validityDays();
    after.status = ProposalStatus::Sent;
    after.issued = today;
    after.validUntil = today.addDays(days);
    const Result<QByteArray> pdf = render(after);
    if (!pdf)
        return pdf.error();
    ProposalVersion version;
    version.version = after.version;
    version.sentAt = QDateTime::currentDateTimeUtc();
    version.validUntil = after.validUntil;
    version.pdf = *pdf;
    version.sha256 = sha256Hex(*pdf);
    version.approvedBy = after.approvedBy;
    version.approvedAt = after.approvedAt;
    version.content = std::make_shared<const Proposal>(proposalContent(after));
    after.sent.append(version);
    push({before}, {after}, tr("Send version %1 of %2").arg(after.version).arg(after.number));
    const auto stored = find(id);
    if (!stored || !stored->isFrozen())
        return Error{tr("Proposal %1 could not be marked as sent.").arg(before->number)};
    return success();
}

Status ProposalBook::revise(qint64 id)
{
    const auto before = find(id);
    if (!before)
        return gone();
    if (before->isClosed())
        return Error{tr("Proposal %1 is closed; it cannot be revised.").arg(before->number)};
    if (!before->isFrozen())
        return Error{tr("Version %1 of proposal %2 has not been sent; edit it as it is.")
                         .arg(before->version)
                         .arg(before->number)};
    Proposal after = *before;
    after.version += 1;
    after.status = ProposalStatus::Draft;
    after.approvedBy.clear();
    after.approvedAt = {};
    push({before}, {after}, tr("Start version %1 of %2").arg(after.version).arg(after.number));
    return success();
}

Status ProposalBook::approve(qint64 id, const QString &approvedBy)
{
    const auto before = find(id);
    if (!before)
        return gone();
    if (approvedBy.trimmed().isEmpty())
        return Error{tr("Say who approved the proposal.")};
    if (before->isFrozen() || before->isClosed())
        return Error{tr("Version %1 of proposal %2 has already gone out.")
                         .arg(before->version)
                         .arg(before->number)};
    Proposal after = *before;
    after.approvedBy = approvedBy.trimmed();
    after.approvedAt = QDateTime::currentDateTimeUtc();
    push({before}, {after}, tr("Approve proposal %1").arg(after.number));
    return success();
}

Status ProposalBook::closeWon(qint64 id, const QDate &date, const QString &acceptedBy,
                              const QString &reference)
{
    const auto before = find(id);
    if (!before)
        return gone();
    Proposal after = *before;
    after.status = ProposalStatus::Accepted;
    after.outcome = {date.isValid() ? date : QDate::currentDate(),
                     acceptedBy.trimmed(),
                     reference.trimmed(),
                     {}};
    return close(after, tr("Close proposal %1 as won").arg(after.number));
}

Status ProposalBook::closeLost(qint64 id, const QDate &date, const QString &reason)
{
    const auto before = find(id);
    if (!before)
        return gone();
    if (reason.trimmed().isEmpty())
        return Error{tr("Say why proposal %1 was lost.").arg(before->number)};
    Proposal after = *before;
    after.status = ProposalStatus::Declined;
    after.outcome = {date.isValid() ? date : QDate::currentDate(), {}, {}, reason.trimmed()};
    return close(after, tr("Close proposal %1 as lost").arg(after.number));
}

// One undo step: the proposal, the prospect it was made for, and a new lost reason.
Status ProposalBook::close(Proposal after, const QString &text)
{
    const auto before = find(after.id);
    if (before->isClosed())
        return Error{tr("Proposal %1 is already closed.").arg(before->number)};
    const bool won = after.status == ProposalStatus::Accepted;
    const QString reason = after.outcome.lostReason;
    WorkspaceSettings settings = m_workspace->settings();
    const bool newReason = !won && !lostReasons().contains(reason, Qt::CaseInsensitive);
    const auto prospect = m_workspace->prospects()->find(after.prospectId);
    const ProspectStatus prospectStatus =
        won ? ProspectStatus::Won
            : (reason.compare(notAFitReason(), Qt::CaseInsensitive) == 0 ? ProspectStatus::NotAFit
                                                                         : ProspectStatus::Lost);
    const bool movesProspect = prospect && prospect->status != prospectStatus;

    QUndoStack *stack = m_workspace->undoStack();
    stack->beginMacro(text);
    push({before}, {after}, text);
    const bool closed = find(after.id) && find(after.id)->isClosed();
    if (closed && newReason) {
        settings.lostReasons << reason;
        m_workspace->setSettings(settings);
    }
    if (closed && movesProspect)
        m_workspace->prospects()->setStatus(prospect->id, prospectStatus);
    stack->endMacro();
    if (!closed)
        return Error{tr("Proposal %1 could not be closed.").arg(before->number)};
    return success();
}

} // namespace clientele
