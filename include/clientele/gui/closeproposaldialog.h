#pragma once

#include "clientele/domain/proposal.h"
#include "clientele/domain/result.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace clientele {

class Workspace;

// What Close as Won… and Close as Lost… share: the proposal, the day it was decided (today
// unless changed, never before it was first sent nor after today), a line saying what is
// missing, and OK, which records the outcome as one undoable step and closes the dialog.
class CloseProposalDialog : public QDialog {
    Q_OBJECT
public:
    QDateEdit *dateEdit() const { return m_date; }
    // Why OK is disabled, or empty.
    QString problem() const { return m_problem; }

    // Records the outcome as chosen; a refusal changes nothing and says why.
    virtual Status apply() = 0;

protected:
    CloseProposalDialog(Workspace *workspace, const Proposal &proposal, QWidget *parent);

    // The fields go in the form, under the date; `extra` (if any) below it.
    QFormLayout *form() const { return m_form; }
    void finish(const QString &intro, const QString &okText, QWidget *extra = nullptr);
    // Enables OK when `problem` is empty, and otherwise says what is missing.
    void setProblem(const QString &problem);
    // Grows or shrinks to what is shown now, keeping the width.
    void fitHeight();

    Workspace *m_workspace;
    Proposal m_proposal;

private:
    void applyAndClose();

    QDateEdit *m_date;
    QFormLayout *m_form;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QString m_problem;
};

// Close as Won…: the day, who accepted it (the prospect's contact unless changed) and the
// client's reference.
class CloseWonDialog : public CloseProposalDialog {
    Q_OBJECT
public:
    CloseWonDialog(Workspace *workspace, const Proposal &proposal, QWidget *parent = nullptr);

    QLineEdit *acceptedByEdit() const { return m_acceptedBy; }
    QLineEdit *referenceEdit() const { return m_reference; }
    Status apply() override;

private:
    QLineEdit *m_acceptedBy;
    QLineEdit *m_reference;
};

// Close as Lost…: the day and a reason, required, chosen from the workspace's reasons or typed
// (a new one joins the list). "Not a fit" offers to add an entry, written from the prospect, to
// a profile's "not our customer" list in the same undo step.
class CloseLostDialog : public CloseProposalDialog {
    Q_OBJECT
public:
    CloseLostDialog(Workspace *workspace, const Proposal &proposal, QWidget *parent = nullptr);

    QComboBox *reasonCombo() const { return m_reason; }
    // Shown while the reason is "Not a fit"; checked: add the entry.
    QGroupBox *exclusionBox() const { return m_exclusion; }
    QComboBox *profileCombo() const { return m_profile; }
    QLineEdit *entryEdit() const { return m_entry; }
    QLineEdit *entryReasonEdit() const { return m_entryReason; }
    Status apply() override;

private:
    QString reason() const;
    bool addsExclusion() const;
    void check();

    QComboBox *m_reason;
    QGroupBox *m_exclusion;
    QComboBox *m_profile;
    QLineEdit *m_entry;
    QLineEdit *m_entryReason;
};

} // namespace clientele
