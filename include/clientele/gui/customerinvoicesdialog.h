#pragma once

#include "clientele/storage/customerrepository.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace clientele {

class Workspace;

// "Show Invoices": one customer's invoices, credit notes and other documents, newest first,
// with whether each counts as a sale (and why not), and the net of the sales under the table,
// which is the customer's net spend in the Customers view.
class CustomerInvoicesDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Number, Date, Kind, Status, Net, Currency, Sale, ColumnCount };

    CustomerInvoicesDialog(Workspace *workspace, const CustomerRow &customer,
                           QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *totals() const { return m_totals; }

    static QString kindText(CustomerDocument::Kind kind);
    // "Yes", or "No: draft" naming why the document is not a sale.
    static QString saleText(const CustomerDocument &document);

private:
    void fill(const QList<CustomerDocument> &documents);
    QString totalsText(const QList<CustomerDocument> &documents) const;

    CustomerRow m_customer;
    QTableWidget *m_table;
    QLabel *m_totals;
};

} // namespace clientele
