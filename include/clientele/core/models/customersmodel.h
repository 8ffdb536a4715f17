#pragma once

#include "clientele/storage/customerrepository.h"

#include <QAbstractTableModel>

namespace clientele {

class WorkspaceFile;

// The Customers view: imported customers with their metrics, one row each. Rows are fetched a
// page at a time as the view scrolls (canFetchMore/fetchMore), and sorting and filtering run in
// SQL over the cached summaries, so nothing copies the whole table. Tooltips carry the metric
// definitions of docs/metrics.md. Call reload() after an import.
class CustomersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Location,
        FirstInvoice,
        LastInvoice,
        YearsAsCustomer,
        Invoices,
        NetSpend,
        PerMonth,
        PerYear,
        Loyalty,
        Purchases,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // the customer's id
        SortRole,                  // the raw value: minor units, ISO date, tenths of a year
    };
    static constexpr int kPageSize = 100;

    explicit CustomersModel(WorkspaceFile &file, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Customers whose name, city, region, country or industry contains `text`.
    void setFilter(const QString &text);
    QString filter() const { return m_query.filter; }
    // How many customers match, fetched or not.
    int totalCount() const { return m_total; }
    CustomerRow customerAt(int row) const { return m_rows.value(row); }

public Q_SLOTS:
    void reload();

private:
    static std::optional<CustomerSort> sortFor(int column);

    CustomerRepository m_repository;
    CustomerQuery m_query;
    QList<CustomerRow> m_rows;
    int m_total = 0;
    // While a reset or layout change is being announced, listeners must not fetch: the change
    // is not complete for everyone yet.
    bool m_announcing = false;
};

} // namespace clientele
