#pragma once

#include "clientele/gui/sectionpage.h"

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace clientele {

class CustomersTableModel;
class Workspace;

// The Customers section: every imported customer with the metrics of docs/metrics.md in a
// table sorted and filtered in SQL, and "Pick top customers…" to put the best of them into the
// ICP chart. Until something is imported it says how to import.
class CustomersPage : public SectionPage {
    Q_OBJECT
public:
    explicit CustomersPage(Workspace *workspace, QWidget *parent = nullptr);

    int count() const override;
    QString menuTitle() const override { return tr("&Customers"); }
    QList<QAction *> pageActions() const override;
    void setReadOnly(bool readOnly) override;
    void focusSearch() override;

    CustomersTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QAction *pickTopAction() const { return m_pickTop; }
    // Whether the page shows the table (rather than the empty state).
    bool showsTable() const;

public Q_SLOTS:
    // Reads the customers again, after an import.
    void reload();
    void pickTopCustomers();

private:
    QWidget *buildEmptyState();
    void applyFilter();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void updateState();

    Workspace *m_workspace;
    CustomersTableModel *m_model;
    QStackedWidget *m_stack;
    QLineEdit *m_search;
    QLabel *m_summary;
    QTableView *m_table;
    QTimer *m_filterTimer;
    QAction *m_pickTop;
    int m_count = 0;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    bool m_readOnly = false;
};

} // namespace clientele
