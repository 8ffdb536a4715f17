#include "clientele/gui/prospectspage.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/history.h"
#include "clientele/core/proposalbook.h"
#include "clientele/core/prospectbook.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/mainwindow.h"
#include "clientele/gui/printactions.h"
#include "clientele/gui/proposalspage.h"
#include "clientele/gui/prospectfileactions.h"
#include "clientele/render/prospectdocuments.h"
#include "gradebandsdialog.h"
#include "prospecteditor.h"
#include "prospectlistmodel.h"
#include "prospectscorer.h"
#include "safefilename.h"
#include "scorebardelegate.h"
#include "scorehistogram.h"
#include "sheddingcolumns.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>

namespace clientele {

static_assert(ProspectListModel::IdRole == ListEditorPage::kIdRole);

ProspectsPage::ProspectsPage(Workspace *workspace, QWidget *parent)
    : ListEditorPage(
        {
            .search = tr("Search prospects"),
            .list = tr("Prospects"),
            .newIcon = QStringLiteral("list-add"),
            .newItem = tr("&New Prospect"),
            .duplicateItem = tr("D&uplicate Prospect"),
            .deleteItem = tr("&Delete Prospect"),
            .deleted = tr("Deleted prospect \u201c%1\u201d"),
            .noItems = tr("No prospects yet \u2014 press Ctrl+N to add a business you might "
                          "approach"),
            .noMatch = tr("No prospect matches \u201c%1\u201d \u2014 press Esc in the search "
                          "field to show all"),
            .noneSelected = tr("Select a prospect on the left, or press Ctrl+N to add one"),
        },
        parent)
    , m_workspace(workspace)
    , m_store(workspace->prospects())
    , m_scorer(new ProspectScorer(workspace, this))
    , m_model(new ProspectListModel(workspace, m_scorer, this))
    , m_proxy(new ProspectFilter(this))
    , m_list(new QTreeView(this))
    , m_editor(new ProspectEditor(workspace, m_scorer, this))
    , m_histogram(new ScoreHistogram(this))
{
    m_proxy->setSourceModel(m_model);
    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    // Best fit first; "not a fit" last.
    m_list->sortByColumn(ProspectListModel::Score, Qt::DescendingOrder);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setItemDelegateForColumn(ProspectListModel::Score, new ScoreBarDelegate(m_list));
    // Company, score and grade always; the rest as the width allows, the least read first.
    using Column = ProspectListModel::Column;
    auto *columns =
        new SheddingColumns(m_list, Column::Company, m_list->fontMetrics().averageCharWidth() * 22,
                            {Column::LastContact, Column::Location, Column::Industry, Column::Staff,
                             Column::Confidence, Column::Status});

    m_bandsAction = newAction(QStringLiteral("chart"), tr("Grade &Bands\u2026"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_bandsAction->setObjectName(QStringLiteral("gradeBandsAction"));
    connect(m_bandsAction, &QAction::triggered, this, &ProspectsPage::editBands);
    addAction(m_bandsAction);
    m_proposalAction = newAction(QStringLiteral("document-new"), tr("Create &Proposal"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_proposalAction->setObjectName(QStringLiteral("createProposalAction"));
    connect(m_proposalAction, &QAction::triggered, this,
            [this] { createProposal(currentItemId()); });
    addAction(m_proposalAction);
    connect(m_editor, &ProspectEditor::createProposal, this, &ProspectsPage::createProposal);
    m_files = new ProspectFileActions(workspace, this);
    // The window's Print and Export PDF print the list; these the selected prospect's sheet.
    m_printSheetAction = newAction(QStringLiteral("document-print"), tr("Print &Fit Sheet\u2026"),
                                   QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_printSheetAction->setObjectName(QStringLiteral("printFitSheetAction"));
    connect(m_printSheetAction, &QAction::triggered, this, [this] {
        if (auto sheet = fitSheet(); sheet && printActions())
            printActions()->printDocument(*sheet);
    });
    addAction(m_printSheetAction);
    m_exportSheetAction =
        newAction(QStringLiteral("export-pdf"), tr("E&xport Fit Sheet as PDF\u2026"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportSheetAction->setObjectName(QStringLiteral("exportFitSheetAction"));
    connect(m_exportSheetAction, &QAction::triggered, this, [this] {
        //: The suggested file name, without .pdf, of a prospect's fit sheet; %1 is its company.
        const QString name = tr("Fit sheet %1").arg(itemName(currentItemId()));
        if (m_scorer->model() && printActions())
            printActions()->exportDocument(safeFileName(name, tr("Fit sheet")),
                                           [this] { return fitSheet(); });
    });
    addAction(m_exportSheetAction);

    addAbove(buildFilters());
    connect(m_scorer, &ProspectScorer::rescored, this, &ProspectsPage::refreshHistogram);
    connect(m_scorer, &ProspectScorer::scoreChanged, this, &ProspectsPage::refreshHistogram);
    refreshHistogram();

    build(
        {.store = m_store, .model = m_model, .proxy = m_proxy, .list = m_list, .editor = m_editor},
        {.settingsKey = QStringLiteral("prospectsPage/userSplit"),
         .start = 420,
         .minimum = 300,
         .whole = [columns] { return columns->wholeWidth(); },
         .editor = m_editor->readableWidth()});
}

ProspectsPage::~ProspectsPage() = default;

QWidget *ProspectsPage::buildFilters()
{
    auto *strip = new QWidget(this);
    auto *row = new QHBoxLayout(strip);
    row->setContentsMargins(8, 6, 8, 4);
    row->setSpacing(16);
    auto *filters = new QFormLayout;
    filters->setHorizontalSpacing(8);
    m_grade = new QComboBox(strip);
    m_grade->setObjectName(QStringLiteral("gradeFilter"));
    m_grade->setAccessibleName(tr("Show grade"));
    m_grade->addItem(tr("All grades"), -1);
    for (FitGrade grade : {FitGrade::A, FitGrade::B, FitGrade::C, FitGrade::D,
                           FitGrade::Insufficient, FitGrade::NotAFit})
        m_grade->addItem(fitGradeLabel(grade), int(grade));
    m_status = new QComboBox(strip);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Show status"));
    m_status->addItem(tr("All statuses"), -1);
    for (ProspectStatus status : allProspectStatuses())
        m_status->addItem(prospectStatusLabel(status), int(status));
    filters->addRow(tr("&Grade"), m_grade);
    filters->addRow(tr("Stat&us"), m_status);
    auto *bands = new QPushButton(m_bandsAction->text(), strip);
    bands->setObjectName(QStringLiteral("gradeBandsButton"));
    bands->setToolTip(m_bandsAction->toolTip());
    connect(bands, &QPushButton::clicked, m_bandsAction, &QAction::trigger);
    auto *left = new QVBoxLayout;
    left->addLayout(filters);
    left->addWidget(bands, 0, Qt::AlignLeft);
    left->addStretch();
    row->addLayout(left);
    m_histogram->setObjectName(QStringLiteral("scoreHistogram"));
    m_histogram->setFixedHeight(150);
    row->addWidget(m_histogram, 1);

    const auto chosen = [](QComboBox *combo) { return combo->currentData().toInt(); };
    connect(m_grade, &QComboBox::currentIndexChanged, this, [this, chosen] {
        const int grade = chosen(m_grade);
        m_proxy->setGrade(grade < 0 ? std::nullopt : std::optional(FitGrade(grade)));
        updateState();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this, chosen] {
        const int status = chosen(m_status);
        m_proxy->setStatus(status < 0 ? std::nullopt : std::optional(ProspectStatus(status)));
        updateState();
    });
    return strip;
}

QList<QAction *> ProspectsPage::pageActions() const
{
    return ListEditorPage::pageActions()
           + QList<QAction *>{m_proposalAction, m_printSheetAction,      m_exportSheetAction,
                              m_bandsAction,    m_files->importAction(), m_files->exportAction()};
}

void ProspectsPage::refreshHistogram()
{
    QList<int> graded;
    int left = 0;
    for (const FitScore &score : m_scorer->scores()) {
        if (score.grade == FitGrade::NotAFit || score.grade == FitGrade::Insufficient)
            ++left;
        else
            graded << score.score;
    }
    m_histogram->setScores(graded, left, bands());
}

bool ProspectsPage::isScoring() const
{
    return m_scorer->isScoring();
}

FitBands ProspectsPage::bands() const
{
    return m_workspace->settings().fitBands;
}

void ProspectsPage::editBands()
{
    GradeBandsDialog dialog(bands(), m_scorer->scores(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.bands() != bands())
        applyBands(dialog.bands());
}

void ProspectsPage::applyBands(const FitBands &bands)
{
    // One undoable change of the settings; the scorer grades again when it lands.
    WorkspaceSettings settings = m_workspace->settings();
    settings.fitBands = bands;
    m_workspace->setSettings(settings);
}

void ProspectsPage::createProposal(qint64 prospectId)
{
    if (isReadOnly() || !exists(prospectId))
        return;
    const auto made = m_workspace->proposals()->addFromProspect(prospectId);
    auto *main = qobject_cast<MainWindow *>(window());
    if (!made || !main)
        return;
    if (auto *proposals = main->showPage<ProposalsPage>())
        proposals->selectItem(*made);
}

bool ProspectsPage::hasDocument() const
{
    return m_proxy->rowCount() > 0;
}

std::optional<PagedDocument> ProspectsPage::document() const
{
    if (!hasDocument())
        return std::nullopt;
    // The rows the filters let through, with the scores the list shows; the documents rank them.
    QList<ScoredProspect> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const qint64 id = m_proxy->index(row, 0).data(ProspectListModel::IdRole).toLongLong();
        if (const auto prospect = m_store->find(id))
            shown.append({*prospect, m_scorer->score(id).value_or(FitScore{})});
    }
    const ProspectDocuments documents(m_workspace->settings(), m_workspace->chart()->chart());
    TableSheet sheet = documents.listSheet(shown);
    if (shown.size() < count())
        sheet.subtitle =
            tr("%n of %1 prospects, as filtered, best fit first.", nullptr, int(shown.size()))
                .arg(count());
    return tableDocument(m_workspace->settings(), sheet);
}

std::optional<PagedDocument> ProspectsPage::fitSheet() const
{
    const auto prospect = m_store->find(currentItemId());
    const auto score = prospect ? m_scorer->explain(prospect->id) : std::nullopt;
    if (!score)
        return std::nullopt;
    const ProspectDocuments documents(m_workspace->settings(), m_workspace->chart()->chart());
    return documents.fitSheets({{*prospect, *score}});
}

PrintActions *ProspectsPage::printActions() const
{
    auto *main = qobject_cast<MainWindow *>(window());
    return main ? main->printActions() : nullptr;
}

std::optional<HistoryItem> ProspectsPage::historyItem() const
{
    const auto prospect = m_store->find(currentItemId());
    if (!prospect)
        return std::nullopt;
    return HistoryItem{History::kProspect, prospect->id, prospect->company};
}

void ProspectsPage::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
    m_files->importAction()->setEnabled(!readOnly);
    ListEditorPage::setReadOnly(readOnly);
}

void ProspectsPage::updateMoreActions(bool editing)
{
    m_proposalAction->setEnabled(editing && !isReadOnly());
    // Read-only workspaces print too.
    m_printSheetAction->setEnabled(editing);
    m_exportSheetAction->setEnabled(editing);
    m_bandsAction->setEnabled(!isReadOnly());
}

bool ProspectsPage::exists(qint64 id) const
{
    return m_store->find(id).has_value();
}

QModelIndex ProspectsPage::sourceIndex(qint64 id) const
{
    return m_model->indexOfId(id);
}

qint64 ProspectsPage::shownItemId() const
{
    return m_editor->prospectId();
}

void ProspectsPage::showItem(qint64 id)
{
    m_editor->setProspect(id);
}

void ProspectsPage::focusEditor()
{
    m_editor->focusCompany();
}

qint64 ProspectsPage::createItem()
{
    return m_store->add(Prospect{});
}

qint64 ProspectsPage::duplicateItem(qint64 id)
{
    return m_store->duplicate(id);
}

void ProspectsPage::removeItem(qint64 id)
{
    m_store->remove(id);
}

QString ProspectsPage::itemName(qint64 id) const
{
    const auto prospect = m_store->find(id);
    return prospect ? prospect->company : QString();
}

void ProspectsPage::search(const QString &text)
{
    m_proxy->setSearch(text);
}

} // namespace clientele
