#include "fuzzentries.h"

#include "clientele/storage/import/contactfilereader.h"
#include "clientele/storage/import/invoicefilereader.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/settingsrepository.h"
#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"

#include <SQLiteCpp/Exception.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace clientele::fuzz {

namespace {

const QString kFileName = QStringLiteral("fuzz.csv");

// A mapping that reads the first columns as an invoice or a contact, whatever the header says.
ColumnMapping firstColumns()
{
    ColumnMapping mapping;
    mapping.customer = 0;
    mapping.invoiceNumber = 1;
    mapping.date = 2;
    mapping.total = 3;
    mapping.lineAmount = 4;
    mapping.currency = 5;
    mapping.status = 6;
    mapping.type = 7;
    mapping.name = 0;
    mapping.city = 1;
    mapping.country = 2;
    mapping.tags = 3;
    return mapping;
}

template <typename Read> QString readBothWays(const QByteArray &bytes, Read read)
{
    ReadOptions detected;
    ReadOptions strict;
    strict.dateOrder = DateOrder::DayMonthYear;
    strict.maxRecordBytes = 256;
    ReadOptions mapped;
    mapped.mapping = firstColumns();
    mapped.dateOrder = DateOrder::MonthDayYear;
    for (const ReadOptions *options : {&detected, &strict, &mapped}) {
        QBuffer buffer;
        buffer.setData(bytes);
        if (!buffer.open(QIODevice::ReadOnly))
            return QStringLiteral("a buffer could not be opened");
        const auto result = read(buffer, *options);
        if (!result && result.errorMessage().isEmpty())
            return QStringLiteral("a read failed without saying why");
        if (result && result->records < 0)
            return QStringLiteral("a read counted fewer than no records");
    }
    return {};
}

void removeWorkspace(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// An empty workspace made once per folder and copied for each input: creating one runs the
// migrations, which would cost more than the import being tested.
QString emptyWorkspace(const QString &workDir)
{
    const QString path = QDir(workDir).filePath(QStringLiteral("empty-template.clientele"));
    if (!QFile::exists(path)) {
        auto created = WorkspaceFile::create(path);
        if (!created)
            return {};
    }
    return path;
}

} // namespace

QString fuzzCsvInvoices(const QByteArray &bytes)
{
    return readBothWays(bytes, [](QIODevice &device, const ReadOptions &options) {
        return readInvoices(device, kFileName, options);
    });
}

QString fuzzCsvContacts(const QByteArray &bytes)
{
    return readBothWays(bytes, [](QIODevice &device, const ReadOptions &options) {
        return readContacts(device, kFileName, options);
    });
}

QString fuzzJsonImport(const QByteArray &bytes, const QString &workDir)
{
    const QString empty = emptyWorkspace(workDir);
    if (empty.isEmpty())
        return QStringLiteral("the empty workspace could not be created");
    const QString path = QDir(workDir).filePath(QStringLiteral("import.clientele"));
    removeWorkspace(path);
    if (!QFile::copy(empty, path))
        return QStringLiteral("the empty workspace could not be copied");
    auto file = WorkspaceFile::open(path);
    if (!file)
        return QStringLiteral("the fresh workspace did not open: ") + file.errorMessage();
    const Status imported = importWorkspaceJson(**file, bytes, QStringLiteral("fuzz.json"));
    if (!imported) {
        if (!imported.errorMessage().startsWith(QStringLiteral("fuzz.json: ")))
            return QStringLiteral("a refusal does not name the file: ") + imported.errorMessage();
        return {};
    }
    const auto first = exportWorkspaceJson(**file);
    if (!first)
        return QStringLiteral("an accepted document does not export: ") + first.errorMessage();
    const Status again =
        importWorkspaceJson(**file, QByteArray::fromStdString(*first), QStringLiteral("again"));
    if (!again)
        return QStringLiteral("an export does not import: ") + again.errorMessage();
    const auto second = exportWorkspaceJson(**file);
    if (!second || *second != *first)
        return QStringLiteral("export, import and export again differ");
    return {};
}

QString fuzzOpenWorkspace(const QByteArray &bytes, const QString &workDir)
{
    const QString path = QDir(workDir).filePath(QStringLiteral("candidate.clientele"));
    removeWorkspace(path);
    {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return QStringLiteral("the candidate file could not be written");
    }
    const QByteArray before = digest(path);
    auto file = WorkspaceFile::open(path);
    if (!file) {
        if (file.errorMessage().isEmpty())
            return QStringLiteral("a file was refused without a reason");
        if (digest(path) != before)
            return QStringLiteral("a refused file was changed: ") + file.errorMessage();
        return {};
    }
    try {
        // The repositories report a damaged table by throwing SQLite::Exception.
        const auto profiles = ProfileRepository((*file)->database()).all();
        const auto settings = SettingsRepository((*file)->database()).load();
        (void)profiles;
        (void)settings;
    } catch (const SQLite::Exception &) {
    }
    (void)(*file)->problems();
    return {};
}

QString runFuzzTarget(const QString &target, const QByteArray &bytes, const QString &workDir)
{
    if (target == QLatin1String(kFuzzTargets[0]))
        return fuzzCsvInvoices(bytes);
    if (target == QLatin1String(kFuzzTargets[1]))
        return fuzzCsvContacts(bytes);
    if (target == QLatin1String(kFuzzTargets[2]))
        return fuzzJsonImport(bytes, workDir);
    if (target == QLatin1String(kFuzzTargets[3]))
        return fuzzOpenWorkspace(bytes, workDir);
    return QStringLiteral("no fuzz target is called ") + target;
}

} // namespace clientele::fuzz
