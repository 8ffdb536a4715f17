#include "clientele/storage/import/invoicefilereader.h"

#include "dateparts.h"
#include "invoicerows.h"
#include "tablehead.h"

#include <QIODevice>

#include <QCoreApplication>
#include <algorithm>

namespace clientele {

namespace {

// Lines held back while the file has not yet shown its date order. Past this the reader stops
// holding them and reads the file again once the order is known.
constexpr qsizetype kMaxPendingLines = 20'000;

bool undecided(DateOrderVerdict::State state)
{
    return state == DateOrderVerdict::State::Ambiguous
           || state == DateOrderVerdict::State::Contradictory;
}

// A date that reads the same whatever the order: year-first, a spelled month, the same day and
// month (05/05), or one that no order can read (reported as a problem at once).
bool readsOneWay(const QString &text)
{
    if (text.isEmpty())
        return true;
    const detail::DateParts parts = detail::splitDate(text);
    return !parts.ok || parts.yearFirst || parts.namedMonth || parts.a == parts.b;
}

// Settles the dates of each invoice's lines and hands them on in file order.
class InvoiceStreamer {
public:
    InvoiceStreamer(InvoiceReadResult &result, const ReadOptions &options, const QString &fileName,
                    const InvoiceSink &sink)
        : m_result(result)
        , m_options(options)
        , m_fileName(fileName)
        , m_sink(sink)
    {
    }

    // The date column's name for problems; known once the header is read.
    QString dateColumn() const { return m_result.header.value(m_result.mapping.date); }

    // One invoice's lines, grouped and with tax and signs settled, dates not yet read.
    bool add(QList<InvoiceLine> &group)
    {
        for (const InvoiceLine &line : std::as_const(group))
            m_dates.add(line.dateText, line.sourceLine);
        const DateOrder order = knownOrder();
        bool ready = order != DateOrder::Auto;
        if (!ready && m_pending.isEmpty() && !m_overflowed) {
            ready = std::all_of(group.cbegin(), group.cend(),
                                [](const InvoiceLine &line) { return readsOneWay(line.dateText); });
        }
        if (m_overflowed)
            return true;
        if (ready)
            return flushPending(order) && deliver(group, order);
        if (m_pending.isEmpty())
            m_firstHeldLine = group.constFirst().sourceLine;
        m_pendingLines += group.size();
        m_pending.append(std::move(group));
        if (m_pendingLines > kMaxPendingLines) {
            // Stop holding lines; the file is read again once its order is known.
            m_overflowed = true;
            m_pending.clear();
            m_pendingLines = 0;
        }
        return true;
    }

    bool finish()
    {
        m_result.dateVerdict = m_dates.verdict();
        const DateOrder order = knownOrder();
        m_result.dateOrder = order != DateOrder::Auto ? order : m_result.dateVerdict.order;
        if (order != DateOrder::Auto || !undecided(m_result.dateVerdict.state))
            return flushPending(order);
        // Never guessed: one problem says why, and the lines go on with their dates unread.
        m_result.problems.append({m_fileName, 0, 0, dateColumn(), m_result.dateVerdict.describe()});
        m_result.dateOrder = DateOrder::Auto;
        for (QList<InvoiceLine> &group : m_pending) {
            for (InvoiceLine &line : group) {
                if (readsOneWay(line.dateText))
                    resolve(line, DateOrder::Auto);
            }
            if (!m_sink(group))
                return false;
        }
        m_pending.clear();
        return true;
    }

    bool overflowed() const { return m_overflowed; }
    qint64 firstHeldLine() const { return m_firstHeldLine; }

private:
    DateOrder knownOrder() const
    {
        if (m_options.dateOrder != DateOrder::Auto)
            return m_options.dateOrder;
        const DateOrderVerdict verdict = m_dates.verdict();
        return verdict.state == DateOrderVerdict::State::Determined ? verdict.order
                                                                    : DateOrder::Auto;
    }

    // Reads the line's date in `order` (Auto: only a date that reads one way); a date that does
    // not fit becomes a problem and the line is dropped.
    bool resolve(InvoiceLine &line, DateOrder order)
    {
        if (line.dateText.isEmpty())
            return true;
        if (order == DateOrder::Auto) {
            const detail::DateParts parts = detail::splitDate(line.dateText);
            if (parts.ok && parts.a == parts.b && !parts.yearFirst && !parts.namedMonth)
                order = DateOrder::DayMonthYear; // 05/05: the same either way
        }
        const Result<QDate> date = parseDate(line.dateText, order);
        if (!date) {
            m_result.problems.append(
                {m_fileName, line.sourceLine, 0, dateColumn(), date.errorMessage()});
            return false;
        }
        line.date = *date;
        return true;
    }

    bool deliver(QList<InvoiceLine> &group, DateOrder order)
    {
        qsizetype kept = 0;
        for (qsizetype i = 0; i < group.size(); ++i) {
            if (resolve(group[i], order)) {
                if (kept != i)
                    group[kept] = std::move(group[i]);
                ++kept;
            }
        }
        group.resize(kept);
        return group.isEmpty() || m_sink(group);
    }

    bool flushPending(DateOrder order)
    {
        for (QList<InvoiceLine> &group : m_pending) {
            if (!deliver(group, order))
                return false;
        }
        m_pending.clear();
        m_pendingLines = 0;
        return true;
    }

    InvoiceReadResult &m_result;
    const ReadOptions &m_options;
    const QString &m_fileName;
    const InvoiceSink &m_sink;
    DateOrderDetector m_dates;
    QList<QList<InvoiceLine>> m_pending;
    qsizetype m_pendingLines = 0;
    bool m_overflowed = false;
    qint64 m_firstHeldLine = 0;
};

// The columns an invoice row is read from; the rest are skipped unconverted.
std::vector<bool> invoiceColumns(const ColumnMapping &m, qsizetype columns)
{
    std::vector<bool> keep(static_cast<size_t>(std::max<qsizetype>(columns, 0)), false);
    for (int column :
         {m.customer,   m.invoiceNumber, m.date,         m.total,    m.taxTotal, m.untaxedTotal,
          m.type,       m.status,        m.description,  m.itemCode, m.quantity, m.unitAmount,
          m.lineAmount, m.lineTax,       m.currency,     m.city,     m.region,   m.country,
          m.postalCity, m.postalRegion,  m.postalCountry}) {
        if (column >= 0 && static_cast<size_t>(column) < keep.size())
            keep[static_cast<size_t>(column)] = true;
    }
    return keep;
}

} // namespace

Status streamInvoiceGroups(QIODevice &device, const QString &fileName, const ReadOptions &options,
                           const InvoiceSink &sink, InvoiceReadResult &result)
{
    CsvReader reader(device, detail::csvOptions(options));
    const Result<bool> readRows = detail::readTableHead(reader, result, options, false, fileName);
    if (!readRows)
        return readRows.error();
    if (!*readRows)
        return success();

    const detail::InvoiceRowReader rows(result.mapping, result.header, options, fileName);
    reader.keepOnlyColumns(invoiceColumns(result.mapping, result.header.size()));
    // Xero's consecutive lines with one number and customer are one invoice; other rows stand
    // alone.
    const bool xero = result.mapping.format == ImportFormat::XeroInvoices;
    QList<InvoiceLine> group;
    const auto handOn = [&] {
        detail::finishInvoiceLines(group, result.mapping.format, result.mapping.type >= 0);
        const bool more = sink(group);
        group = {};
        return more;
    };
    CsvRecord record;
    for (bool more = true; more;) {
        switch (reader.next(record)) {
        case CsvReader::Step::Record:
            ++result.records;
            if (std::optional<InvoiceLine> line = rows.read(record, result.problems)) {
                const bool together = xero && !group.isEmpty() && !line->invoiceNumber.isEmpty()
                                      && line->invoiceNumber == group.constFirst().invoiceNumber
                                      && line->customer == group.constFirst().customer;
                if (!group.isEmpty() && !together && !handOn()) {
                    result.cancelled = true;
                    return success();
                }
                group.append(std::move(*line));
            }
            break;
        case CsvReader::Step::Problem:
            ++result.records;
            detail::addProblem(result.problems, reader.problem(), fileName);
            break;
        case CsvReader::Step::Cancelled: result.cancelled = true; return success();
        case CsvReader::Step::Failed:
            return Error{
                QCoreApplication::translate("clientele::Import", "Cannot import \u201C%1\u201D: %2")
                    .arg(fileName, reader.problem().message)};
        case CsvReader::Step::End: more = false; break;
        }
    }
    if (!group.isEmpty() && !handOn())
        result.cancelled = true;
    return success();
}

Result<InvoiceReadResult> streamInvoices(QIODevice &device, const QString &fileName,
                                         const ReadOptions &options, const InvoiceSink &sink)
{
    InvoiceReadResult result;
    InvoiceStreamer streamer(result, options, fileName, sink);
    const Status read = streamInvoiceGroups(
        device, fileName, options, [&](QList<InvoiceLine> &group) { return streamer.add(group); },
        result);
    if (!read)
        return read.error();
    if (result.cancelled || result.needsMapping())
        return result;
    if (!streamer.finish()) {
        result.cancelled = true;
        return result;
    }
    if (!streamer.overflowed() || result.needsDateOrder())
        return result;

    // The order became known only after too many lines to hold: read again with it, handing
    // on only what was held back, and keep the first reading's problems for the lines before.
    if (!device.seek(0)) {
        return Error{QCoreApplication::translate(
                         "clientele::Import",
                         "Cannot import \u201C%1\u201D: its date order shows only late "
                         "in the file; choose the date order.")
                         .arg(fileName)};
    }
    const qint64 from = streamer.firstHeldLine();
    ReadOptions again = options;
    again.dateOrder = result.dateOrder;
    const InvoiceSink rest = [&](QList<InvoiceLine> &invoice) {
        return invoice.constFirst().sourceLine < from || sink(invoice);
    };
    Result<InvoiceReadResult> second = streamInvoices(device, fileName, again, rest);
    if (!second || second->cancelled)
        return second;
    QList<ImportProblem> problems;
    for (const ImportProblem &p : std::as_const(result.problems)) {
        if (p.line < from)
            problems.append(p);
    }
    for (const ImportProblem &p : std::as_const(second->problems)) {
        if (p.line >= from)
            problems.append(p);
    }
    second->problems = std::move(problems);
    second->dateVerdict = result.dateVerdict;
    return second;
}

} // namespace clientele
