#pragma once

#include "clientele/storage/import/importproblem.h"

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <vector>

class QIODevice;

namespace clientele {

// One CSV record and the physical line it starts on (embedded newlines count as lines).
struct CsvRecord {
    qint64 line = 0;
    QStringList fields;
};

// Streaming RFC 4180 reader. Scans bytes from a QIODevice in chunks and converts each field to
// QString once, so a million-line file never sits in memory and a record can be capped: a
// runaway record (a 2 GB line, a quote never closed) is skipped and reported, not loaded.
class CsvReader {
public:
    struct Options {
        char separator = 0; // 0: detect among ',' ';' and tab from the header line
        qint64 maxRecordBytes = 1 << 20;
        qint64 chunkBytes = 1 << 16;
        std::function<void(qint64 done, qint64 total)> progress; // total is -1 when unknown
        std::function<bool()> cancelled;
    };
    enum class Step {
        Record,    // a record was read
        Problem,   // a record could not be read and was skipped; reading may continue
        End,       // no more records
        Cancelled, // the cancel check said stop
        Failed     // the device cannot be read at all (see problem())
    };

    explicit CsvReader(QIODevice &device);
    CsvReader(QIODevice &device, Options options);

    Step next(CsvRecord &record);
    // From now on, fields whose column is not marked (or lies beyond `keep`) come back empty
    // without being converted: a reader that needs a few of forty columns skips the work.
    // Empty `keep` converts every field again.
    void keepOnlyColumns(std::vector<bool> keep) { m_keep = std::move(keep); }
    const ImportProblem &problem() const { return m_problem; }

    char separator() const { return m_separator; }
    bool hadByteOrderMark() const { return m_hadBom; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    struct Field {
        qsizetype start = 0; // raw bytes, including any quotes
        qsizetype end = 0;
        bool quoted = false;
        bool dirty = false; // needs unescaping: "" inside, CR, or text after the closing quote
    };
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };

    bool start();
    bool fill();
    void detectSeparator();
    QString binaryContent() const;
    Step finishRecord(CsvRecord &record, qsizetype end);
    Step skippedRecord(qint64 line, const QString &message);
    void endField(qsizetype end);
    QString fieldText(const Field &field) const;
    // fieldText() through a column's few most recent values: an export repeats a customer,
    // invoice number, date, status or currency line after line, and a repeated value is then
    // shared instead of decoded and allocated again.
    QString cachedFieldText(size_t column, const Field &field);
    void compact();

    struct Recent {
        static constexpr int kBytes = 48; // longer values rarely repeat exactly
        char raw[kBytes];
        int size = -1; // -1: empty slot
        QString text;
    };
    struct ColumnCache {
        Recent values[4];
        int next = 0;
    };
    std::vector<ColumnCache> m_recent;

    QIODevice &m_device;
    Options m_options;
    QByteArray m_buffer;
    qsizetype m_pos = 0;         // next byte to scan
    qsizetype m_recordStart = 0; // first byte of the current record
    qsizetype m_fieldStart = 0;
    std::vector<Field> m_fields;
    std::vector<bool> m_keep;
    State m_state = State::FieldStart;
    bool m_fieldDirty = false;
    bool m_discarding = false; // current record exceeded the cap; scan on without keeping bytes
    bool m_started = false;
    bool m_atEnd = false;
    bool m_readError = false;
    bool m_hadBom = false;
    char m_separator = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    qint64 m_quoteLine = 1;
    qint64 m_bytesRead = 0;
    qint64 m_total = -1;
    ImportProblem m_problem;
};

} // namespace clientele
