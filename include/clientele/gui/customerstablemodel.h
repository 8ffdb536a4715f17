#pragma once

#include "clientele/storage/customerrepository.h"

#include <QAbstractTableModel>

namespace clientele {

class Workspace;

// The imported customers as table rows, read a page at a time from the workspace so a history
// of a million invoice lines opens at once: sorting and filtering happen in SQL, and rows are
// fetched only as the view scrolls towards them.
class CustomersTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Place,
        FirstInvoice,
        LastInvoice,
        Years,
        Invoices,
        NetSpend,
        PerMonth,
        PerYear,
        Loyalty,
        Purchases,
        ColumnCount
    };
    // The customer's id, for actions on the selected row.
    static constexpr int IdRole = Qt::UserRole + 1;
    // Rows read at a time: a few screenfuls, so opening a big history reads little, and
    // scrolling reads on as it nears the end.
    static constexpr int kPageSize = 100;

    explicit CustomersTableModel(Workspace *workspace, QObject *parent = nullptr);

    // Customers matching the filter (all of them, not just the rows fetched so far).
    int totalCount() const { return m_total; }
    // All imported customers, whatever the filter.
    int customerCount() const;
    QString filter() const { return m_query.filter; }
    void setFilter(const QString &text);
    // Reads everything again from the workspace (after an import).
    void reload();
    const CustomerRow *customer(int row) const;
    // Every customer of the view as filtered and sorted, not only the rows fetched so far.
    QList<CustomerRow> allRows() const;
    static bool isSortable(int column);
    static bool isNumeric(int column);
    // A cell's text as the printout shows it (money in whole units); the table shows the place
    // without the country most customers share.
    static QString displayText(const CustomerRow &row, int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void readRows();

    Workspace *m_workspace;
    CustomerQuery m_query;
    QString m_homeCountry;
    QList<CustomerRow> m_rows;
    int m_total = 0;
};

} // namespace clientele
