#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace clientele {

class ChartEditor;
class ChartTableView;

// The chart's cell and view actions: clear, fill down and right, the weighting of the ideal,
// flipping the grid, applying the ideal to a profile, the fit weights, testing the ideal on the
// imported customers and showing the charts. Cell actions
// answer their keys only while the grid has focus, so Delete in a text field stays a text
// edit.
class ChartActions : public QObject {
    Q_OBJECT
public:
    ChartActions(ChartEditor *editor, ChartTableView *view, QWidget *menuParent);

    QAction *flipAction() const { return m_flip; }
    QAction *applyAction() const { return m_apply; }
    QAction *showChartsAction() const { return m_showCharts; }
    QAction *fitWeightsAction() const { return m_fitWeights; }
    QAction *backtestAction() const { return m_backtest; }
    QMenu *weightingMenu() const { return m_weightingMenu; }
    QList<QAction *> cellActions() const;

    void setReadOnly(bool readOnly);

public Q_SLOTS:
    void updateActions();

Q_SIGNALS:
    void applyRequested();
    void fitWeightsRequested();
    void backtestRequested();

private:
    QAction *makeAction(const QString &text, const QKeySequence &key);

    ChartEditor *m_editor;
    ChartTableView *m_view;
    bool m_readOnly = false;
    QAction *m_clear;
    QAction *m_fillDown;
    QAction *m_fillRight;
    QAction *m_flip;
    QAction *m_apply;
    QAction *m_showCharts;
    QAction *m_fitWeights;
    QAction *m_backtest;
    QMenu *m_weightingMenu;
    QActionGroup *m_weightings;
};

} // namespace clientele
