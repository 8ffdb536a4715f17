#pragma once

#include "clientele/core/commands/mergeid.h"
#include "clientele/domain/proposal.h"

#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QMenu;
class QScrollArea;
class QSpinBox;
class QTableView;
class QToolButton;
class QTableWidget;

namespace clientele {

class GrowingTextEdit;
class InlineNotice;
class TextListEditor;
class ProposalBook;
class ProposalChangesPanel;
class ProposalLinesModel;
class ProposalTableEditor;
class ProposalVersionsPanel;
class UndoKeyFilter;
class Workspace;

// The form for one proposal: its number, where it stands in its life (version, draft or sent,
// approval, outcome) with the step that comes next, its validity, the prospect, the profile
// they fit, the style (automatic by size, or chosen) with the reason, needs and wants, the
// recommended offers with aligned totals, terms, and for a formal proposal the executive
// summary, risks, project plan and benefits with payback and return computed live; then the
// versions sent and what changed since. Every change is one undoable command; typing into one
// field is one step. A sent version is read-only until it is revised.
class ProposalEditor : public QWidget {
    Q_OBJECT
public:
    explicit ProposalEditor(Workspace *workspace, QWidget *parent = nullptr);
    ~ProposalEditor() override;

    void setProposal(qint64 id);
    qint64 proposalId() const { return m_proposalId; }
    void setReadOnly(bool readOnly);
    void focusProspect();

    QLineEdit *companyEdit() const { return m_company; }
    QSpinBox *staffSpin() const { return m_staff; }
    QComboBox *styleCombo() const { return m_style; }
    QString styleExplanation() const;
    bool formalSectionsShown() const;
    QMenu *addOfferMenu() const { return m_addMenu; }
    QTableView *linesView() const { return m_lines; }
    QString oneOffTotalText() const;
    QString monthlyTotalText() const;
    QString financeText() const;
    ProposalTableEditor *risksEditor() const { return m_risks; }
    ProposalTableEditor *benefitsEditor() const { return m_benefits; }
    // The message lines: beside the validity date, and under the offers for a line added twice
    // and for prices the catalogue has changed since.
    InlineNotice *validityNotice() const { return m_validityNotice; }
    InlineNotice *repeatNotice() const { return m_repeatNotice; }
    InlineNotice *priceNotice() const { return m_priceNotice; }
    // Adds a line from the offer, or says it is already on the proposal and offers to go to
    // that line or add it anyway.
    void addOffer(qint64 offerId);

    // The proposal's life (proposaleditorlifecycle.cpp). Mark as Sent, Record Approval and
    // Revise, for the editor and the page's menu; each is enabled only when it can be done.
    QList<QAction *> lifecycleActions() const;
    QAction *markSentAction() const { return m_sendAction; }
    QAction *recordApprovalAction() const { return m_approveAction; }
    QAction *reviseAction() const { return m_reviseAction; }
    QAction *exportVersionAction() const;
    // "Version 2 · Draft", "Version 1 · Sent 6 Dec 2026 · valid until 5 Jan 2027".
    QString statusText() const;
    // Whether the fields refuse input: a sent version, or a workspace opened read-only.
    bool fieldsReadOnly() const { return m_fieldsLocked; }
    // "Version N was sent on DATE. Revise to change it.", and the approval a send waits for.
    InlineNotice *sentNotice() const { return m_sentNotice; }
    InlineNotice *approvalNotice() const { return m_approvalNotice; }
    QTableWidget *versionsTable() const;
    // The changes between the versions compared (the last sent and the draft, unless chosen),
    // old beside new, under a title naming them.
    QTableWidget *changesTable() const;
    QString changesTitle() const;
    bool changesShown() const;
    void compareVersions(int from, int to);
    QCheckBox *printChangesBox() const;

    // Asks what sending freezes (and for a missing approval), then freezes the version with
    // its PDF and offers to save that PDF.
    void markSent();
    // Asks who approved the current version; true when the approval was recorded.
    bool recordApproval();
    void revise();
    // Saves the version's PDF as it was sent, byte for byte, where the user chooses.
    void exportVersion(int version);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildVersions();
    void buildLifecycleActions();
    QWidget *buildProspect();
    QWidget *buildOffers();
    QGroupBox *buildFormal();
    QLabel *heading(const QString &text);
    void bindText(QLineEdit *edit, MergeId merge,
                  const std::function<void(Proposal &, const QString &)> &set);
    void bindText(GrowingTextEdit *edit, MergeId merge,
                  const std::function<void(Proposal &, const QString &)> &set);
    void commit(const QString &text, MergeId merge, const std::function<void(Proposal &)> &change);
    void fillOfferMenu();
    void refresh();
    void refreshTables(const Proposal &proposal);
    void refreshStyle(const Proposal &proposal);
    void refreshTotals(const Proposal &proposal);
    void refreshNotices(const Proposal &proposal);
    void refreshLifecycle(const Proposal &proposal);
    void refreshValidity(const Proposal &proposal);
    void lockFields(bool locked);

    Workspace *m_workspace;
    ProposalBook *m_store;
    UndoKeyFilter *m_undoKeys;
    ProposalLinesModel *m_linesModel;
    QScrollArea *m_scroll;
    QLabel *m_number;
    QLabel *m_statusText;
    QLabel *m_changesLink;
    QToolButton *m_sendButton;
    QAction *m_sendAction;
    QAction *m_approveAction;
    QAction *m_reviseAction;
    QLabel *m_validLabel;
    QDateEdit *m_validUntil;
    QLineEdit *m_company;
    QLineEdit *m_contact;
    QSpinBox *m_staff;
    QLineEdit *m_industry;
    QLineEdit *m_systems;
    QComboBox *m_profile;
    QComboBox *m_style;
    QLabel *m_styleReason;
    TextListEditor *m_needs;
    TextListEditor *m_wants;
    QTableView *m_lines;
    QToolButton *m_addLine;
    QToolButton *m_removeLine;
    QMenu *m_addMenu;
    QLabel *m_oneOffTotal;
    QLabel *m_monthlyTotal;
    GrowingTextEdit *m_terms;
    QLineEdit *m_nextStep;
    QGroupBox *m_formal;
    GrowingTextEdit *m_summary;
    ProposalTableEditor *m_risks;
    ProposalTableEditor *m_milestones;
    ProposalTableEditor *m_benefits;
    QLabel *m_finance;
    QWidget *m_versionsSection;
    ProposalVersionsPanel *m_versions;
    ProposalChangesPanel *m_changes;
    InlineNotice *m_sentNotice;
    InlineNotice *m_approvalNotice;
    InlineNotice *m_validityNotice;
    InlineNotice *m_repeatNotice;
    InlineNotice *m_priceNotice;
    qint64 m_proposalId = 0;
    bool m_refreshing = false;
    bool m_readOnly = false;
    bool m_fieldsLocked = false;
};

} // namespace clientele
