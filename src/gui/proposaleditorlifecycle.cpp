// ProposalEditor: the proposal's life. Mark as Sent freezes the version with its PDF, Record
// Approval lets a large formal proposal go out, Revise starts the next version; the header
// says where the proposal stands and the notices what stops it moving on.

#include "clientele/domain/textlanguage.h"
#include "clientele/gui/proposaleditor.h"

#include "clientele/core/offercatalogue.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/proposalbook.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/proposalchanges.h"
#include "clientele/gui/inlinenotice.h"
#include "clientele/gui/mainwindow.h"
#include "clientele/gui/printactions.h"
#include "clientele/render/pdfexport.h"
#include "clientele/render/proposaldocument.h"
#include "fittedtable.h"
#include "proposalchangespanel.h"
#include "proposalversionspanel.h"
#include "safefilename.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

namespace clientele {

namespace {

QString day(const QDate &date)
{
    return mediumDateText(date);
}

QString sentDay(const ProposalVersion &version)
{
    return day(version.sentAt.toLocalTime().date());
}

QAction *lifecycleAction(QWidget *owner, const QString &name, const QString &text,
                         const QKeySequence &key, const QString &tip)
{
    auto *action = new QAction(text, owner);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    // Reaches its key wherever the focus is in the editor, and from the page's menu.
    owner->addAction(action);
    return action;
}

} // namespace

void ProposalEditor::buildLifecycleActions()
{
    m_sendAction =
        lifecycleAction(this, QStringLiteral("markSentAction"), tr("&Mark as Sent\u2026"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                        tr("Freeze this version with its PDF as the prospect gets it"));
    m_approveAction =
        lifecycleAction(this, QStringLiteral("recordApprovalAction"), tr("Recor&d Approval\u2026"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                        tr("Record who approved this version before it is sent"));
    m_reviseAction = lifecycleAction(this, QStringLiteral("reviseProposalAction"), tr("Revi&se"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                                     tr("Start the next version as a copy of the one sent"));
    connect(m_sendAction, &QAction::triggered, this, &ProposalEditor::markSent);
    connect(m_approveAction, &QAction::triggered, this, &ProposalEditor::recordApproval);
    connect(m_reviseAction, &QAction::triggered, this, &ProposalEditor::revise);
}

QList<QAction *> ProposalEditor::lifecycleActions() const
{
    return {m_sendAction, m_approveAction, m_reviseAction};
}

QAction *ProposalEditor::exportVersionAction() const
{
    return m_versions->exportAction();
}

QString ProposalEditor::statusText() const
{
    return m_statusText->text();
}

QTableWidget *ProposalEditor::versionsTable() const
{
    return m_versions->table();
}

QTableWidget *ProposalEditor::changesTable() const
{
    return m_changes->table();
}

QString ProposalEditor::changesTitle() const
{
    return m_changes->title();
}

bool ProposalEditor::changesShown() const
{
    return m_versionsSection->isVisibleTo(this) && m_changes->isVisibleTo(this);
}

void ProposalEditor::compareVersions(int from, int to)
{
    m_changes->compare(from, to);
}

QCheckBox *ProposalEditor::printChangesBox() const
{
    return m_changes->printBox();
}

void ProposalEditor::refreshLifecycle(const Proposal &proposal)
{
    const bool exists = proposal.id != 0;
    const bool frozen = proposal.isFrozen();
    const bool closed = proposal.isClosed();
    const bool awaits = exists && m_store->awaitsApproval(proposal);
    const ProposalVersion *held = proposal.lastSent();

    QStringList status{tr("Version %1").arg(proposal.version)};
    if (proposal.status == ProposalStatus::Accepted) {
        status << (proposal.outcome.date.isValid() ? tr("Won %1").arg(day(proposal.outcome.date))
                                                   : tr("Won"));
        if (!proposal.outcome.acceptedBy.isEmpty())
            status << tr("accepted by %1").arg(proposal.outcome.acceptedBy);
    } else if (proposal.status == ProposalStatus::Declined) {
        status << (proposal.outcome.lostReason.isEmpty()
                       ? tr("Lost")
                       : tr("Lost \u2014 %1").arg(proposal.outcome.lostReason));
    } else if (frozen) {
        const ProposalVersion *sent = proposal.sentVersion(proposal.version);
        status << tr("Sent %1").arg(sentDay(*sent));
        status << (proposal.isExpired(QDate::currentDate())
                       ? tr("ran out %1").arg(day(sent->validUntil))
                       : tr("valid until %1").arg(day(sent->validUntil)));
    } else {
        status << proposalStatusLabel(proposal.status);
        if (awaits)
            status << tr("needs approval");
        else if (!proposal.approvedBy.isEmpty())
            status << tr("approved by %1").arg(proposal.approvedBy);
    }
    m_statusText->setText(exists ? status.join(QStringLiteral(" \u00b7 ")) : QString());

    const int changes = held && held->content && !frozen
                            ? int(proposalChanges(*held->content, proposal).size())
                            : 0;
    m_changesLink->setVisible(changes > 0);
    const int since = held ? held->version : 0;
    // A link to the changes under the form.
    m_changesLink->setText(
        changes == 1 ? tr("<a href=\"#changes\">1 change since version %1</a>").arg(since)
                     : tr("<a href=\"#changes\">%n changes since version %1</a>", nullptr, changes)
                           .arg(since));

    m_sendAction->setEnabled(exists && !m_readOnly && !frozen && !closed);
    m_sendButton->setVisible(!frozen && !closed);
    m_approveAction->setEnabled(!m_readOnly && awaits);
    m_reviseAction->setEnabled(exists && !m_readOnly && frozen && !closed);
    m_validLabel->setVisible(!frozen && !closed);
    m_validUntil->setVisible(!frozen && !closed);

    if (frozen) {
        const ProposalVersion *sent = proposal.sentVersion(proposal.version);
        QList<InlineNotice::Action> actions;
        if (!closed && !m_readOnly)
            actions.append({tr("Revi&se"), [this] { revise(); }});
        m_sentNotice->showNotice(InlineNotice::Kind::Information,
                                 closed ? tr("Version %1 was sent on %2; the proposal is closed.")
                                              .arg(proposal.version)
                                              .arg(sentDay(*sent))
                                        : tr("Version %1 was sent on %2. Revise to change it.")
                                              .arg(proposal.version)
                                              .arg(sentDay(*sent)),
                                 actions);
    } else {
        m_sentNotice->dismiss();
    }

    if (awaits) {
        QList<InlineNotice::Action> actions;
        if (!m_readOnly)
            actions.append({tr("Recor&d Approval\u2026"), [this] { recordApproval(); }});
        m_approvalNotice->showNotice(
            InlineNotice::Kind::Information,
            tr("This formal proposal's one-off total of %1 is above the approval threshold of "
               "%2: record who approved it before it is sent.")
                .arg(proposal.oneOffTotal().toDisplayString(),
                     m_store->approvalThreshold().toDisplayString()),
            actions);
    } else {
        m_approvalNotice->dismiss();
    }
    refreshValidity(proposal);

    m_versionsSection->setVisible(!proposal.sent.isEmpty());
    m_versions->setProposal(proposal);
    m_changes->setVisible((held && !frozen) || proposal.sent.size() > 1);
    m_changes->setProposal(proposal);
    m_changes->setPrintEditable(!m_fieldsLocked);
}

void ProposalEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A link takes its colour from the palette when its text is set: set it again in the
    // colours of a new theme.
    if (event->type() == QEvent::PaletteChange) {
        const QString link = m_changesLink->text();
        m_changesLink->clear();
        m_changesLink->setText(link);
    }
}

void ProposalEditor::refreshValidity(const Proposal &proposal)
{
    const QDate today = QDate::currentDate();
    const ProposalVersion *held = proposal.lastSent();
    if (proposal.isClosed()) {
        m_validityNotice->dismiss();
    } else if (proposal.isExpired(today) && proposal.isFrozen()) {
        m_validityNotice->showNotice(
            InlineNotice::Kind::Warning,
            tr("Version %1 ran out on %2: the prospect can no longer accept it as written. "
               "Revise it to send a new version.")
                .arg(held->version)
                .arg(day(held->validUntil)));
    } else if (proposal.isExpired(today)) {
        m_validityNotice->showNotice(
            InlineNotice::Kind::Warning,
            tr("Version %1, which the prospect holds, ran out on %2. Sending version %3 "
               "restarts the clock.")
                .arg(held->version)
                .arg(day(held->validUntil))
                .arg(proposal.version));
    } else if (!proposal.isFrozen() && proposal.validUntil.isValid()
               && proposal.validUntil < today) {
        // Not expired: the prospect holds nothing yet, or a version still valid.
        m_validityNotice->showNotice(InlineNotice::Kind::Information,
                                     tr("Sending restarts the clock: the prospect gets %n days "
                                        "from the day it is sent.",
                                        nullptr, proposal.validityDays()));
    } else {
        m_validityNotice->dismiss();
    }
}

void ProposalEditor::markSent()
{
    auto proposal = m_store->find(m_proposalId);
    if (!proposal || m_readOnly || proposal->isFrozen() || proposal->isClosed())
        return;
    if (m_store->awaitsApproval(*proposal)) {
        QMessageBox missing(QMessageBox::Information, tr("Mark as Sent"),
                            tr("Version %1 of %2 needs an internal approval before it is sent.")
                                .arg(proposal->version)
                                .arg(proposal->number),
                            QMessageBox::Cancel, this);
        missing.setObjectName(QStringLiteral("approvalMissingBox"));
        missing.setInformativeText(
            tr("Its one-off total of %1 is above the approval threshold of %2 in the workspace "
               "settings. Record who approved it, then it can be sent.")
                .arg(proposal->oneOffTotal().toDisplayString(),
                     m_store->approvalThreshold().toDisplayString()));
        QPushButton *record =
            missing.addButton(tr("Recor&d Approval\u2026"), QMessageBox::AcceptRole);
        missing.setDefaultButton(record);
        missing.exec();
        if (missing.clickedButton() != record || !recordApproval())
            return;
        proposal = m_store->find(m_proposalId);
    }

    QMessageBox confirm(
        QMessageBox::Question, tr("Mark as Sent"),
        tr("Mark version %1 of %2 as sent?").arg(proposal->version).arg(proposal->number),
        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("markSentBox"));
    const QDate until = QDate::currentDate().addDays(proposal->validityDays());
    confirm.setInformativeText(QStringList{
        tr("Its PDF is made now and kept in this workspace, exactly as the prospect "
           "receives it."),
        tr("From then on version %1 cannot change; Revise starts version %2 as a copy "
           "to edit.")
            .arg(proposal->version)
            .arg(proposal->version + 1),
        tr("It is valid for %n days, until %1.", nullptr, proposal->validityDays()).arg(day(until))}
                                   .join(QLatin1Char(' ')));
    QPushButton *send = confirm.addButton(tr("&Mark as Sent"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(send);
    auto *save = new QCheckBox(tr("Save the PDF to send once it is marked"), &confirm);
    save->setChecked(true);
    confirm.setCheckBox(save);
    confirm.exec();
    if (confirm.clickedButton() != send)
        return;

    const int version = proposal->version;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status sent = m_store->send(m_proposalId, [this](const Proposal &frozen) {
        // As File ▸ Export PDF makes it.
        return renderPdf(ProposalDocument(m_workspace->settings(), m_workspace->offers()->all(),
                                          m_workspace->profiles()->all())
                             .document(frozen));
    });
    QApplication::restoreOverrideCursor();
    if (!sent) {
        QMessageBox::warning(this, tr("Mark as Sent"), sent.errorMessage());
        return;
    }
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->showMessage(
            tr("Version %1 of %2 is marked as sent.").arg(version).arg(proposal->number), 8000);
    if (save->isChecked())
        exportVersion(version);
}

bool ProposalEditor::recordApproval()
{
    const auto proposal = m_store->find(m_proposalId);
    if (!proposal || m_readOnly || !m_store->awaitsApproval(*proposal))
        return false;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("recordApprovalDialog"));
    dialog.setWindowTitle(tr("Record Approval"));
    dialog.setLabelText(tr("Who approved version %1 of %2? The name goes out with the version.")
                            .arg(proposal->version)
                            .arg(proposal->number));
    dialog.setOkButtonText(tr("Record Approval"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (const Status approved = m_store->approve(m_proposalId, dialog.textValue()); !approved) {
        QMessageBox::warning(this, tr("Record Approval"), approved.errorMessage());
        return false;
    }
    return true;
}

void ProposalEditor::revise()
{
    if (m_readOnly)
        return;
    if (const Status revised = m_store->revise(m_proposalId); !revised)
        QMessageBox::warning(this, tr("Revise"), revised.errorMessage());
}

void ProposalEditor::exportVersion(int number)
{
    const auto proposal = m_store->find(m_proposalId);
    const ProposalVersion *version = proposal ? proposal->sentVersion(number) : nullptr;
    auto *main = qobject_cast<MainWindow *>(window());
    if (!version || !main)
        return;
    //: The suggested file name, without .pdf, of a version as sent: "P-2026-001 v2 Coastal
    //: Pump"; %1 is the proposal's number, %2 the version, %3 the prospect's company.
    const QString name =
        tr("%1 v%2 %3").arg(proposal->number).arg(number).arg(proposal->prospect.company);
    main->printActions()->exportPdfBytes(safeFileName(name.trimmed(), proposal->number),
                                         version->pdf, this);
}

} // namespace clientele
