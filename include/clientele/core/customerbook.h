#pragma once

#include "clientele/storage/customerrepository.h"

namespace clientele {

class Workspace;

// The imported customers and their metrics, read a page at a time for the Customers view and
// by rank for "Pick top customers". Imports write them (InvoiceImporter); nothing here does.
class CustomerBook {
public:
    explicit CustomerBook(Workspace *workspace)
        : m_workspace(workspace)
    {
    }

    int count(const QString &filter = {}) const;
    QList<CustomerRow> page(const CustomerQuery &query) const;
    std::optional<CustomerRow> find(qint64 id) const;
    // Top `count` by spend, tenure or loyalty, customers with at least one sales invoice only.
    QList<CustomerRow> top(CustomerSort by, int count) const;
    // The country most customers share (CustomerRepository::homeCountry()).
    QString homeCountry() const;
    // Every customer of the view `query` describes (filter and order), whatever its limit.
    QList<CustomerRow> all(const CustomerQuery &query) const;
    // The customer's invoices, credit notes and other documents, newest first.
    QList<CustomerDocument> documents(qint64 customerId) const;

private:
    CustomerRepository repository() const;

    Workspace *m_workspace;
};

} // namespace clientele
