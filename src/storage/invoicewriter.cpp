#include "invoicewriter.h"

#include "clientele/storage/customerrepository.h"
#include "import/importsession.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace clientele::detail {

InvoiceWriter::InvoiceWriter(SQLite::Database &db, ImportReport &report, qint64 importId)
    : m_report(report)
    , m_importId(importId)
    , m_insertCustomer(db, "INSERT INTO customer (name, name_key) VALUES (?, ?)")
    , m_placeCustomer(db, "UPDATE customer SET city = ?2, region = ?3, country = ?4 "
                          "WHERE id = ?1 AND city = '' AND region = '' AND country = ''")
    , m_insertInvoice(db, "INSERT INTO invoice (doc_key, customer_id, number, kind, status, "
                          "date, net, tax, total, net_includes_tax, currency, counts_as_sale, "
                          "not_sale_reason, import_id) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
                          "ON CONFLICT (doc_key) DO NOTHING")
    , m_findInvoice(db, "SELECT id, import_id FROM invoice WHERE doc_key = ?")
    , m_addToInvoice(db, "UPDATE invoice SET net = net + ?2, "
                         "net_includes_tax = net_includes_tax OR ?3 WHERE id = ?1")
    , m_nextPosition(db, "SELECT coalesce(max(position), 0) + 1 FROM invoice_line "
                         "WHERE invoice_id = ?")
    , m_insertLine(db, "INSERT INTO invoice_line (invoice_id, position, source_line, "
                       "item_code, description, net) VALUES (?, ?, ?, ?, ?, ?)")
    , m_records(db, importId)
{
    SQLite::Statement known(db, "SELECT id, name_key FROM customer");
    while (known.executeStep())
        m_customers.insert(QString::fromUtf8(known.getColumn(1).getText()),
                           known.getColumn(0).getInt64());
    SQLite::Statement sold(db, "SELECT customer_id FROM customer_summary "
                               "WHERE invoices + credit_notes > 0");
    while (sold.executeStep())
        m_hadSales.insert(sold.getColumn(0).getInt64());
}

void InvoiceWriter::refreshSummaries(SQLite::Database &db, const PurchaseLabels &labels)
{
    QSet<qint64> earlier;
    QSet<qint64> fresh;
    for (qint64 id : std::as_const(m_touched))
        (m_hadSales.contains(id) ? earlier : fresh).insert(id);
    if (!earlier.isEmpty())
        CustomerRepository(db).refreshSummaries(&earlier);
    m_totals.store(db, fresh, labels);
}

void InvoiceWriter::store(const ReadDocument &document)
{
    const QList<InvoiceLine> &lines = document.lines;
    const InvoiceLine &head = lines.constFirst();
    const QString &key = document.key;
    if (head.kind == InvoiceKind::Purchase) {
        m_report.purchaseLines += lines.size();
        ++m_report.purchaseDocuments;
        return;
    }
    const bool sale =
        head.countsAsSale
        && (head.kind == InvoiceKind::Invoice || head.kind == InvoiceKind::CreditNote);

    const qint64 customer = customerId(head.customer, document.customerKey);
    placeCustomer(customer, document.customerKey, head);
    qint64 net = 0;
    bool includesTax = false;
    for (const InvoiceLine &line : lines) {
        net += line.netAmount;
        includesTax = includesTax || line.netIncludesTax;
    }
    const QString kind = kindKey(head.kind);
    const QString date = head.date.isValid() ? head.date.toString(Qt::ISODate) : QString();
    FastStatement &insert = m_insertInvoice;
    insert.bind(1, key);
    insert.bind(2, customer);
    insert.bind(3, head.invoiceNumber);
    insert.bind(4, kind);
    insert.bind(5, head.status);
    if (date.isEmpty())
        insert.bindNull(6);
    else
        insert.bind(6, date);
    insert.bind(7, net);
    insert.bind(8, head.invoiceTax);
    insert.bind(9, head.invoiceTotal);
    insert.bind(10, qint64(includesTax));
    insert.bind(11, head.currency);
    insert.bind(12, qint64(head.countsAsSale));
    insert.bind(13, head.notSaleReason);
    insert.bind(14, m_importId);
    insert.step();
    const bool added = insert.changes() > 0;
    insert.reset();

    qint64 invoiceId = 0;
    qint64 position = 1;
    if (added) {
        invoiceId = insert.lastRowId();
        ++m_report.documentsImported;
        m_report.salesDocuments += sale;
        if (sale)
            ++m_report.salesByCurrency[head.currency];
    } else {
        m_findInvoice.bind(1, key);
        m_findInvoice.step();
        invoiceId = m_findInvoice.int64(0);
        const qint64 storedBy = m_findInvoice.int64(1);
        m_findInvoice.reset();
        if (storedBy != m_importId) {
            // An earlier import stored this document: leave it as it is.
            ++m_report.documentsAlreadyPresent;
            m_report.linesAlreadyPresent += lines.size();
            m_report.salesDocuments += sale;
            return;
        }
        // More lines of an invoice this file already began (its lines were not together).
        m_addToInvoice.bind(1, invoiceId);
        m_addToInvoice.bind(2, net);
        m_addToInvoice.bind(3, qint64(includesTax));
        m_addToInvoice.run();
        m_nextPosition.bind(1, invoiceId);
        m_nextPosition.step();
        position = m_nextPosition.int64(0);
        m_nextPosition.reset();
    }
    m_totals.addDocument(customer, head, net, added);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const InvoiceLine &line = lines.at(i);
        m_totals.addLine(line, document.labels.at(i));
        m_insertLine.bind(1, invoiceId);
        m_insertLine.bind(2, position++);
        m_insertLine.bind(3, line.sourceLine);
        m_insertLine.bind(4, line.itemCode);
        m_insertLine.bind(5, line.description);
        m_insertLine.bind(6, line.netAmount);
        m_insertLine.run();
    }
    m_report.linesImported += lines.size();
    if (!head.countsAsSale)
        m_report.notSales[head.notSaleReason] += lines.size();
    m_touched.insert(customer);
}

qint64 InvoiceWriter::customerId(const QString &name, const QString &key)
{
    if (key.constData() == m_lastKey.constData() || key == m_lastKey)
        return m_lastId;
    auto it = m_customers.constFind(key);
    qint64 id = 0;
    if (it != m_customers.cend()) {
        id = *it;
    } else {
        const QString shown = name.simplified();
        m_insertCustomer.bind(1, shown);
        m_insertCustomer.bind(2, key);
        m_insertCustomer.run();
        id = m_insertCustomer.lastRowId();
        m_customers.insert(key, id);
        ++m_report.customersAdded;
    }
    if (!m_recorded.contains(id)) {
        m_records.name(key, name.simplified());
        m_recorded.insert(id);
    }
    m_lastKey = key;
    m_lastId = id;
    return id;
}

void InvoiceWriter::placeCustomer(qint64 customer, const QString &key, const InvoiceLine &line)
{
    if ((line.city.isEmpty() && line.region.isEmpty() && line.country.isEmpty())
        || m_placed.contains(customer))
        return;
    m_placed.insert(customer);
    m_records.place(key, line.city, line.region, line.country);
    m_placeCustomer.bind(1, customer);
    m_placeCustomer.bind(2, line.city);
    m_placeCustomer.bind(3, line.region);
    m_placeCustomer.bind(4, line.country);
    m_placeCustomer.run();
}

ImportConnectionSettings::ImportConnectionSettings(SQLite::Database &db)
    : m_db(db)
    , m_cache(db.execAndGet("PRAGMA cache_size").getInt())
{
    m_db.exec("PRAGMA cache_size = -65536");
    m_db.exec("PRAGMA foreign_keys = OFF");
}

ImportConnectionSettings::~ImportConnectionSettings()
{
    try {
        m_db.exec("PRAGMA foreign_keys = ON");
        m_db.exec("PRAGMA cache_size = " + std::to_string(m_cache));
    } catch (const std::exception &) {
        // The connection closes with the import anyway.
    }
}

} // namespace clientele::detail
