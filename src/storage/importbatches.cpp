#include "clientele/storage/importbatches.h"

#include "clientele/storage/customerrepository.h"
#include "import/importsession.h"
#include "importbatch.h"
#include "importedcustomers.h"
#include "sqltext.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QHash>
#include <QSet>

#include <string>

namespace clientele {

namespace {

using detail::BatchCustomer;
using detail::BatchInvoice;
using detail::BatchLine;
using detail::ImportBatch;

constexpr int kDetails = detail::kCustomerDetails;

std::optional<qint64> optionalInt(const SQLite::Column &column)
{
    return column.isNull() ? std::nullopt : std::optional<qint64>(column.getInt64());
}

std::string detailColumns(const char *table)
{
    std::string columns;
    for (const char *column : detail::kCustomerDetailColumns)
        columns += std::string(", ") + table + "." + column;
    return columns;
}

// Every import's customers, by import id and then name key.
QHash<qint64, QMap<QString, BatchCustomer>> readRecords(SQLite::Database &db)
{
    QHash<qint64, QMap<QString, BatchCustomer>> records;
    SQLite::Statement rows(db, "SELECT r.import_id, r.name_key, r.name" + detailColumns("r")
                                   + " FROM import_customer r");
    while (rows.executeStep()) {
        BatchCustomer customer{sql::text(rows.getColumn(2)), {}};
        for (int i = 0; i < kDetails; ++i)
            customer.details << sql::text(rows.getColumn(3 + i));
        records[rows.getColumn(0).getInt64()].insert(sql::text(rows.getColumn(1)), customer);
    }
    return records;
}

// Puts each document into its import's batch, its customer named as that import spelt it, and
// then each line into its document.
void readInvoices(SQLite::Database &db, QMap<qint64, ImportBatch> &batches,
                  QHash<qint64, QMap<QString, BatchCustomer>> &records)
{
    QHash<qint64, std::pair<ImportBatch *, qsizetype>> where;
    SQLite::Statement invoices(
        db, "SELECT v.id, v.import_id, c.name_key, c.name, v.doc_key, v.number, v.kind, v.status, "
            "v.date, v.net, v.tax, v.total, v.net_includes_tax, v.currency, v.counts_as_sale, "
            "v.not_sale_reason FROM invoice v JOIN customer c ON c.id = v.customer_id "
            "ORDER BY v.id");
    while (invoices.executeStep()) {
        const auto batch = batches.find(invoices.getColumn(1).getInt64());
        if (batch == batches.end())
            continue;
        // A customer without a record of this import (none should lack one) is named as it is.
        QMap<QString, BatchCustomer> &customers = records[batch.key()];
        const QString key = sql::text(invoices.getColumn(2));
        auto customer = customers.find(key);
        if (customer == customers.end())
            customer = customers.insert(
                key, BatchCustomer{sql::text(invoices.getColumn(3)), QStringList(kDetails)});
        BatchInvoice invoice;
        invoice.customer = customer->name;
        invoice.docKey = sql::text(invoices.getColumn(4));
        invoice.number = sql::text(invoices.getColumn(5));
        invoice.kind = sql::text(invoices.getColumn(6));
        invoice.status = sql::text(invoices.getColumn(7));
        invoice.date = sql::text(invoices.getColumn(8));
        invoice.net = invoices.getColumn(9).getInt64();
        invoice.tax = optionalInt(invoices.getColumn(10));
        invoice.total = optionalInt(invoices.getColumn(11));
        invoice.netIncludesTax = invoices.getColumn(12).getInt() != 0;
        invoice.currency = sql::text(invoices.getColumn(13));
        invoice.countsAsSale = invoices.getColumn(14).getInt() != 0;
        invoice.notSaleReason = sql::text(invoices.getColumn(15));
        batch->invoices.append(invoice);
        where.insert(invoices.getColumn(0).getInt64(), {&*batch, batch->invoices.size() - 1});
    }
    // The table is clustered by invoice and position, so this reads it front to back.
    SQLite::Statement lines(db, "SELECT invoice_id, source_line, item_code, description, net "
                                "FROM invoice_line ORDER BY invoice_id, position");
    while (lines.executeStep()) {
        const auto found = where.constFind(lines.getColumn(0).getInt64());
        if (found == where.cend())
            continue;
        found->first->invoices[found->second].lines.append(
            BatchLine{lines.getColumn(1).getInt64(), sql::text(lines.getColumn(2)),
                      sql::text(lines.getColumn(3)), lines.getColumn(4).getInt64()});
    }
}

// Writes batches and then brings the customers they touched up to date.
class BatchWriter {
public:
    explicit BatchWriter(SQLite::Database &db)
        : m_db(db)
        , m_insertImport(db, "INSERT INTO import (uuid, kind, file_name, header_signature, "
                             "format, date_order, imported_at, records, added, already_present, "
                             "skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , m_findCustomer(db, "SELECT id FROM customer WHERE name_key = ?")
        , m_insertCustomer(db, "INSERT INTO customer (name, name_key) VALUES (?, ?)")
        , m_holder(db, "SELECT v.id, v.customer_id, m.imported_at, m.uuid FROM invoice v "
                       "JOIN import m ON m.id = v.import_id WHERE v.doc_key = ?")
        , m_insertInvoice(db, "INSERT INTO invoice (customer_id, number, kind, status, date, "
                              "net, tax, total, net_includes_tax, currency, counts_as_sale, "
                              "not_sale_reason, import_id, doc_key) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , m_replaceInvoice(db, "UPDATE invoice SET customer_id = ?1, number = ?2, kind = ?3, "
                               "status = ?4, date = ?5, net = ?6, tax = ?7, total = ?8, "
                               "net_includes_tax = ?9, currency = ?10, counts_as_sale = ?11, "
                               "not_sale_reason = ?12, import_id = ?13 WHERE id = ?14")
        , m_dropLines(db, "DELETE FROM invoice_line WHERE invoice_id = ?")
        , m_insertLine(db, "INSERT INTO invoice_line (invoice_id, position, source_line, "
                           "item_code, description, net) VALUES (?, ?, ?, ?, ?, ?)")
    {
    }

    void write(const ImportBatch &batch)
    {
        const qint64 importId = insertImport(batch);
        detail::ImportCustomerRecords records(m_db, importId);
        QHash<QString, qint64> customers;
        for (const BatchCustomer &customer : batch.customers) {
            const QString key = detail::customerKey(customer.name);
            records.details(key, customer.name.simplified(), customer.details);
            const qint64 id = customerId(key, customer.name);
            customers.insert(key, id);
            m_keys.insert(key);
            m_touched.insert(id);
        }
        for (const BatchInvoice &invoice : batch.invoices)
            store(batch, importId, customers.value(detail::customerKey(invoice.customer)), invoice);
    }

    // The customers' details from all their imports, then their metrics, as an import ends.
    void finish()
    {
        detail::reapplyCustomerRecords(m_db, m_keys);
        if (!m_touched.isEmpty())
            CustomerRepository(m_db).refreshSummaries(&m_touched);
    }

private:
    qint64 insertImport(const ImportBatch &batch)
    {
        SQLite::Statement &insert = m_insertImport;
        insert.bind(1, sql::utf8(batch.uuid));
        insert.bind(2, sql::utf8(batch.kind));
        insert.bind(3, sql::utf8(batch.fileName));
        insert.bind(4, sql::utf8(batch.headerSignature));
        insert.bind(5, sql::utf8(batch.format));
        insert.bind(6, sql::utf8(batch.dateOrder));
        insert.bind(7, sql::utf8(batch.importedAt));
        insert.bind(8, static_cast<int64_t>(batch.records));
        insert.bind(9, static_cast<int64_t>(batch.added));
        insert.bind(10, static_cast<int64_t>(batch.alreadyPresent));
        insert.bind(11, static_cast<int64_t>(batch.skipped));
        insert.exec();
        insert.reset();
        return m_db.getLastInsertRowid();
    }

    qint64 customerId(const QString &key, const QString &name)
    {
        m_findCustomer.bind(1, sql::utf8(key));
        const bool found = m_findCustomer.executeStep();
        const qint64 id = found ? m_findCustomer.getColumn(0).getInt64() : 0;
        m_findCustomer.reset();
        if (found)
            return id;
        m_insertCustomer.bind(1, sql::utf8(name.simplified()));
        m_insertCustomer.bind(2, sql::utf8(key));
        m_insertCustomer.exec();
        m_insertCustomer.reset();
        return m_db.getLastInsertRowid();
    }

    // A document the file lacks is added; one it holds becomes the arriving import's only when
    // that import is the older, so every replica keeps the version the oldest import brought.
    void store(const ImportBatch &batch, qint64 importId, qint64 customer,
               const BatchInvoice &invoice)
    {
        m_holder.bind(1, sql::utf8(invoice.docKey));
        const bool held = m_holder.executeStep();
        qint64 invoiceId = 0;
        bool older = false;
        if (held) {
            invoiceId = m_holder.getColumn(0).getInt64();
            m_touched.insert(m_holder.getColumn(1).getInt64());
            const QString heldAt = sql::text(m_holder.getColumn(2));
            const QString heldBy = sql::text(m_holder.getColumn(3));
            older = std::pair(batch.importedAt, batch.uuid) < std::pair(heldAt, heldBy);
        }
        m_holder.reset();
        if (held && !older)
            return;
        SQLite::Statement &write = held ? m_replaceInvoice : m_insertInvoice;
        bindInvoice(write, customer, invoice, importId);
        if (held)
            write.bind(14, static_cast<int64_t>(invoiceId));
        else
            write.bind(14, sql::utf8(invoice.docKey));
        write.exec();
        write.reset();
        if (held) {
            m_dropLines.bind(1, static_cast<int64_t>(invoiceId));
            m_dropLines.exec();
            m_dropLines.reset();
        } else {
            invoiceId = m_db.getLastInsertRowid();
        }
        qint64 position = 1;
        for (const BatchLine &line : invoice.lines) {
            m_insertLine.bind(1, static_cast<int64_t>(invoiceId));
            m_insertLine.bind(2, static_cast<int64_t>(position++));
            m_insertLine.bind(3, static_cast<int64_t>(line.sourceLine));
            m_insertLine.bind(4, sql::utf8(line.itemCode));
            m_insertLine.bind(5, sql::utf8(line.description));
            m_insertLine.bind(6, static_cast<int64_t>(line.net));
            m_insertLine.exec();
            m_insertLine.reset();
        }
    }

    static void bindInvoice(SQLite::Statement &write, qint64 customer, const BatchInvoice &invoice,
                            qint64 importId)
    {
        const auto bindOptional = [&write](int index, const std::optional<qint64> &value) {
            if (value)
                write.bind(index, static_cast<int64_t>(*value));
            else
                write.bind(index);
        };
        write.bind(1, static_cast<int64_t>(customer));
        write.bind(2, sql::utf8(invoice.number));
        write.bind(3, sql::utf8(invoice.kind));
        write.bind(4, sql::utf8(invoice.status));
        if (invoice.date.isEmpty())
            write.bind(5);
        else
            write.bind(5, sql::utf8(invoice.date));
        write.bind(6, static_cast<int64_t>(invoice.net));
        bindOptional(7, invoice.tax);
        bindOptional(8, invoice.total);
        write.bind(9, invoice.netIncludesTax ? 1 : 0);
        write.bind(10, sql::utf8(invoice.currency));
        write.bind(11, invoice.countsAsSale ? 1 : 0);
        write.bind(12, sql::utf8(invoice.notSaleReason));
        write.bind(13, static_cast<int64_t>(importId));
    }

    SQLite::Database &m_db;
    SQLite::Statement m_insertImport;
    SQLite::Statement m_findCustomer;
    SQLite::Statement m_insertCustomer;
    SQLite::Statement m_holder;
    SQLite::Statement m_insertInvoice;
    SQLite::Statement m_replaceInvoice;
    SQLite::Statement m_dropLines;
    SQLite::Statement m_insertLine;
    QSet<QString> m_keys;
    QSet<qint64> m_touched;
};

} // namespace

QMap<QString, QString> readImportBatches(SQLite::Database &db)
{
    QMap<qint64, ImportBatch> batches;
    SQLite::Statement imports(db, "SELECT id, uuid, kind, file_name, header_signature, format, "
                                  "date_order, imported_at, records, added, already_present, "
                                  "skipped FROM import WHERE uuid IS NOT NULL");
    while (imports.executeStep()) {
        ImportBatch &batch = batches[imports.getColumn(0).getInt64()];
        batch.uuid = sql::text(imports.getColumn(1));
        batch.kind = sql::text(imports.getColumn(2));
        batch.fileName = sql::text(imports.getColumn(3));
        batch.headerSignature = sql::text(imports.getColumn(4));
        batch.format = sql::text(imports.getColumn(5));
        batch.dateOrder = sql::text(imports.getColumn(6));
        batch.importedAt = sql::text(imports.getColumn(7));
        batch.records = imports.getColumn(8).getInt64();
        batch.added = imports.getColumn(9).getInt64();
        batch.alreadyPresent = imports.getColumn(10).getInt64();
        batch.skipped = imports.getColumn(11).getInt64();
    }
    QHash<qint64, QMap<QString, BatchCustomer>> records = readRecords(db);
    readInvoices(db, batches, records);
    QMap<QString, QString> texts;
    for (auto it = batches.begin(); it != batches.end(); ++it) {
        it->customers = records.value(it.key()).values();
        texts.insert(it->uuid, QString::fromStdString(it->toJson()));
    }
    return texts;
}

void writeImportBatches(SQLite::Database &db, const QMap<QString, QString> &batches)
{
    // Every arriving batch is checked before any is written.
    SQLite::Statement held(db, "SELECT 1 FROM import WHERE uuid = ?");
    QList<ImportBatch> arriving;
    for (auto it = batches.cbegin(); it != batches.cend(); ++it) {
        held.bind(1, sql::utf8(it.key()));
        const bool known = held.executeStep();
        held.reset();
        if (!known)
            arriving.append(ImportBatch::fromJson(it.key(), it.value()));
    }
    if (arriving.isEmpty())
        return;
    BatchWriter writer(db);
    for (const ImportBatch &batch : std::as_const(arriving))
        writer.write(batch);
    writer.finish();
}

} // namespace clientele
