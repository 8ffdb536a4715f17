#include "clientele/storage/import/csvreader.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace clientele;

namespace {

struct Read {
    QList<CsvRecord> records;
    QList<ImportProblem> problems;
    CsvReader::Step last = CsvReader::Step::End;
    char separator = 0;
    bool bom = false;
};

Read readAll(const QByteArray &bytes, CsvReader::Options options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, std::move(options));
    Read read;
    CsvRecord record;
    for (;;) {
        const CsvReader::Step step = reader.next(record);
        if (step == CsvReader::Step::Record)
            read.records.append(record);
        else if (step == CsvReader::Step::Problem)
            read.problems.append(reader.problem());
        else {
            read.last = step;
            break;
        }
    }
    read.separator = reader.separator();
    read.bom = reader.hadByteOrderMark();
    return read;
}

QStringList fields(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

// Endless bytes of one line, to stand for a multi-gigabyte record without the disk.
class LongLineDevice : public QIODevice {
public:
    explicit LongLineDevice(qint64 lineBytes)
        : m_lineBytes(lineBytes)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 served = 0;

protected:
    qint64 readData(char *data, qint64 max) override
    {
        static const QByteArray tail = QByteArrayLiteral("\nafter,line\n");
        const qint64 total = m_lineBytes + tail.size();
        const qint64 n = std::min(max, total - served);
        for (qint64 i = 0; i < n; ++i) {
            const qint64 at = served + i;
            data[i] = at < m_lineBytes ? 'x' : tail.at(at - m_lineBytes);
        }
        served += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_lineBytes;
};

} // namespace

TEST_CASE("CSV reader splits plain records and numbers their lines")
{
    const Read read = readAll("a,b,c\n1,2,3\n\n4,5,6");
    REQUIRE(read.records.size() == 3);
    CHECK(read.records[1].fields == fields({"1", "2", "3"}));
    CHECK(read.records[2].fields == fields({"4", "5", "6"})); // no final newline
    CHECK(read.records[2].line == 4);                         // the blank line still counts
    CHECK(read.last == CsvReader::Step::End);
}

TEST_CASE("CSV reader keeps quoted commas, doubled quotes and embedded newlines")
{
    const Read read =
        readAll("name,note\n\"Smith, J\",\"said \"\"hi\"\"\"\n\"two\nlines\",x\nlast,y\n");
    REQUIRE(read.records.size() == 4);
    CHECK(read.records[1].fields == fields({"Smith, J", "said \"hi\""}));
    CHECK(read.records[2].fields == fields({"two\nlines", "x"}));
    CHECK(read.records[2].line == 3);
    CHECK(read.records[3].line == 5); // physical line: the embedded newline counts
}

TEST_CASE("CSV reader handles Windows line endings inside and outside quotes")
{
    const Read read = readAll("a,b\r\n\"x\r\ny\",\"q\"\r\nlast,\r\n");
    REQUIRE(read.records.size() == 3);
    CHECK(read.records[1].fields == fields({"x\ny", "q"}));
    CHECK(read.records[2].fields == fields({"last", ""}));
    CHECK(read.records[2].line == 4);
}

TEST_CASE("CSV reader skips a UTF-8 byte-order mark")
{
    const Read read = readAll("\xEF\xBB\xBFName,Caf\xC3\xA9\n");
    CHECK(read.bom);
    REQUIRE(read.records.size() == 1);
    CHECK(read.records[0].fields == fields({"Name", "Caf\xC3\xA9"}));
}

TEST_CASE("CSV reader detects the separator from the header line")
{
    CHECK(readAll("a;b;c\n1;2,5;3\n").separator == ';');
    CHECK(readAll("a\tb\tc\n1\t2\t3\n").separator == '\t');
    CHECK(readAll("\"a;b\",c\n").separator == ','); // quoted separators do not count
    CHECK(readAll("single\n").separator == ',');
    const Read semicolon = readAll("a;b\n1,5;2\n");
    CHECK(semicolon.records[1].fields == fields({"1,5", "2"}));
}

TEST_CASE("CSV reader separator can be overridden")
{
    CsvReader::Options options;
    options.separator = ';';
    const Read read = readAll("a,b;c\n", options);
    CHECK(read.records[0].fields == fields({"a,b", "c"}));
}

TEST_CASE("CSV reader reports an unterminated quote at the line it opened")
{
    const Read read = readAll("a,b\n1,2\n3,\"open\nstill open\nend\n");
    REQUIRE(read.records.size() == 2);
    REQUIRE(read.problems.size() == 1);
    CHECK(read.problems[0].line == 3);
    CHECK(read.problems[0].message.contains(QStringLiteral("never closed")));
}

TEST_CASE("CSV reader reports invalid UTF-8 with line and column and reads on")
{
    const Read read = readAll("a,b\nok,fine\n\"ab\ncd\",x\xFFy\nnext,row\n");
    REQUIRE(read.problems.size() == 1);
    CHECK(read.problems[0].line == 4);
    CHECK(read.problems[0].position == 6);
    REQUIRE(read.records.size() == 3);
    CHECK(read.records[2].fields == fields({"next", "row"}));
    CHECK(read.records[2].line == 5);
}

TEST_CASE("CSV reader refuses UTF-16 files")
{
    const Read read = readAll(QByteArray("\xFF\xFE"
                                         "a\0,\0b\0",
                                         8));
    CHECK(read.last == CsvReader::Step::Failed);
}

TEST_CASE("CSV reader skips an oversized record without loading it")
{
    CsvReader::Options options;
    options.maxRecordBytes = 1000;
    options.chunkBytes = 64;
    QByteArray bytes = "a,b\n";
    bytes += QByteArray(5000, 'x') + ",\"quoted\nnewline\"\nafter,it\n";
    const Read read = readAll(bytes, options);
    REQUIRE(read.problems.size() == 1);
    CHECK(read.problems[0].line == 2);
    REQUIRE(read.records.size() == 2);
    CHECK(read.records[1].fields == fields({"after", "it"}));
    CHECK(read.records[1].line == 4);
}

TEST_CASE("CSV reader streams past a huge line with bounded memory")
{
    LongLineDevice device(64LL << 20); // 64 MB in one line; the cap is 1 MB
    CsvReader reader(device);
    CsvRecord record;
    REQUIRE(reader.next(record) == CsvReader::Step::Problem);
    CHECK(reader.problem().line == 1);
    REQUIRE(reader.next(record) == CsvReader::Step::Record);
    CHECK(record.fields == fields({"after", "line"}));
    CHECK(record.line == 2);
    CHECK(reader.next(record) == CsvReader::Step::End);
}

TEST_CASE("CSV reader reads a million lines")
{
    QByteArray bytes = "customer,amount\n";
    bytes.reserve(20'000'000);
    for (int i = 0; i < 1'000'000; ++i)
        bytes += "Customer " + QByteArray::number(i % 997) + ",\"1,234.50\"\n";
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvRecord record;
    qint64 count = 0;
    while (reader.next(record) == CsvReader::Step::Record)
        ++count;
    CHECK(count == 1'000'001);
    CHECK(record.line == 1'000'001);
    CHECK(record.fields.at(1) == QStringLiteral("1,234.50"));
}

TEST_CASE("CSV reader reports progress and stops when cancelled")
{
    QByteArray bytes;
    for (int i = 0; i < 1000; ++i)
        bytes += "row,number," + QByteArray::number(i) + "\n";
    qint64 lastDone = 0, lastTotal = 0;
    CsvReader::Options options;
    options.chunkBytes = 1024;
    options.progress = [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    };
    const Read all = readAll(bytes, options);
    CHECK(all.records.size() == 1000);
    CHECK(lastDone == bytes.size());
    CHECK(lastTotal == bytes.size());

    int checks = 0;
    options.cancelled = [&] { return ++checks > 3; };
    const Read cancelled = readAll(bytes, options);
    CHECK(cancelled.last == CsvReader::Step::Cancelled);
    CHECK(cancelled.records.size() < 1000);
}

TEST_CASE("CSV reader keeps text after a closing quote and literal quotes in plain fields")
{
    const Read read = readAll("a,b\n\"abc\"def,5\" screen\n");
    CHECK(read.records[1].fields == fields({"abcdef", "5\" screen"}));
}
