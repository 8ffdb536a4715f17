#include "clientele/gui/proposalspage.h"

#include "clientele/core/history.h"
#include "clientele/core/itemhistory.h"
#include "clientele/core/models/proposallistmodel.h"
#include "clientele/core/offercatalogue.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/proposalbook.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/closeproposaldialog.h"
#include "clientele/gui/pipelineview.h"
#include "clientele/gui/proposaleditor.h"
#include "clientele/render/proposaldocument.h"
#include "safefilename.h"
#include "sheddingcolumns.h"

#include <QAction>
#include <QFrame>
#include <QLayout>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace clientele {

static_assert(ProposalListModel::IdRole == ListEditorPage::kIdRole);

ProposalsPage::ProposalsPage(Workspace *workspace, QWidget *parent)
    : ListEditorPage(
        {
            .search = tr("Search proposals"),
            .list = tr("Proposals"),
            .newIcon = QStringLiteral("list-add"),
            .newItem = tr("&New Proposal"),
            .duplicateItem = tr("D&uplicate Proposal"),
            .deleteItem = tr("&Delete Proposal"),
            .deleted = tr("Deleted proposal \u201c%1\u201d"),
            .noItems = tr("No proposals yet \u2014 press Ctrl+N to write one for "
                          "a prospect"),
            .noMatch = tr("No proposal matches \u201c%1\u201d \u2014 press Esc in "
                          "the search field to show all"),
            .noneSelected = tr("Select a proposal on the left, or press Ctrl+N to write one"),
        },
        parent)
    , m_workspace(workspace)
    , m_store(workspace->proposals())
    , m_model(new ProposalListModel(m_store, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_list(new QTreeView(this))
    , m_editor(new ProposalEditor(workspace, this))
    , m_pipeline(new PipelineView(workspace, this))
{
    m_proxy->setSourceModel(m_model);
    // Search any column: number, prospect, status, style.
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ProposalListModel::Number, Qt::DescendingOrder);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Number, prospect and status always; the sums, staff and style as the width allows.
    using Column = ProposalListModel::Column;
    auto *columns =
        new SheddingColumns(m_list, Column::Prospect, m_list->fontMetrics().averageCharWidth() * 18,
                            {Column::Style, Column::Staff, Column::Monthly, Column::OneOff});

    m_closeWon = newAction(QStringLiteral("proposal-won"), tr("Close as &Won\u2026"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_closeWon->setObjectName(QStringLiteral("closeWonAction"));
    connect(m_closeWon, &QAction::triggered, this, &ProposalsPage::closeAsWon);
    m_closeLost = newAction(QStringLiteral("proposal-lost"), tr("Close as &Lost\u2026"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_closeLost->setObjectName(QStringLiteral("closeLostAction"));
    connect(m_closeLost, &QAction::triggered, this, &ProposalsPage::closeAsLost);

    build({.store = m_store,
           .model = m_model,
           .proxy = m_proxy,
           .list = m_list,
           .editor = m_editor,
           .moreActions = {m_closeWon, m_closeLost}},
          {.settingsKey = QStringLiteral("proposalsPage/userSplit"),
           .start = 420,
           .minimum = 280,
           .whole = [columns] { return columns->wholeWidth(); }});
    addAbove(m_pipeline);
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setForegroundRole(QPalette::Mid);
    addAbove(rule);
    layout()->setSpacing(0);
    // Closing changes what can be done with the proposal in the editor.
    connect(m_store, &ProposalBook::changed, this, &ProposalsPage::updateState);
}

void ProposalsPage::updateMoreActions(bool editing)
{
    const auto proposal = m_store->find(currentItemId());
    const bool open = editing && proposal && !proposal->isClosed() && !isReadOnly();
    m_closeWon->setEnabled(open);
    m_closeLost->setEnabled(open);
}

void ProposalsPage::closeAsWon()
{
    if (const auto proposal = m_store->find(currentItemId()); proposal && !proposal->isClosed())
        CloseWonDialog(m_workspace, *proposal, this).exec();
}

void ProposalsPage::closeAsLost()
{
    if (const auto proposal = m_store->find(currentItemId()); proposal && !proposal->isClosed())
        CloseLostDialog(m_workspace, *proposal, this).exec();
}

std::optional<PagedDocument> ProposalsPage::document() const
{
    const auto proposal = m_store->find(currentItemId());
    if (!proposal)
        return std::nullopt;
    return ProposalDocument(m_workspace->settings(), m_workspace->offers()->all(),
                            m_workspace->profiles()->all())
        .document(*proposal);
}

std::optional<QByteArray> ProposalsPage::keptPdf() const
{
    const auto proposal = m_store->find(currentItemId());
    if (!proposal || !proposal->isFrozen())
        return std::nullopt;
    return proposal->sentVersion(proposal->version)->pdf;
}

QList<QAction *> ProposalsPage::pageActions() const
{
    return ListEditorPage::pageActions() + m_editor->lifecycleActions();
}

QString ProposalsPage::documentFileName() const
{
    const auto proposal = m_store->find(currentItemId());
    if (!proposal)
        return QStringLiteral("Proposal.pdf");
    return safeFileName(
        QStringLiteral("%1 %2").arg(proposal->number, proposal->prospect.company).trimmed(),
        QStringLiteral("Proposal"));
}

std::optional<HistoryItem> ProposalsPage::historyItem() const
{
    const auto proposal = m_store->find(currentItemId());
    if (!proposal)
        return std::nullopt;
    return HistoryItem{History::kProposal, proposal->id, ItemKind<Proposal>::name(*proposal)};
}

void ProposalsPage::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
    ListEditorPage::setReadOnly(readOnly);
}

bool ProposalsPage::exists(qint64 id) const
{
    return m_store->find(id).has_value();
}

QModelIndex ProposalsPage::sourceIndex(qint64 id) const
{
    return m_model->indexOfId(id);
}

qint64 ProposalsPage::shownItemId() const
{
    return m_editor->proposalId();
}

void ProposalsPage::showItem(qint64 id)
{
    m_editor->setProposal(id);
}

void ProposalsPage::focusEditor()
{
    m_editor->focusProspect();
}

qint64 ProposalsPage::createItem()
{
    // The store fills in the next number, today's date and a validity 30 days on.
    Proposal proposal;
    proposal.terms = m_workspace->settings().taxNote;
    const auto id = m_store->add(proposal);
    return id ? *id : 0;
}

qint64 ProposalsPage::duplicateItem(qint64 id)
{
    return m_store->duplicate(id);
}

void ProposalsPage::removeItem(qint64 id)
{
    m_store->remove(id);
}

QString ProposalsPage::itemName(qint64 id) const
{
    const auto proposal = m_store->find(id);
    if (!proposal)
        return {};
    const QString company = proposal->prospect.company.trimmed();
    return company.isEmpty() ? proposal->number : tr("%1 for %2").arg(proposal->number, company);
}

void ProposalsPage::search(const QString &text)
{
    // Every word, in the order typed, within one column.
    QString pattern;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        pattern += QRegularExpression::escape(word) + QStringLiteral(".*");
    m_proxy->setFilterRegularExpression(
        QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption));
}

} // namespace clientele
