#pragma once

#include "clientele/storage/import/importreport.h"
#include "clientele/storage/import/invoiceline.h"
#include "customertotalsbuilder.h"
#include "importedcustomers.h"
#include "invoicestatement.h"
#include "readdocument.h"

#include <QHash>
#include <QSet>

namespace clientele::detail {

// Stores each document of an import as it streams past, all in the caller's transaction, and
// counts what it did into the report. Purchases are counted and not stored.
class InvoiceWriter {
public:
    InvoiceWriter(SQLite::Database &db, ImportReport &report, qint64 importId);

    void store(const ReadDocument &document);

    // Brings the Customers view's summaries up to date: customers with earlier sales through
    // the database, the others from what this import gathered on the way (`labels`: the
    // reading's, complete).
    void refreshSummaries(SQLite::Database &db, const PurchaseLabels &labels);

private:
    qint64 customerId(const QString &name, const QString &key);
    // Where a customer is, from its first invoice that gives an address, unless a contacts
    // import has already said.
    void placeCustomer(qint64 customer, const QString &key, const InvoiceLine &line);

    ImportReport &m_report;
    const qint64 m_importId;
    FastStatement m_insertCustomer;
    FastStatement m_placeCustomer;
    FastStatement m_insertInvoice;
    FastStatement m_findInvoice;
    FastStatement m_addToInvoice;
    FastStatement m_nextPosition;
    FastStatement m_insertLine;
    ImportCustomerRecords m_records;
    QHash<QString, qint64> m_customers;
    QSet<qint64> m_recorded;
    QSet<qint64> m_touched;
    QSet<qint64> m_placed;
    QSet<qint64> m_hadSales;
    CustomerTotalsBuilder m_totals;
    QString m_lastKey;
    qint64 m_lastId = 0;
};

// Import-only connection settings, put back however the import ends: a bigger page cache, and
// no foreign-key lookups, since every id the import stores was just read or inserted by the
// same connection in the same transaction. Durability settings stay as they are.
class ImportConnectionSettings {
public:
    explicit ImportConnectionSettings(SQLite::Database &db);
    ~ImportConnectionSettings();
    ImportConnectionSettings(const ImportConnectionSettings &) = delete;
    ImportConnectionSettings &operator=(const ImportConnectionSettings &) = delete;

private:
    SQLite::Database &m_db;
    int m_cache;
};

} // namespace clientele::detail
