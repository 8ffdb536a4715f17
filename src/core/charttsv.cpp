#include "clientele/core/charttsv.h"

#include <algorithm>

namespace clientele {

namespace {

const QChar kQuote = QLatin1Char('"');
const QChar kTab = QLatin1Char('\t');
const QChar kNewline = QLatin1Char('\n');
const QChar kReturn = QLatin1Char('\r');

bool endsCell(QChar c)
{
    return c == kTab || c == kNewline || c == kReturn;
}

// Reads a quoted cell starting at `pos` (on the opening quote). Returns false, leaving `pos`
// alone, when the quote is not closed right before a tab, a line break or the end.
bool readQuoted(const QString &text, qsizetype &pos, QString &cell)
{
    QString value;
    for (qsizetype i = pos + 1; i < text.size(); ++i) {
        if (text.at(i) != kQuote) {
            value += text.at(i);
            continue;
        }
        if (i + 1 < text.size() && text.at(i + 1) == kQuote) {
            value += kQuote;
            ++i;
            continue;
        }
        if (i + 1 == text.size() || endsCell(text.at(i + 1))) {
            cell = value;
            pos = i + 1;
            return true;
        }
        return false;
    }
    return false;
}

} // namespace

QList<QStringList> parseTsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    qsizetype pos = 0;
    const qsizetype size = text.size();
    while (pos < size) {
        QString cell;
        if (text.at(pos) != kQuote || !readQuoted(text, pos, cell)) {
            const qsizetype start = pos;
            while (pos < size && !endsCell(text.at(pos)))
                ++pos;
            cell = text.mid(start, pos - start);
        }
        row << cell;
        if (pos >= size)
            break;
        if (text.at(pos) == kTab) {
            ++pos;
            if (pos == size)
                row << QString(); // a trailing tab leaves one empty cell
            continue;
        }
        // A line break: \r\n, \n or a lone \r.
        if (text.at(pos) == kReturn && pos + 1 < size && text.at(pos + 1) == kNewline)
            ++pos;
        ++pos;
        rows << row;
        row.clear();
    }
    if (!row.isEmpty())
        rows << row;
    qsizetype width = 0;
    for (const QStringList &r : rows)
        width = std::max(width, r.size());
    for (QStringList &r : rows) {
        while (r.size() < width)
            r << QString();
    }
    return rows;
}

QString formatTsv(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row) {
            const bool quote =
                cell.startsWith(kQuote) || std::any_of(cell.cbegin(), cell.cend(), endsCell);
            if (!quote) {
                cells << cell;
                continue;
            }
            QString escaped = cell;
            escaped.replace(kQuote, QStringLiteral("\"\""));
            cells << kQuote + escaped + kQuote;
        }
        text += cells.join(kTab) + kNewline;
    }
    return text;
}

} // namespace clientele
