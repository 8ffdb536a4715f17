#pragma once

// Helpers for the tests of imports that travel between replicas: workspaces standing for the
// replicas, carrying every import of one to another, and what a user sees of each (the customers
// with their metrics, every document with its lines) as text to compare.

#include "clientele/storage/contactimporter.h"
#include "clientele/storage/customerrepository.h"
#include "clientele/storage/importbatches.h"
#include "clientele/storage/invoiceimporter.h"

#include "importertestsupport.h"

#include <QFile>

namespace importtest {

inline clientele::ImportOptions withoutSnapshot()
{
    clientele::ImportOptions options;
    options.snapshot = false;
    return options;
}

inline void importInvoices(const QString &workspace, const QString &csv)
{
    const clientele::ImportReport report =
        clientele::InvoiceImporter(workspace).run(csv, withoutSnapshot());
    INFO(report.summary().toStdString());
    REQUIRE(report.committed());
}

inline void importContacts(const QString &workspace, const QString &csv)
{
    clientele::ImportOptions options = withoutSnapshot();
    options.allowProblems = true;
    const clientele::ImportReport report = clientele::ContactImporter(workspace).run(csv, options);
    INFO(report.summary().toStdString());
    REQUIRE(report.committed());
}

inline QString writeFile(const TempWorkspace &ws, const QString &name, const QByteArray &text)
{
    const QString path = ws.dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(text) == text.size());
    return path;
}

// Sets when the workspace's import of `fileName` was made, so that tests know which is older.
inline void setImportedAt(const QString &workspace, const char *fileName, const char *when)
{
    SQLite::Database db(workspace.toStdString(), SQLite::OPEN_READWRITE);
    SQLite::Statement update(db, "UPDATE import SET imported_at = ? WHERE file_name = ?");
    update.bind(1, when);
    update.bind(2, fileName);
    REQUIRE(update.exec() == 1);
}

inline QMap<QString, QString> batchesOf(const QString &workspace)
{
    auto file =
        clientele::WorkspaceFile::open(workspace, clientele::WorkspaceFile::Access::ReadOnly);
    REQUIRE(file.ok());
    return clientele::readImportBatches((*file)->database());
}

// Writes the batches into the workspace in one transaction; the error when it refused them.
inline clientele::Status writeBatches(const QString &workspace,
                                      const QMap<QString, QString> &batches)
{
    auto file = clientele::WorkspaceFile::open(workspace);
    REQUIRE(file.ok());
    return (*file)->transaction(
        [&] { clientele::writeImportBatches((*file)->database(), batches); });
}

// Every import of `from` carried to `to`, as a sync would.
inline void carry(const QString &from, const QString &to)
{
    const clientele::Status written = writeBatches(to, batchesOf(from));
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
}

inline QList<clientele::CustomerRow> customersOf(const QString &workspace)
{
    auto file =
        clientele::WorkspaceFile::open(workspace, clientele::WorkspaceFile::Access::ReadOnly);
    REQUIRE(file.ok());
    return clientele::CustomerRepository((*file)->database())
        .page({clientele::CustomerSort::Name, false, {}, 0, 1000});
}

inline clientele::CustomerRow customerOf(const QString &workspace, const QString &name)
{
    for (const clientele::CustomerRow &row : customersOf(workspace)) {
        if (row.name == name)
            return row;
    }
    FAIL("no customer " << name.toStdString());
    return {};
}

// The Customers view as text, one customer a line, without the file's local ids.
inline QStringList customersText(const QString &workspace)
{
    QStringList lines;
    for (const clientele::CustomerRow &c : customersOf(workspace)) {
        const clientele::CustomerMetrics &m = c.metrics;
        lines << QStringList{c.name,
                             c.email,
                             c.website,
                             c.city,
                             c.region,
                             c.country,
                             c.industry,
                             c.tags,
                             m.currency,
                             m.firstInvoice.toString(Qt::ISODate),
                             m.lastInvoice.toString(Qt::ISODate),
                             QString::number(m.tenureDays),
                             QString::number(m.invoices),
                             QString::number(m.creditNotes),
                             QString::number(m.netSpend),
                             QString::number(m.monthsSpanned),
                             QString::number(m.perMonth),
                             QString::number(m.perYear),
                             QString::number(m.loyalty),
                             m.purchases.join(u'/'),
                             clientele::otherCurrenciesText(m.otherCurrencies)}
                     .join(u'|');
    }
    return lines;
}

// Every document with its customer, the import that brought it and its lines, by key.
inline QStringList documentsText(const QString &workspace)
{
    SQLite::Database db(workspace.toStdString(), SQLite::OPEN_READONLY);
    SQLite::Statement rows(
        db, "SELECT i.doc_key || '|' || c.name || '|' || i.number || '|' || i.kind || '|' || "
            "i.status || '|' || coalesce(i.date, '-') || '|' || i.net || '|' || "
            "coalesce(i.tax, '-') || '|' || coalesce(i.total, '-') || '|' || i.net_includes_tax "
            "|| '|' || i.currency || '|' || i.counts_as_sale || '|' || i.not_sale_reason || '|' "
            "|| m.uuid || '|' || (SELECT group_concat(position || ':' || source_line || ':' || "
            "item_code || ':' || description || ':' || net, ';') FROM (SELECT * FROM "
            "invoice_line WHERE invoice_id = i.id ORDER BY position)) "
            "FROM invoice i JOIN customer c ON c.id = i.customer_id "
            "JOIN import m ON m.id = i.import_id ORDER BY i.doc_key");
    QStringList lines;
    while (rows.executeStep())
        lines << QString::fromUtf8(rows.getColumn(0).getText());
    return lines;
}

} // namespace importtest
