#pragma once

#include "clientele/gui/sectionpage.h"

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace clientele {

class ProposalBook;
class ProposalEditor;
class ProposalListModel;
class SectionListPanel;
class Workspace;

// The Proposals section: the searchable proposals (number, prospect, status, totals) on the
// left, the selected proposal's editor on the right; prints the proposal as the prospect
// receives it.
class ProposalsPage : public SectionPage {
    Q_OBJECT
public:
    explicit ProposalsPage(Workspace *workspace, QWidget *parent = nullptr);
    ~ProposalsPage() override;

    qint64 currentProposalId() const;
    void selectProposal(qint64 id);

    int count() const override;
    QString menuTitle() const override { return QStringLiteral("P&roposal"); }
    QList<QAction *> pageActions() const override;
    void setReadOnly(bool readOnly) override;
    std::optional<PagedDocument> document() const override;
    bool hasDocument() const override;
    QString documentFileName() const override;
    QString documentDescription() const override { return QStringLiteral("the proposal"); }

    QLineEdit *searchField() const;
    QTreeView *listView() const { return m_list; }
    ProposalEditor *editor() const { return m_editor; }
    QAction *newProposalAction() const { return m_new; }
    QAction *duplicateProposalAction() const { return m_duplicate; }
    QAction *deleteProposalAction() const { return m_delete; }

public Q_SLOTS:
    void focusSearch() override;
    std::optional<HistoryItem> historyItem() const override;
    void newProposal();
    void duplicateProposal();
    void deleteProposal();

private:
    QWidget *buildListPanel();
    void onCurrentChanged();
    void revealPending();
    void updateState();

    Workspace *m_workspace;
    ProposalBook *m_store;
    ProposalListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QSplitter *m_splitter;
    QTreeView *m_list;
    SectionListPanel *m_panel;
    QStackedWidget *m_right;
    ProposalEditor *m_editor;
    QLabel *m_empty;
    QAction *m_new;
    QAction *m_duplicate;
    QAction *m_delete;
    qint64 m_pendingReveal = 0;
    bool m_readOnly = false;
};

} // namespace clientele
