#pragma once

#include "clientele/core/fitbacktest.h"

#include <QDialog>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace clientele {

class InlineNotice;
class ProspectFit;
class Workspace;

// Chart ▸ Test the Ideal on Customers…: the best imported customers by spend that are not chart
// clients, scored as if they were prospects, so the consultant sees whether the ideal describes
// them at all. The summary comes first, then the customers with their grades, and the selected
// one's explanation. It runs again whenever the fit's inputs change and after an import.
class BacktestDialog : public QDialog {
    Q_OBJECT
public:
    // What the dialog's buttons do; any may be null (then its button is not shown).
    struct Actions {
        QAction *fitWeights = nullptr;
        QAction *importInvoices = nullptr;
        QAction *importContacts = nullptr;
    };

    BacktestDialog(Workspace *workspace, Actions actions, QWidget *parent = nullptr);

    const Backtest &backtest() const { return m_backtest; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *table() const { return m_table; }
    QTableWidget *explanation() const { return m_explanation; }
    // The advice shown when most customers have too little known to grade.
    InlineNotice *advice() const { return m_advice; }
    // The sentence shown instead of the test while nothing is imported; empty otherwise.
    QString emptyText() const;
    QPushButton *importButton() const { return m_import; }

public Q_SLOTS:
    // Scores the customers again (after an import; fit changes do it themselves).
    void rerun();

private:
    QWidget *buildResults();
    QWidget *buildEmptyState();
    void fillTable();
    void showExplanation();
    void updateAdvice();

    Workspace *m_workspace;
    ProspectFit *m_fit;
    Actions m_actions;
    Backtest m_backtest;
    QStackedWidget *m_stack;
    QLabel *m_summary;
    InlineNotice *m_advice;
    QTableWidget *m_table;
    QLabel *m_explanationTitle;
    QTableWidget *m_explanation;
    QLabel *m_empty;
    QPushButton *m_import;
};

} // namespace clientele
