#pragma once

#include "clientele/gui/listeditorpage.h"

class QSortFilterProxyModel;
class QTreeView;

namespace clientele {

class ProposalBook;
class ProposalEditor;
class ProposalListModel;
class PipelineView;
class Workspace;

// The Proposals section: the pipeline's figures across the top, the searchable proposals
// (number, prospect, status, totals) on the left, the selected proposal's editor on the right;
// closes an open proposal as won or lost; prints the proposal as the prospect receives it.
class ProposalsPage : public ListEditorPage {
    Q_OBJECT
public:
    explicit ProposalsPage(Workspace *workspace, QWidget *parent = nullptr);

    QString menuTitle() const override { return tr("P&roposal"); }
    void setReadOnly(bool readOnly) override;
    // New, Duplicate and Delete, then the editor's Mark as Sent, Record Approval and Revise.
    QList<QAction *> pageActions() const override;
    std::optional<HistoryItem> historyItem() const override;
    std::optional<PagedDocument> document() const override;
    std::optional<QByteArray> keptPdf() const override;
    QString documentFileName() const override;
    QString documentDescription() const override { return tr("the proposal"); }

private:
    bool exists(qint64 id) const override;
    QModelIndex sourceIndex(qint64 id) const override;
    qint64 shownItemId() const override;
    void showItem(qint64 id) override;
    void focusEditor() override;
    qint64 createItem() override;
    qint64 duplicateItem(qint64 id) override;
    void removeItem(qint64 id) override;
    QString itemName(qint64 id) const override;
    void search(const QString &text) override;
    void updateMoreActions(bool editing) override;
    void closeAsWon();
    void closeAsLost();

    Workspace *m_workspace;
    ProposalBook *m_store;
    ProposalListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_list;
    ProposalEditor *m_editor;
    PipelineView *m_pipeline;
    QAction *m_closeWon;
    QAction *m_closeLost;
};

} // namespace clientele
