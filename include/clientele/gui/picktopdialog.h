#pragma once

#include "clientele/core/picktopcustomers.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace clientele {

class Workspace;

// "Pick top customers…": the top N customers by spend, tenure or loyalty, previewed with what
// each puts into the ICP chart (years as customer, spend per month and per year, what they
// purchase), then put in as one undo step. Values the user typed into the chart are kept unless
// they tick the box that lists them.
class PickTopDialog : public QDialog {
    Q_OBJECT
public:
    explicit PickTopDialog(Workspace *workspace, QWidget *parent = nullptr);

    void setCount(int count);
    const PickTopPlan &plan() const { return m_plan; }
    QTableWidget *previewTable() const { return m_table; }
    QCheckBox *overwriteBox() const { return m_overwrite; }

    // What the last "Put into Chart" did, for the status bar; empty before.
    QString summary() const { return m_summary; }
    // Puts the previewed customers into the chart and closes; stays open on failure.
    void accept() override;

private:
    void refresh();
    void fillRow(int row, const PickTopClient &client);

    Workspace *m_workspace;
    QSpinBox *m_count;
    QComboBox *m_by;
    QTableWidget *m_table;
    QLabel *m_notes;
    QCheckBox *m_overwrite;
    QDialogButtonBox *m_buttons;
    PickTopPlan m_plan;
    QString m_summary;
};

} // namespace clientele
