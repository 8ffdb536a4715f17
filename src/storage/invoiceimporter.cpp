#include "clientele/storage/invoiceimporter.h"

#include "clientele/storage/customerrepository.h"
#include "clientele/storage/import/invoicefilereader.h"
#include "customertotalsbuilder.h"
#include "import/importsession.h"
#include "invoicestatement.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

namespace clientele {

namespace {

QString kindKey(InvoiceKind kind)
{
    switch (kind) {
    case InvoiceKind::Invoice: return QStringLiteral("invoice");
    case InvoiceKind::CreditNote: return QStringLiteral("credit");
    case InvoiceKind::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString sourceKey(ImportFormat format)
{
    switch (format) {
    case ImportFormat::XeroInvoices: return QStringLiteral("xero");
    case ImportFormat::OdooInvoices: return QStringLiteral("odoo");
    default: return QStringLiteral("mapped");
    }
}

// Import-only connection settings, put back however the import ends.
class ConnectionSettings {
public:
    explicit ConnectionSettings(SQLite::Database &db)
        : m_db(db)
        , m_cache(db.execAndGet("PRAGMA cache_size").getInt())
    {
        m_db.exec("PRAGMA cache_size = -65536");
        m_db.exec("PRAGMA foreign_keys = OFF");
    }
    ~ConnectionSettings()
    {
        try {
            m_db.exec("PRAGMA foreign_keys = ON");
            m_db.exec("PRAGMA cache_size = " + std::to_string(m_cache));
        } catch (const std::exception &) {
            // The connection closes with the import anyway.
        }
    }
    ConnectionSettings(const ConnectionSettings &) = delete;
    ConnectionSettings &operator=(const ConnectionSettings &) = delete;

private:
    SQLite::Database &m_db;
    int m_cache;
};

// Stores each invoice as it streams past, all in the caller's transaction.
class InvoiceWriter {
public:
    InvoiceWriter(SQLite::Database &db, ImportReport &report, qint64 importId)
        : m_report(report)
        , m_importId(importId)
        , m_source(sourceKey(report.format))
        , m_insertCustomer(db, "INSERT INTO customer (name, name_key) VALUES (?, ?)")
        , m_insertInvoice(db,
                          "INSERT INTO invoice (doc_key, customer_id, number, kind, status, "
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

    // Brings the Customers view's summaries up to date: customers with earlier sales through
    // the database, the others from what this import gathered on the way.
    void refreshSummaries(SQLite::Database &db)
    {
        QSet<qint64> earlier;
        QSet<qint64> fresh;
        for (qint64 id : std::as_const(m_touched))
            (m_hadSales.contains(id) ? earlier : fresh).insert(id);
        if (!earlier.isEmpty())
            CustomerRepository(db).refreshSummaries(&earlier);
        m_totals.store(db, fresh);
    }

    void store(const QList<InvoiceLine> &lines)
    {
        const InvoiceLine &head = lines.constFirst();
        const qint64 customer = customerId(head.customer);
        qint64 net = 0;
        bool includesTax = false;
        for (const InvoiceLine &line : lines) {
            net += line.netAmount;
            includesTax = includesTax || line.netIncludesTax;
        }
        const QString key = documentKey(lines);
        const QString kind = kindKey(head.kind);
        const QString date = head.date.isValid() ? head.date.toString(Qt::ISODate) : QString();
        detail::FastStatement &insert = m_insertInvoice;
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
        for (const InvoiceLine &line : lines) {
            m_totals.addLine(customer, head, line);
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

private:
    qint64 customerId(const QString &name)
    {
        if (name == m_lastName)
            return m_lastId;
        const QString key = detail::customerKey(name);
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
        m_lastName = name;
        m_lastId = id;
        return id;
    }

    // Numbered documents are known by number and kind within their source; the rest (Xero's
    // overpayments, Odoo's "/" drafts, mapped files without numbers) by a hash of what they
    // hold, counted so that two identical documents in one file stay two.
    QString documentKey(const QList<InvoiceLine> &lines)
    {
        const InvoiceLine &head = lines.constFirst();
        const QString number = head.invoiceNumber.trimmed();
        if (!number.isEmpty() && number != u"/")
            return m_source + u'|' + number + u'|' + kindKey(head.kind);
        QCryptographicHash hash(QCryptographicHash::Sha1);
        const auto add = [&hash](const QString &text) {
            hash.addData(text.toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        };
        add(m_source);
        add(detail::customerKey(head.customer));
        add(head.dateText);
        add(kindKey(head.kind));
        add(head.status);
        add(head.currency);
        for (const InvoiceLine &line : lines) {
            add(QString::number(line.netAmount));
            add(line.itemCode);
            add(line.description);
        }
        const QByteArray digest = hash.result().toHex();
        const int occurrence = ++m_seenHashes[digest];
        return QStringLiteral("hash|%1#%2").arg(QString::fromLatin1(digest)).arg(occurrence);
    }

    ImportReport &m_report;
    const qint64 m_importId;
    const QString m_source;
    detail::FastStatement m_insertCustomer;
    detail::FastStatement m_insertInvoice;
    detail::FastStatement m_findInvoice;
    detail::FastStatement m_addToInvoice;
    detail::FastStatement m_nextPosition;
    detail::FastStatement m_insertLine;
    QHash<QString, qint64> m_customers;
    QHash<QByteArray, int> m_seenHashes;
    QSet<qint64> m_touched;
    QSet<qint64> m_hadSales;
    detail::CustomerTotalsBuilder m_totals;
    QString m_lastName;
    qint64 m_lastId = 0;
};

} // namespace

ImportReport InvoiceImporter::run(const QString &csvPath, const ImportOptions &given)
{
    ImportReport report;
    report.kind = ImportReport::Kind::Invoices;
    ImportOptions options = given;
    detail::ImportSession session(report, options);
    if (!session.begin(m_workspacePath, csvPath))
        return report;
    SQLite::Database &db = session.db();
    try {
        // For the import only: a bigger page cache, and no foreign-key lookups, since every id
        // stored was just read or inserted by this connection in this transaction. Durability
        // settings stay as they are.
        ConnectionSettings settings(db);
        SQLite::Transaction transaction(db);
        const qint64 importId = session.insertImportRow();
        InvoiceWriter writer(db, report, importId);
        const Result<InvoiceReadResult> read =
            streamInvoices(session.csv(), csvPath, options.read, [&](QList<InvoiceLine> &lines) {
                writer.store(lines);
                return true;
            });
        if (!read) {
            report.outcome = ImportReport::Outcome::Failed;
            report.error = read.errorMessage();
            return report; // the transaction rolls back
        }
        report.format = read->mapping.format;
        report.header = read->header;
        report.headerSignature = read->headerSignature;
        report.dateOrder = read->dateOrder;
        report.records = read->records;
        report.problems = read->problems;
        if (!session.accept(read->cancelled, read->needsMapping(), read->needsDateOrder())) {
            report.linesImported = report.documentsImported = report.customersAdded = 0;
            report.notSales.clear();
            return report;
        }
        session.finishImportRow();
        session.rememberMapping();
        writer.refreshSummaries(db);
        transaction.commit();
    } catch (const std::exception &e) {
        session.fail(e);
        report.linesImported = report.documentsImported = report.customersAdded = 0;
    }
    return report;
}

} // namespace clientele
