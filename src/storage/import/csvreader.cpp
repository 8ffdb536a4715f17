#include "clientele/storage/import/csvreader.h"

#include "utf8check.h"

#include <QIODevice>

#include <QCoreApplication>
#include <algorithm>
#include <cstring>
#include <iterator>

namespace clientele {

CsvReader::CsvReader(QIODevice &device)
    : CsvReader(device, Options{})
{
}

CsvReader::CsvReader(QIODevice &device, Options options)
    : m_device(device)
    , m_options(std::move(options))
    , m_separator(m_options.separator)
{
}

void CsvReader::compact()
{
    // Only the unfinished record (or nothing, while discarding) must survive a refill.
    const qsizetype keep = m_discarding ? m_pos : m_recordStart;
    if (keep == 0)
        return;
    m_buffer.remove(0, keep);
    m_pos -= keep;
    m_recordStart = std::max<qsizetype>(0, m_recordStart - keep);
    m_fieldStart = std::max<qsizetype>(0, m_fieldStart - keep);
    for (Field &field : m_fields) {
        field.start -= keep;
        field.end -= keep;
    }
}

// Appends one chunk; false at the end of the device or on a read error (m_problem says which).
bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    compact();
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + m_options.chunkBytes);
    const qint64 got = m_device.read(m_buffer.data() + old, m_options.chunkBytes);
    m_buffer.resize(old + std::max<qint64>(got, 0));
    if (got < 0) {
        m_readError = true;
        m_problem = {{},
                     m_line,
                     0,
                     {},
                     QCoreApplication::translate("clientele::Import", "The file cannot be read: %1")
                         .arg(m_device.errorString())};
    }
    if (got <= 0) {
        m_atEnd = true;
        return false;
    }
    m_bytesRead += got;
    if (m_options.progress)
        m_options.progress(m_bytesRead, m_total);
    return true;
}

bool CsvReader::start()
{
    m_started = true;
    m_total = m_device.isSequential() ? -1 : m_device.size();
    while (!m_buffer.contains('\n') && m_buffer.size() < m_options.maxRecordBytes && fill()) {
    }
    if (m_readError)
        return false;
    if (m_buffer.startsWith("\xEF\xBB\xBF")) {
        m_hadBom = true;
        m_pos = m_recordStart = 3;
    } else if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF")) {
        m_problem = {{},
                     1,
                     1,
                     {},
                     QCoreApplication::translate(
                         "clientele::Import",
                         "The file is UTF-16 text; save it as CSV UTF-8 and try again.")};
        return false;
    }
    if (const QString binary = binaryContent(); !binary.isEmpty()) {
        m_problem = {{}, 1, 1, {}, binary};
        return false;
    }
    if (m_separator == 0)
        detectSeparator();
    return true;
}

// A workspace, a spreadsheet or any other binary file offered as CSV is named as such, rather
// than read as one long header of garbage.
QString CsvReader::binaryContent() const
{
    if (m_buffer.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return QCoreApplication::translate(
            "clientele::Import", "the file is a SQLite database, not a CSV export (a Clientele "
                                 "workspace is opened with File \u25B8 Open).");
    if (m_buffer.startsWith("PK\x03\x04"))
        return QCoreApplication::translate(
            "clientele::Import", "the file is a ZIP archive (perhaps an Excel workbook), not a CSV "
                                 "export; save it as CSV UTF-8 and try again.");
    if (m_buffer.contains('\0'))
        return QCoreApplication::translate(
            "clientele::Import", "the file is not text (it holds binary data); export the data as "
                                 "CSV UTF-8 and try again.");
    return {};
}

// The header line decides: the candidate seen most often outside quotes wins, comma on a tie.
void CsvReader::detectSeparator()
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n')
            break;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
    }
    m_separator = ',';
    if (semicolons > commas && semicolons >= tabs)
        m_separator = ';';
    else if (tabs > commas && tabs > semicolons)
        m_separator = '\t';
}

void CsvReader::endField(qsizetype end)
{
    if (!m_discarding)
        m_fields.push_back({m_fieldStart, end,
                            end > m_fieldStart && m_buffer.at(m_fieldStart) == '"', m_fieldDirty});
}

CsvReader::Step CsvReader::skippedRecord(qint64 line, const QString &message)
{
    m_problem = {{}, line, 0, {}, message};
    return Step::Problem;
}

QString CsvReader::fieldText(const Field &field) const
{
    const char *data = m_buffer.constData();
    const qsizetype length = field.end - field.start;
    if (!field.quoted)
        return QString::fromUtf8(data + field.start, length);
    if (!field.dirty && length >= 2 && data[field.end - 1] == '"')
        return QString::fromUtf8(data + field.start + 1, length - 2);
    // Rare path: "" escapes, CRLF inside quotes, or text after the closing quote (kept, as
    // spreadsheets do).
    QByteArray out;
    out.reserve(length);
    bool inQuotes = true;
    for (qsizetype i = field.start + 1; i < field.end; ++i) {
        const char c = data[i];
        if (inQuotes && c == '"') {
            if (i + 1 < field.end && data[i + 1] == '"') {
                out += '"';
                ++i;
            } else {
                inQuotes = false;
            }
            continue;
        }
        if (inQuotes && c == '\r' && i + 1 < field.end && data[i + 1] == '\n')
            continue; // CRLF inside quotes is read as LF
        out += c;
    }
    return QString::fromUtf8(out);
}

QString CsvReader::cachedFieldText(size_t column, const Field &field)
{
    // Only plain fields: their text is their bytes (less the quotes).
    const bool clean =
        !field.quoted
        || (!field.dirty && field.end - field.start >= 2 && m_buffer.at(field.end - 1) == '"');
    const qsizetype from = field.quoted ? field.start + 1 : field.start;
    const qsizetype size = field.quoted ? field.end - field.start - 2 : field.end - field.start;
    if (!clean || size > Recent::kBytes)
        return fieldText(field);
    if (column >= m_recent.size())
        m_recent.resize(column + 1);
    ColumnCache &cache = m_recent[column];
    const char *bytes = m_buffer.constData() + from;
    for (const Recent &slot : cache.values) {
        if (slot.size == size && std::memcmp(slot.raw, bytes, static_cast<size_t>(size)) == 0)
            return slot.text;
    }
    Recent &slot = cache.values[cache.next];
    cache.next = (cache.next + 1) % int(std::size(cache.values));
    std::memcpy(slot.raw, bytes, static_cast<size_t>(size));
    slot.size = int(size);
    slot.text = QString::fromUtf8(bytes, size);
    return slot.text;
}

CsvReader::Step CsvReader::finishRecord(CsvRecord &record, qsizetype end)
{
    const qsizetype start = m_recordStart;
    const qint64 line = m_recordLine;
    const bool discarded = m_discarding;
    // A CR before the LF belongs to the line ending, not to the last field.
    if (end > m_fieldStart && m_buffer.at(end - 1) == '\r')
        --end;
    if (!discarded)
        endField(end);
    m_recordStart = m_pos;
    m_recordLine = m_line;
    m_state = State::FieldStart;
    m_discarding = false;
    m_fieldDirty = false;
    if (discarded) {
        m_fields.clear();
        return skippedRecord(
            line, QCoreApplication::translate(
                      "clientele::Import",
                      "The record starting on line %1 is longer than %2 KB and was skipped.")
                      .arg(line)
                      .arg(m_options.maxRecordBytes / 1024));
    }
    const char *data = m_buffer.constData();
    const qsizetype bad = detail::firstInvalidUtf8(data + start, end - start);
    if (bad >= 0) {
        qint64 badLine = line;
        qsizetype lineStart = start;
        for (qsizetype i = start; i < start + bad; ++i) {
            if (data[i] == '\n') {
                ++badLine;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (qsizetype i = lineStart; i < start + bad; ++i)
            column += (static_cast<unsigned char>(data[i]) & 0xC0) != 0x80;
        m_fields.clear();
        m_problem = {{},
                     badLine,
                     column,
                     {},
                     QCoreApplication::translate(
                         "clientele::Import", "Invalid UTF-8 text; save the file as CSV UTF-8.")};
        return Step::Problem;
    }
    record.line = line;
    record.fields.clear();
    const bool blank = m_fields.size() == 1 && !m_fields.front().quoted
                       && m_fields.front().end == m_fields.front().start;
    if (!blank) {
        record.fields.reserve(static_cast<qsizetype>(m_fields.size()));
        for (size_t i = 0; i < m_fields.size(); ++i) {
            const bool kept = m_keep.empty() || (i < m_keep.size() && m_keep[i]);
            record.fields.append(kept ? cachedFieldText(i, m_fields[i]) : QString());
        }
    }
    m_fields.clear();
    return Step::Record;
}

CsvReader::Step CsvReader::next(CsvRecord &record)
{
    if (!m_started) {
        if (m_options.cancelled && m_options.cancelled())
            return Step::Cancelled;
        if (!start())
            return Step::Failed;
    }
    const char sep = m_separator;
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (m_options.cancelled && m_options.cancelled())
                return Step::Cancelled;
            if (!m_discarding && m_buffer.size() - m_recordStart > m_options.maxRecordBytes) {
                m_discarding = true;
                m_fields.clear();
            }
            if (!fill()) {
                if (m_readError)
                    return Step::Failed;
                if (m_state == State::Quoted) {
                    m_state = State::FieldStart;
                    m_fields.clear();
                    m_discarding = false;
                    m_recordStart = m_pos;
                    m_problem = {{},
                                 m_quoteLine,
                                 0,
                                 {},
                                 QCoreApplication::translate(
                                     "clientele::Import",
                                     "A quote opened on line %1 is never closed; the "
                                     "rest of the file was skipped.")
                                     .arg(m_quoteLine)};
                    return Step::Problem;
                }
                if (m_pos > m_recordStart || !m_fields.empty() || m_discarding) {
                    if (m_state == State::FieldStart)
                        m_fieldStart = m_pos;
                    const Step step = finishRecord(record, m_pos);
                    if (step != Step::Record || !record.fields.isEmpty())
                        return step;
                }
                return Step::End;
            }
            continue;
        }
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype i = m_pos;
        while (i < size) {
            const char c = data[i];
            switch (m_state) {
            case State::FieldStart:
                m_fieldStart = i;
                m_fieldDirty = false;
                if (c == '"') {
                    m_state = State::Quoted;
                    m_quoteLine = m_line;
                    ++i;
                    continue;
                }
                m_state = State::Unquoted;
                [[fallthrough]];
            case State::Unquoted:
                // Tight inner scan: most bytes are neither separator nor newline.
                while (i < size && data[i] != sep && data[i] != '\n')
                    ++i;
                if (i == size)
                    continue;
                break;
            case State::Quoted:
                if (c == '"')
                    m_state = State::AfterQuote;
                else if (c == '\n')
                    ++m_line;
                else if (c == '\r')
                    m_fieldDirty = true;
                ++i;
                continue;
            case State::AfterQuote:
                if (c == '"') {
                    m_fieldDirty = true;
                    m_state = State::Quoted;
                    ++i;
                    continue;
                }
                if (c != sep && c != '\n') {
                    if (c != '\r' || i + 1 >= size || data[i + 1] != '\n')
                        m_fieldDirty = true;
                    ++i;
                    continue;
                }
                break;
            }
            // data[i] is a separator or a newline outside quotes.
            if (data[i] == sep) {
                endField(i);
                m_state = State::FieldStart;
                ++i;
                continue;
            }
            ++m_line;
            m_pos = i + 1;
            const Step step = finishRecord(record, i);
            if (step != Step::Record || !record.fields.isEmpty())
                return step;
            i = m_pos;
        }
        m_pos = i;
    }
}

} // namespace clientele
