#pragma once

#include "clientele/gui/sectionpage.h"
#include "clientele/storage/customerrepository.h"

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
    std::optional<PagedDocument> document() const override;
    bool hasDocument() const override;
    QString documentFileName() const override;
    QString documentDescription() const override;

    CustomersTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QAction *pickTopAction() const { return m_pickTop; }
    QAction *addToChartAction() const { return m_addToChart; }
    QAction *showInvoicesAction() const { return m_showInvoices; }
    QAction *copyAction() const { return m_copy; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    // What a right click on a customer row offers.
    QList<QAction *> contextActions() const;
    // Whether the page shows the table (rather than the empty state).
    bool showsTable() const;
    // The sentence shown instead of the table when the filter matches no customer; empty
    // while rows are shown.
    QString noMatchText() const;

    // The selected customers, in the table's order.
    QList<CustomerRow> selectedCustomers() const;
    // The selected rows as tab-separated text with a header row, as Copy puts them.
    QString selectionText() const;
    // Writes the view as filtered and sorted to a CSV file; returns the error to show, empty
    // on success.
    QString exportCsvTo(const QString &path) const;

public Q_SLOTS:
    // Reads the customers again, after an import.
    void reload();
    void pickTopCustomers();
    void addSelectedToChart();
    // Opens the invoices of the current customer.
    void showInvoices();
    void copySelection();
    void exportCsv();

private:
    QWidget *buildEmptyState();
    void applyFilter();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void updateState();
    void updateSelectionActions();
    void showContextMenu(const QPoint &position);
    void showStatus(const QString &message);

    Workspace *m_workspace;
    CustomersTableModel *m_model;
    QStackedWidget *m_stack;
    QLineEdit *m_search;
    QLabel *m_summary;
    QTableView *m_table;
    QTimer *m_filterTimer;
    QLabel *m_noMatch;
    QAction *m_pickTop;
    QAction *m_addToChart;
    QAction *m_showInvoices;
    QAction *m_copy;
    QAction *m_exportCsv;
    QAction *m_separator;
    int m_count = 0;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    bool m_readOnly = false;
};

} // namespace clientele
