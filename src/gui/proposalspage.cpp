#include "clientele/gui/proposalspage.h"

#include "clientele/core/history.h"
#include "clientele/core/itemhistory.h"
#include "clientele/core/models/proposallistmodel.h"
#include "clientele/core/offercatalogue.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/proposalbook.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/proposaleditor.h"
#include "clientele/gui/safefilename.h"
#include "clientele/gui/sectionlistpanel.h"
#include "clientele/render/proposaldocument.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace clientele {

namespace {

const QString kSplitterKey = QStringLiteral("proposalsPage/splitter");

} // namespace

ProposalsPage::ProposalsPage(Workspace *workspace, QWidget *parent)
    : SectionPage(parent)
    , m_workspace(workspace)
    , m_store(workspace->proposals())
    , m_model(new ProposalListModel(m_store, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_list(new QTreeView(this))
    , m_panel(new SectionListPanel(QStringLiteral("Search proposals"), m_list, m_proxy, this))
    , m_right(new QStackedWidget(this))
    , m_editor(new ProposalEditor(workspace, this))
    , m_empty(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    // Search any column: number, prospect, status, style.
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);

    m_new = SectionListPanel::makeAction(
        this, QStringLiteral("list-add"), QStringLiteral("&New Proposal"),
        QKeySequence(Qt::CTRL | Qt::Key_N), &ProposalsPage::newProposal);
    m_duplicate = SectionListPanel::makeAction(
        this, QStringLiteral("edit-copy"), QStringLiteral("D&uplicate Proposal"),
        QKeySequence(Qt::CTRL | Qt::Key_D), &ProposalsPage::duplicateProposal);
    m_delete = SectionListPanel::makeAction(
        this, QStringLiteral("edit-delete"), QStringLiteral("&Delete Proposal"),
        QKeySequence(QKeySequence::Delete), &ProposalsPage::deleteProposal);
    // Del deletes a proposal only from the list; in a text field it deletes text.
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_delete);
    for (QAction *action : {m_new, m_duplicate})
        addAction(action);

    SectionListPanel::setUpEmptyLabel(m_empty);
    m_right->addWidget(m_editor);
    m_right->addWidget(m_empty);

    m_splitter->addWidget(buildListPanel());
    m_splitter->addWidget(m_right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({420, 800});
    m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProposalsPage::onCurrentChanged);
    connect(m_panel->searchField(), &QLineEdit::textChanged, this, [this](const QString &text) {
        QString pattern;
        for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            pattern += QRegularExpression::escape(word) + QStringLiteral(".*");
        m_proxy->setFilterRegularExpression(
            QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption));
        updateState();
    });
    const auto remember = [this](qint64 id) { m_pendingReveal = id; };
    connect(m_store, &ProposalBook::added, this, remember);
    connect(m_store, &ProposalBook::changed, this, remember);
    connect(m_store, &ProposalBook::removed, this, &ProposalsPage::updateState);
    connect(workspace->undoStack(), &QUndoStack::indexChanged, this, &ProposalsPage::revealPending);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ProposalsPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ProposalsPage::updateState);

    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    updateState();
}

ProposalsPage::~ProposalsPage()
{
    QSettings().setValue(kSplitterKey, m_splitter->saveState());
}

QWidget *ProposalsPage::buildListPanel()
{
    m_list->setModel(m_proxy);
    m_list->setAccessibleName(QStringLiteral("Proposals"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ProposalListModel::Number, Qt::DescendingOrder);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int column : {ProposalListModel::Staff, ProposalListModel::Style})
        m_list->setColumnHidden(column, true);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProposalListModel::Prospect, QHeaderView::Stretch);

    m_panel->setActions({m_new, m_duplicate, m_delete});
    m_panel->setMinimumWidth(280);
    return m_panel;
}

QList<QAction *> ProposalsPage::pageActions() const
{
    return {m_new, m_duplicate, m_delete};
}

int ProposalsPage::count() const
{
    return m_store->count();
}

bool ProposalsPage::hasDocument() const
{
    return m_store->find(currentProposalId()).has_value();
}

std::optional<PagedDocument> ProposalsPage::document() const
{
    const auto proposal = m_store->find(currentProposalId());
    if (!proposal)
        return std::nullopt;
    return ProposalDocument(m_workspace->settings(), m_workspace->offers()->all(),
                            m_workspace->profiles()->all())
        .document(*proposal);
}

QString ProposalsPage::documentFileName() const
{
    const auto proposal = m_store->find(currentProposalId());
    if (!proposal)
        return QStringLiteral("Proposal.pdf");
    return safeFileName(
        QStringLiteral("%1 %2").arg(proposal->number, proposal->prospect.company).trimmed(),
        QStringLiteral("Proposal"));
}

QLineEdit *ProposalsPage::searchField() const
{
    return m_panel->searchField();
}

std::optional<HistoryItem> ProposalsPage::historyItem() const
{
    const auto proposal = m_store->find(currentProposalId());
    if (!proposal)
        return std::nullopt;
    return HistoryItem{History::kProposal, proposal->id, ItemKind<Proposal>::name(*proposal)};
}

qint64 ProposalsPage::currentProposalId() const
{
    return m_editor->proposalId();
}

void ProposalsPage::selectProposal(qint64 id)
{
    m_panel->selectSource(m_model->indexOfId(id));
}

void ProposalsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    updateState();
}

void ProposalsPage::focusSearch()
{
    m_panel->focusSearch();
}

void ProposalsPage::newProposal()
{
    // The store fills in the next number, today's date and a validity 30 days on.
    Proposal proposal;
    proposal.terms = m_workspace->settings().taxNote;
    const auto id = m_store->add(proposal);
    if (!id)
        return;
    selectProposal(*id);
    m_editor->focusProspect();
}

void ProposalsPage::duplicateProposal()
{
    const qint64 id = m_store->duplicate(currentProposalId());
    if (id == 0)
        return;
    selectProposal(id);
    m_editor->focusProspect();
}

void ProposalsPage::deleteProposal()
{
    // No question asked: Undo brings it back.
    if (const qint64 id = currentProposalId())
        m_store->remove(id);
}

void ProposalsPage::onCurrentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    const qint64 id = current.isValid() ? current.data(ProposalListModel::IdRole).toLongLong() : 0;
    if (id == 0 && m_store->find(m_editor->proposalId()))
        return;
    if (id != m_editor->proposalId()) {
        m_editor->setProposal(id);
        Q_EMIT documentChanged();
    }
    updateState();
}

void ProposalsPage::revealPending()
{
    const qint64 id = std::exchange(m_pendingReveal, 0);
    if (id != 0 && id != currentProposalId() && m_store->find(id))
        selectProposal(id);
}

void ProposalsPage::updateState()
{
    if (m_editor->proposalId() != 0 && !m_store->find(m_editor->proposalId()))
        onCurrentChanged();
    const bool editing = m_store->find(m_editor->proposalId()).has_value();
    if (m_store->count() == 0)
        m_empty->setText(QStringLiteral("No proposals yet \u2014 press Ctrl+N to write one for "
                                        "a prospect"));
    else if (m_proxy->rowCount() == 0)
        m_empty->setText(QStringLiteral("No proposal matches \u201c%1\u201d \u2014 press Esc in "
                                        "the search field to show all")
                             .arg(m_panel->searchField()->text().trimmed()));
    else
        m_empty->setText(
            QStringLiteral("Select a proposal on the left, or press Ctrl+N to write one"));
    m_right->setCurrentWidget(editing ? static_cast<QWidget *>(m_editor) : m_empty);
    m_new->setEnabled(!m_readOnly);
    m_duplicate->setEnabled(editing && !m_readOnly);
    m_delete->setEnabled(editing && !m_readOnly);
    Q_EMIT countChanged(m_store->count());
}

} // namespace clientele
