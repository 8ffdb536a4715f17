#include "clientele/storage/import/invoicefilereader.h"

#include "dateparts.h"

#include <QIODevice>

namespace clientele {

namespace {

bool undecided(DateOrderVerdict::State state)
{
    return state == DateOrderVerdict::State::Ambiguous
           || state == DateOrderVerdict::State::Contradictory;
}

// Gives each line its date in the order the column (or the user) settled. When the order is
// still open only dates that read one way are filled; the rest wait for the user's choice.
void resolveDates(InvoiceReadResult &result, const ReadOptions &options, const QString &fileName)
{
    const bool open = options.dateOrder == DateOrder::Auto && undecided(result.dateVerdict.state);
    result.dateOrder =
        options.dateOrder != DateOrder::Auto ? options.dateOrder : result.dateVerdict.order;
    const QString column = result.mapping.date >= 0 && result.mapping.date < result.header.size()
                               ? result.header.at(result.mapping.date)
                               : QString();
    if (open) {
        result.problems.append({fileName, 0, 0, column, result.dateVerdict.describe()});
        result.dateOrder = DateOrder::Auto;
    }
    QList<InvoiceLine> kept;
    kept.reserve(result.lines.size());
    for (InvoiceLine &line : result.lines) {
        if (line.dateText.isEmpty()) {
            kept.append(std::move(line));
            continue;
        }
        if (open) {
            // Only dates that read one way are read now; one that still fails (2024-02-30)
            // is a problem for its line.
            const detail::DateParts parts = detail::splitDate(line.dateText);
            if (parts.ok && (parts.yearFirst || parts.namedMonth)) {
                const Result<QDate> date = parseDate(line.dateText, DateOrder::Auto);
                if (!date) {
                    result.problems.append(
                        {fileName, line.sourceLine, 0, column, date.errorMessage()});
                    continue;
                }
                line.date = *date;
            }
            kept.append(std::move(line));
            continue;
        }
        const Result<QDate> date = parseDate(line.dateText, result.dateOrder);
        if (!date) {
            result.problems.append({fileName, line.sourceLine, 0, column, date.errorMessage()});
            continue;
        }
        line.date = *date;
        kept.append(std::move(line));
    }
    result.lines = std::move(kept);
}

} // namespace

bool InvoiceReadResult::needsDateOrder() const
{
    return dateOrder == DateOrder::Auto && undecided(dateVerdict.state);
}

Result<InvoiceReadResult> readInvoices(QIODevice &device, const QString &fileName,
                                       const ReadOptions &options)
{
    InvoiceReadResult result;
    DateOrderDetector dates;
    const Status read = streamInvoiceGroups(
        device, fileName, options,
        [&](QList<InvoiceLine> &group) {
            for (InvoiceLine &line : group) {
                dates.add(line.dateText, line.sourceLine);
                result.lines.append(std::move(line));
            }
            return true;
        },
        result);
    if (!read)
        return read.error();
    if (result.cancelled || result.needsMapping())
        return result;
    result.dateVerdict = dates.verdict();
    resolveDates(result, options, fileName);
    return result;
}

} // namespace clientele
