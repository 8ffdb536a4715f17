#include "clientele/gui/chartpage.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/history.h"
#include "clientele/core/models/chartmodel.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/backtestdialog.h"
#include "clientele/gui/chartactions.h"
#include "clientele/gui/chartapplydialog.h"
#include "clientele/gui/chartspanel.h"
#include "clientele/gui/chartstructureactions.h"
#include "clientele/gui/charttableview.h"
#include "clientele/gui/chartviewmodel.h"
#include "clientele/gui/fitweightsdialog.h"
#include "clientele/gui/importactions.h"
#include "clientele/gui/mainwindow.h"
#include "clientele/gui/profilespage.h"
#include "clientele/render/chartprintout.h"
#include "flowlayout.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace clientele {

namespace {

const QString kSplitterKey = QStringLiteral("chartPage/splitter");
const QString kChartsKey = QStringLiteral("chartPage/chartsVisible");

} // namespace

ChartPage::ChartPage(Workspace *workspace, QWidget *parent)
    : SectionPage(parent)
    , m_workspace(workspace)
    , m_editor(workspace->chart())
    , m_grid(new ChartTableView(m_editor, this))
    , m_actions(new ChartActions(m_editor, m_grid, this))
    , m_structure(new ChartStructureActions(m_editor, m_grid, this))
    , m_charts(new ChartsPanel(m_editor, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("chartPage"));
    for (QAction *&separator : m_separators) {
        separator = new QAction(this);
        separator->setSeparator(true);
    }
    m_stack->addWidget(m_grid);
    m_stack->addWidget(buildEmptyState());
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_charts);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({520, 300});
    m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildStrip());
    layout->addWidget(m_splitter, 1);
    orderTabs();

    // Page-wide actions answer their keys anywhere on the page.
    for (QAction *action :
         {m_structure->addClientAction(), m_structure->addAttributeAction(),
          m_actions->fitWeightsAction(), m_actions->backtestAction(), m_actions->flipAction(),
          m_actions->applyAction(), m_actions->showChartsAction()})
        addAction(action);

    const QColor accent(workspace->settings().accentColor);
    m_grid->viewModel()->setAccentColor(accent);
    m_charts->setAccentColor(accent);
    connect(workspace, &Workspace::settingsChanged, this, [this] {
        const QColor accent(m_workspace->settings().accentColor);
        m_grid->viewModel()->setAccentColor(accent);
        m_charts->setAccentColor(accent);
    });
    connect(m_editor, &ChartEditor::chartChanged, this, &ChartPage::updateState);
    connect(m_grid, &ChartTableView::statusMessage, this, &ChartPage::showStatus);
    connect(m_structure, &ChartStructureActions::statusMessage, this, &ChartPage::showStatus);
    connect(m_actions, &ChartActions::applyRequested, this, &ChartPage::openApplyDialog);
    connect(m_actions, &ChartActions::fitWeightsRequested, this, &ChartPage::openFitWeights);
    connect(m_actions, &ChartActions::backtestRequested, this, &ChartPage::openBacktest);
    connect(m_actions->showChartsAction(), &QAction::toggled, this, &ChartPage::setChartsVisible);

    m_actions->showChartsAction()->setChecked(QSettings().value(kChartsKey, true).toBool());
    setChartsVisible(m_actions->showChartsAction()->isChecked());
    updateState();
}

ChartPage::~ChartPage()
{
    QSettings settings;
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kChartsKey, m_actions->showChartsAction()->isChecked());
}

QToolButton *ChartPage::stripButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(action->icon().isNull() ? Qt::ToolButtonTextOnly
                                                       : Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

QWidget *ChartPage::buildStrip()
{
    auto *strip = new QWidget(this);
    strip->setObjectName(QStringLiteral("chartStrip"));
    m_weighting = new QComboBox(strip);
    m_weighting->setAccessibleName(tr("Weighting of the ideal"));
    for (Weighting weighting : allWeightings()) {
        m_weighting->addItem(weightingLabel(weighting), int(weighting));
        m_weighting->setItemData(m_weighting->count() - 1, weightingDescription(weighting),
                                 Qt::ToolTipRole);
    }
    connect(m_weighting, &QComboBox::activated, this, [this](int row) {
        m_editor->setWeighting(Weighting(m_weighting->itemData(row).toInt()));
    });
    auto *label = new QLabel(tr("&Weighting:"), strip);
    label->setBuddy(m_weighting);
    m_summary = new QLabel(strip);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The weighting and what the ideal is made of on the left, the buttons on the right; when
    // the window is too narrow for both on one line, the buttons go on a second, still on the
    // right.
    auto *row = new FlowLayout(strip);
    row->setContentsMargins(10, 6, 10, 6);
    row->setSpacing(6);
    auto *weighting = new QHBoxLayout;
    weighting->setSpacing(6);
    weighting->addWidget(label);
    weighting->addWidget(m_weighting);
    weighting->addSpacing(8);
    m_summary->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    weighting->addWidget(m_summary);
    row->addLayout(weighting);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addStretch();
    buttons->addWidget(stripButton(m_structure->addClientAction(), strip));
    buttons->addWidget(stripButton(m_actions->flipAction(), strip));
    buttons->addWidget(stripButton(m_actions->showChartsAction(), strip));
    QToolButton *apply = stripButton(m_actions->applyAction(), strip);
    apply->setAutoRaise(false);
    buttons->addWidget(apply);
    row->addLayout(buttons);
    m_stripEnd = apply;
    return strip;
}

void ChartPage::orderTabs()
{
    // The strip is built after the grid and the charts, but reads first: Tab follows the page
    // from the top, the strip, then the grid (or its empty state), then the charts.
    QList<QWidget *> below;
    for (QWidget *widget = nextInFocusChain(); widget != this; widget = widget->nextInFocusChain())
        if ((m_stack->isAncestorOf(widget) || m_charts->isAncestorOf(widget))
            && (widget->focusPolicy() & Qt::TabFocus))
            below.append(widget);
    QWidget *previous = m_stripEnd;
    for (QWidget *widget : std::as_const(below)) {
        setTabOrder(previous, widget);
        previous = widget;
    }
}

QWidget *ChartPage::buildEmptyState()
{
    m_emptyState = new QWidget(this);
    m_empty = new QLabel(tr("The chart has no clients yet.\nAdd your best clients "
                            "\u2014 five is a good start \u2014 and fill in what you "
                            "know about each; the ideal customer is derived as you "
                            "type."),
                         m_emptyState);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *add = new QPushButton(tr("Add Client (Ctrl+N)"), m_emptyState);
    connect(add, &QPushButton::clicked, m_structure, &ChartStructureActions::addClient);
    auto *layout = new QVBoxLayout(m_emptyState);
    layout->addStretch();
    layout->addWidget(m_empty);
    layout->addWidget(add, 0, Qt::AlignCenter);
    layout->addStretch();
    return m_emptyState;
}

int ChartPage::count() const
{
    return int(m_editor->chart().clients().size());
}

QList<QAction *> ChartPage::pageActions() const
{
    QList<QAction *> actions = m_structure->clientActions();
    actions << m_separators[0] << m_structure->attributeActions() << m_separators[1]
            << m_actions->cellActions() << m_separators[2]
            << m_actions->weightingMenu()->menuAction() << m_actions->fitWeightsAction()
            << m_actions->backtestAction() << m_actions->flipAction()
            << m_actions->showChartsAction() << m_separators[3] << m_actions->applyAction();
    return actions;
}

void ChartPage::setReadOnly(bool readOnly)
{
    m_grid->setReadOnly(readOnly);
    m_actions->setReadOnly(readOnly);
    m_structure->setReadOnly(readOnly);
    m_weighting->setEnabled(!readOnly);
}

void ChartPage::focusSearch()
{
    m_grid->setFocus(Qt::ShortcutFocusReason);
}

std::optional<HistoryItem> ChartPage::historyItem() const
{
    const QModelIndex at = m_grid->viewModel()->mapToSource(m_grid->currentIndex());
    const ChartClient *client =
        m_workspace->chart()->chart().client(m_grid->chartModel()->clientIdAt(at));
    if (!client)
        return std::nullopt;
    return HistoryItem{History::kClient, client->id, client->name};
}

bool ChartPage::hasDocument() const
{
    return true; // an empty chart prints as the blank form
}

std::optional<PagedDocument> ChartPage::document() const
{
    ++m_documentsBuilt;
    // What is on screen is what is printed: the ideal is not derived again.
    return ChartPrintout(m_workspace->settings()).document(m_editor->chart());
}

bool ChartPage::isShowingGrid() const
{
    return m_stack->currentWidget() == m_grid;
}

void ChartPage::showStatus(const QString &message)
{
    if (auto *window = qobject_cast<QMainWindow *>(this->window()))
        window->statusBar()->showMessage(message, 10000);
}

void ChartPage::setChartsVisible(bool visible)
{
    m_charts->setVisible(visible);
}

void ChartPage::updateState()
{
    const IcpChart &chart = m_editor->chart();
    const IdealProfile &ideal = m_editor->ideal();
    m_stack->setCurrentWidget(chart.clients().isEmpty() ? m_emptyState
                                                        : static_cast<QWidget *>(m_grid));
    m_weighting->setCurrentIndex(m_weighting->findData(int(chart.weighting())));
    m_weighting->setToolTip(weightingDescription(chart.weighting()));
    const int clients = int(chart.clients().size());
    QString summary =
        ideal.clientCount == clients
            ? tr("Ideal derived from all %n clients", nullptr, clients)
            : tr("Ideal derived from %1 of %n clients (the reference clients)", nullptr, clients)
                  .arg(ideal.clientCount);
    if (!ideal.weights.note.isEmpty())
        summary += QStringLiteral(" \u2014 ") + ideal.weights.note;
    m_summary->setText(summary);
    m_summary->setToolTip(ideal.weightingText());
    Q_EMIT countChanged(clients);
}

ChartApplyDialog *ChartPage::openApplyDialog()
{
    auto *main = qobject_cast<MainWindow *>(window());
    // A Profiles page never shown has no profile chosen.
    const ProfilesPage *profiles = main ? main->builtPage<ProfilesPage>() : nullptr;
    const qint64 current = profiles ? profiles->currentItemId() : 0;
    auto *dialog = new ChartApplyDialog(m_editor, current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChartApplyDialog::openProfileRequested, this, &ChartPage::openProfile);
    dialog->open();
    return dialog;
}

FitWeightsDialog *ChartPage::openFitWeights()
{
    if (!m_fitWeights) {
        m_fitWeights = new FitWeightsDialog(m_editor, this);
        m_fitWeights->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_fitWeights->show();
    m_fitWeights->raise();
    m_fitWeights->activateWindow();
    return m_fitWeights;
}

BacktestDialog *ChartPage::openBacktest()
{
    if (!m_backtest) {
        auto *main = qobject_cast<MainWindow *>(window());
        ImportActions *imports = main ? main->importActions() : nullptr;
        BacktestDialog::Actions actions;
        actions.fitWeights = m_actions->fitWeightsAction();
        if (imports) {
            actions.importInvoices = imports->invoicesAction();
            actions.importContacts = imports->contactsAction();
        }
        m_backtest = new BacktestDialog(m_workspace, actions, this);
        m_backtest->setAttribute(Qt::WA_DeleteOnClose);
        // Fit changes re-run it by themselves; new customers come only from an import.
        if (imports)
            connect(imports, &ImportActions::imported, m_backtest, &BacktestDialog::rerun);
    }
    m_backtest->show();
    m_backtest->raise();
    m_backtest->activateWindow();
    return m_backtest;
}

void ChartPage::openProfile(qint64 profileId)
{
    auto *main = qobject_cast<MainWindow *>(window());
    if (ProfilesPage *profiles = main ? main->showPage<ProfilesPage>() : nullptr)
        profiles->selectItem(profileId);
}

} // namespace clientele
