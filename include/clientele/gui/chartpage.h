#pragma once

#include "clientele/gui/sectionpage.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace clientele {

class ChartActions;
class BacktestDialog;
class ChartApplyDialog;
class ChartEditor;
class ChartStructureActions;
class ChartTableView;
class ChartsPanel;
class FitWeightsDialog;
class Workspace;

// The ICP Chart section: a strip with the weighting and the main chart actions, the grid of
// clients and attributes with the derived ideal pinned beside them, and the charts in a panel
// beneath that can be folded away (remembered between runs).
class ChartPage : public SectionPage {
    Q_OBJECT
public:
    explicit ChartPage(Workspace *workspace, QWidget *parent = nullptr);
    ~ChartPage() override;

    int count() const override;
    QString menuTitle() const override { return tr("&Chart"); }
    QList<QAction *> pageActions() const override;
    void setReadOnly(bool readOnly) override;
    void focusSearch() override;
    std::optional<HistoryItem> historyItem() const override;
    std::optional<PagedDocument> document() const override;
    bool hasDocument() const override;
    QString documentFileName() const override { return tr("ICP chart.pdf"); }
    QString documentDescription() const override { return tr("the ICP chart"); }
    // How many times document() has laid the printout out: once for each print, preview or
    // export, never for showing the page.
    int documentsBuilt() const { return m_documentsBuilt; }

    ChartTableView *grid() const { return m_grid; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    QComboBox *weightingCombo() const { return m_weighting; }
    ChartActions *actions() const { return m_actions; }
    ChartStructureActions *structureActions() const { return m_structure; }
    QLabel *emptyLabel() const { return m_empty; }
    bool isShowingGrid() const;

    // Opens "Apply to Profile…"; returns the dialog (shown, not modal) for callers that drive it.
    ChartApplyDialog *openApplyDialog();
    // Opens "Fit Weights…" (shown, not modal), or raises the one already open.
    FitWeightsDialog *openFitWeights();
    // Opens "Test the Ideal on Customers…" (shown, not modal), or raises the one already open.
    BacktestDialog *openBacktest();

private:
    QWidget *buildStrip();
    QWidget *buildEmptyState();
    void orderTabs();
    QToolButton *stripButton(QAction *action, QWidget *parent);
    void showStatus(const QString &message);
    void updateState();
    void setChartsVisible(bool visible);
    void openProfile(qint64 profileId);

    Workspace *m_workspace;
    ChartEditor *m_editor;
    ChartTableView *m_grid;
    ChartActions *m_actions;
    ChartStructureActions *m_structure;
    ChartsPanel *m_charts;
    QSplitter *m_splitter;
    QStackedWidget *m_stack;
    QComboBox *m_weighting = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_emptyState = nullptr;
    QWidget *m_stripEnd = nullptr;
    QAction *m_separators[4] = {};
    mutable int m_documentsBuilt = 0;
    QPointer<FitWeightsDialog> m_fitWeights;
    QPointer<BacktestDialog> m_backtest;
};

} // namespace clientele
