#include "invoicetally.h"

#include "import/dateparts.h"
#include "import/importsession.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace clientele::detail {

namespace {

// Reads a line's date as the streaming reader would under `order`; empty when it reads.
QString dateProblem(const InvoiceLine &line, DateOrder order)
{
    if (line.dateText.isEmpty())
        return {};
    const DateParts parts = splitDate(line.dateText);
    if (parts.ok && (parts.yearFirst || parts.namedMonth || parts.a == parts.b))
        order = parts.yearFirst ? DateOrder::YearMonthDay : DateOrder::DayMonthYear;
    const Result<QDate> date = parseDate(line.dateText, order);
    return date ? QString() : date.errorMessage();
}

} // namespace

InvoiceTally::InvoiceTally(SQLite::Database &db, QList<DateOrder> orders)
{
    if (db.execAndGet("SELECT EXISTS (SELECT 1 FROM invoice)").getInt() != 0)
        m_findDocument.emplace(db, "SELECT 1 FROM invoice WHERE doc_key = ?");
    SQLite::Statement customers(db, "SELECT name_key FROM customer");
    while (customers.executeStep())
        m_knownCustomers.insert(QString::fromUtf8(customers.getColumn(0).getText()));
    for (const DateOrder order : orders)
        m_counts.push_back({order, {}, {}});
}

bool InvoiceTally::storedBefore(const QString &key)
{
    if (!m_findDocument)
        return false;
    m_findDocument->bind(1, key);
    const bool found = m_findDocument->step();
    m_findDocument->reset();
    return found;
}

void InvoiceTally::add(const ReadDocument &document)
{
    const QList<InvoiceLine> &group = document.lines;
    for (const InvoiceLine &line : group)
        m_dates.add(line.dateText, line.sourceLine);
    const InvoiceLine &head = group.constFirst();
    const QString &key = document.key;
    const size_t hash = qHash(key, size_t(0x9E3779B97F4A7C15));
    const bool laterPart = m_seenDocuments.contains(hash);
    if (!laterPart)
        m_seenDocuments.insert(hash);
    const bool present = !laterPart && storedBefore(key);
    const bool purchase = head.kind == InvoiceKind::Purchase;
    const bool sale =
        head.countsAsSale
        && (head.kind == InvoiceKind::Invoice || head.kind == InvoiceKind::CreditNote);
    const QString &customer = document.customerKey;

    for (Count &count : m_counts) {
        ImportReport &c = count.counts;
        qint64 lines = 0;
        for (const InvoiceLine &line : group) {
            if (const QString why = dateProblem(line, count.order); !why.isEmpty())
                c.problems.append({{}, line.sourceLine, 0, {}, why});
            else
                ++lines;
        }
        if (lines == 0)
            continue;
        if (purchase) {
            c.purchaseLines += lines;
            c.purchaseDocuments += !laterPart;
            continue;
        }
        if (sale && !laterPart)
            ++c.salesDocuments;
        if (!m_knownCustomers.contains(customer) && !count.newCustomers.contains(customer)) {
            count.newCustomers.insert(customer);
            ++c.customersAdded;
        }
        if (present) {
            ++c.documentsAlreadyPresent;
            c.linesAlreadyPresent += lines;
            continue;
        }
        c.documentsImported += !laterPart;
        c.linesImported += lines;
        if (!head.countsAsSale)
            c.notSales[head.notSaleReason] += lines;
    }
}

ImportReport InvoiceTally::report(DateOrder order, const ImportReport &base,
                                  const QString &dateColumn) const
{
    ImportReport report = base;
    for (const Count &count : m_counts) {
        if (count.order != order)
            continue;
        const ImportReport &c = count.counts;
        report.dateOrder = order;
        report.linesImported = c.linesImported;
        report.documentsImported = c.documentsImported;
        report.linesAlreadyPresent = c.linesAlreadyPresent;
        report.documentsAlreadyPresent = c.documentsAlreadyPresent;
        report.customersAdded = c.customersAdded;
        report.salesDocuments = c.salesDocuments;
        report.purchaseDocuments = c.purchaseDocuments;
        report.purchaseLines = c.purchaseLines;
        report.notSales = c.notSales;
        for (ImportProblem problem : c.problems) {
            problem.file = base.file;
            problem.column = dateColumn;
            report.problems.append(problem);
        }
        sortProblems(report.problems);
    }
    return report;
}

} // namespace clientele::detail
