#include "importsession.h"

#include "../documentkeys.h"
#include "../sqltext.h"
#include "clientele/storage/backupsnapshots.h"
#include "clientele/storage/import/csvreader.h"
#include "clientele/storage/import/mappablefield.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QUuid>

namespace clientele::detail {

namespace {

const char *kindKey(ImportReport::Kind kind)
{
    return kind == ImportReport::Kind::Contacts ? "contacts" : "invoices";
}

bool canRead(const ColumnMapping &mapping, ImportReport::Kind kind)
{
    return kind == ImportReport::Kind::Contacts ? mapping.canReadContacts()
                                                : mapping.canReadInvoices();
}

} // namespace

QString customerKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

ImportSession::ImportSession(ImportReport &report, ImportOptions &options)
    : m_report(report)
    , m_options(options)
{
}

ImportSession::~ImportSession()
{
    finish();
}

ImportReport ImportSession::finish()
{
    // A snapshot stands for the workspace before a change; with no change it would only push
    // an older, useful one out of the ten kept.
    if (!m_report.snapshot.isEmpty() && !m_report.committed()) {
        BackupSnapshots::discard(m_report.snapshot);
        m_report.snapshot.clear();
    } else if (!m_report.snapshot.isEmpty() && !m_snapshotSettled) {
        m_snapshotSettled = true;
        BackupSnapshots::relabel(m_report.snapshot, snapshotLabel(m_report.records));
        BackupSnapshots::keepNewest(m_workspace->path());
    }
    return m_report;
}

bool ImportSession::begin(const QString &workspacePath, const QString &csvPath,
                          WorkspaceFile::Access access)
{
    m_report.file = csvPath;
    m_csv.setFileName(csvPath);
    if (!m_csv.open(QIODevice::ReadOnly)) {
        m_report.error =
            QCoreApplication::translate("clientele::Import", "Cannot read \u201C%1\u201D: %2")
                .arg(csvPath, m_csv.errorString());
        return false;
    }
    auto opened = WorkspaceFile::open(workspacePath, access);
    if (!opened) {
        m_report.error = opened.errorMessage();
        return false;
    }
    m_workspace = std::move(*opened);
    m_mappingGiven = m_options.read.mapping.has_value() || !m_options.namedMapping.isEmpty();
    const bool ok = readHead();
    m_csv.seek(0);
    return ok;
}

// The header row says what the file is: a file of the other kind is refused at once, and a
// file of a shape the user mapped before is read with that mapping again.
bool ImportSession::readHead()
{
    CsvReader::Options peek;
    peek.separator = m_options.read.separator;
    CsvReader reader(m_csv, peek);
    CsvRecord header;
    if (reader.next(header) != CsvReader::Step::Record)
        return true; // the reader says what is wrong with the file
    m_headerSignature = headerSignature(header.fields);
    const ColumnMapping recognised = recogniseHeader(header.fields);
    m_format = recognised.format;
    m_report.format = m_format;
    if (!m_options.namedMapping.isEmpty()) {
        const Result<ColumnMapping> named = mappingFromNames(
            m_options.namedMapping, header.fields, m_report.kind == ImportReport::Kind::Invoices);
        if (!named) {
            m_report.error =
                QCoreApplication::translate("clientele::Import",
                                            "Cannot read \u201C%1\u201D with the mapping given: %2")
                    .arg(QFileInfo(m_report.file).fileName(), named.errorMessage());
            return false;
        }
        m_options.read.mapping = *named;
    }
    if (m_mappingGiven)
        return true;
    const bool wantContacts = m_report.kind == ImportReport::Kind::Contacts;
    if (m_format != ImportFormat::Unknown && recognised.isContactFormat() != wantContacts) {
        const QString name = QFileInfo(m_report.file).fileName();
        m_report.error =
            (wantContacts ? QCoreApplication::translate("clientele::Import",
                                                        "\u201C%1\u201D is a %2 export, not "
                                                        "contacts.")
                          : QCoreApplication::translate("clientele::Import",
                                                        "\u201C%1\u201D is a %2 export, not "
                                                        "invoices."))
                .arg(name, importFormatLabel(m_format));
        return false;
    }
    if (m_format != ImportFormat::Unknown)
        return true;
    SQLite::Statement find(db(), "SELECT mapping FROM column_mapping "
                                 "WHERE header_signature = ? AND kind = ?");
    find.bind(1, sql::utf8(m_headerSignature));
    find.bind(2, kindKey(m_report.kind));
    if (find.executeStep()) {
        const ColumnMapping mapping =
            ColumnMapping::fromJson(QJsonDocument::fromJson(find.getColumn(0).getText()).object());
        if (canRead(mapping, m_report.kind))
            m_options.read.mapping = mapping;
    }
    return true;
}

QString ImportSession::documentSource() const
{
    return detail::documentSource(m_format, m_headerSignature);
}

QString ImportSession::snapshotLabel(qint64 records) const
{
    const QString name = QFileInfo(m_report.file).fileName();
    if (records < 0)
        return QCoreApplication::translate("clientele::Import", "Before importing \u201C%1\u201D")
            .arg(name);
    const bool contacts = m_report.kind == ImportReport::Kind::Contacts;
    if (records == 1)
        return (contacts ? QCoreApplication::translate("clientele::Import",
                                                       "Before importing \u201C%1\u201D, 1 contact")
                         : QCoreApplication::translate("clientele::Import",
                                                       "Before importing \u201C%1\u201D, 1 line"))
            .arg(name);
    // The plural form follows the count; the count is written in the locale's digits.
    return (contacts ? QCoreApplication::translate("clientele::Import",
                                                   "Before importing \u201C%1\u201D, %2 contacts",
                                                   nullptr, int(records))
                     : QCoreApplication::translate("clientele::Import",
                                                   "Before importing \u201C%1\u201D, %2 lines",
                                                   nullptr, int(records)))
        .arg(name, QLocale().toString(records));
}

bool ImportSession::takeSnapshot()
{
    if (!m_options.snapshot)
        return true;
    const Result<QString> snapshot = BackupSnapshots::take(*m_workspace, snapshotLabel(-1));
    if (!snapshot) {
        m_report.error = snapshot.errorMessage();
        return false;
    }
    m_report.snapshot = *snapshot;
    return true;
}

// Now, or just after the latest import the file holds if that one is stamped later (it came from
// a replica whose clock runs ahead): replicas order imports by this time, and an import made here
// saw every import the file holds as older.
QDateTime ImportSession::importTime()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime latest =
        sql::timestampFrom(db().execAndGet("SELECT max(imported_at) FROM import"));
    return latest.isValid() && latest >= now ? latest.addMSecs(1) : now;
}

qint64 ImportSession::insertImportRow()
{
    // The uuid names the import wherever it travels (docs/import.md).
    SQLite::Statement insert(db(), "INSERT INTO import (kind, file_name, header_signature, "
                                   "format, imported_at, uuid) VALUES (?, ?, '', '', ?, ?)");
    insert.bind(1, kindKey(m_report.kind));
    insert.bind(2, sql::utf8(QFileInfo(m_report.file).fileName()));
    insert.bind(3, sql::timestamp(importTime()));
    insert.bind(4, sql::uuidText(QUuid::createUuid()));
    insert.exec();
    m_report.importId = db().getLastInsertRowid();
    return m_report.importId;
}

void ImportSession::finishImportRow()
{
    SQLite::Statement update(db(), "UPDATE import SET header_signature = ?2, format = ?3, "
                                   "date_order = ?4, records = ?5, added = ?6, "
                                   "already_present = ?7, skipped = ?8 WHERE id = ?1");
    update.bind(1, static_cast<int64_t>(m_report.importId));
    update.bind(2, sql::utf8(m_report.headerSignature));
    update.bind(3, sql::utf8(importFormatName(m_report.format)));
    update.bind(4, m_report.dateOrder == DateOrder::Auto
                       ? std::string()
                       : sql::utf8(dateOrderName(m_report.dateOrder)));
    update.bind(5, static_cast<int64_t>(m_report.records));
    update.bind(6, static_cast<int64_t>(m_report.linesImported));
    update.bind(7, static_cast<int64_t>(m_report.linesAlreadyPresent));
    update.bind(8, static_cast<int64_t>(m_report.skippedLines()));
    update.exec();
}

void ImportSession::rememberMapping()
{
    if (!m_mappingGiven || m_report.headerSignature.isEmpty())
        return;
    SQLite::Statement save(db(), "INSERT OR REPLACE INTO column_mapping "
                                 "(header_signature, kind, mapping, updated) VALUES (?, ?, ?, ?)");
    save.bind(1, sql::utf8(m_report.headerSignature));
    save.bind(2, kindKey(m_report.kind));
    save.bind(3, QJsonDocument(m_options.read.mapping->toJson())
                     .toJson(QJsonDocument::Compact)
                     .toStdString());
    save.bind(4, sql::timestamp(QDateTime::currentDateTimeUtc()));
    save.exec();
}

bool ImportSession::accept(bool cancelled, bool needsMapping, bool needsDateOrder)
{
    using Outcome = ImportReport::Outcome;
    const QString name = QFileInfo(m_report.file).fileName();
    if (cancelled) {
        m_report.outcome = Outcome::Cancelled;
        m_report.error =
            m_report.check
                ? QCoreApplication::translate("clientele::Import", "The check was cancelled.")
                : QCoreApplication::translate("clientele::Import", "The import was cancelled.");
    } else if (needsMapping) {
        m_report.outcome = Outcome::NeedsMapping;
        m_report.error =
            QCoreApplication::translate("clientele::Import",
                                        "The columns of \u201C%1\u201D are not recognised; "
                                        "choose which column holds what.")
                .arg(name);
    } else if (needsDateOrder) {
        m_report.outcome = Outcome::NeedsDateOrder;
        m_report.error =
            QCoreApplication::translate("clientele::Import",
                                        "The dates in \u201C%1\u201D could be day/month/year or "
                                        "month/day/year; choose the date order.")
                .arg(name);
    } else if (!m_report.problems.isEmpty() && !m_options.allowProblems) {
        m_report.outcome = Outcome::ProblemsFound;
        m_report.error = QCoreApplication::translate("clientele::Import",
                                                     "%n lines of \u201C%1\u201D cannot be read; "
                                                     "import the rest only if you agree.",
                                                     nullptr, int(m_report.skippedLines()))
                             .arg(name);
    } else {
        m_report.outcome = m_report.check ? Outcome::Ready : Outcome::Imported;
        m_report.error.clear();
        return true;
    }
    return false;
}

void ImportSession::fail(const std::exception &e)
{
    m_report.outcome = ImportReport::Outcome::Failed;
    const auto *sqlite = dynamic_cast<const SQLite::Exception *>(&e);
    const int code = sqlite ? sqlite->getErrorCode() : 0;
    if (code == SQLITE_FULL)
        m_report.error = QCoreApplication::translate("clientele::Import",
                                                     "The disk is full; nothing was imported.");
    else if (code == SQLITE_READONLY)
        m_report.error = QCoreApplication::translate(
            "clientele::Import", "The workspace is read-only; nothing was imported.");
    else if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        m_report.error = QCoreApplication::translate(
            "clientele::Import", "Another program is writing to this workspace; nothing "
                                 "was imported. Try again in a moment.");
    else
        m_report.error = QCoreApplication::translate(
                             "clientele::Import", "The import failed and nothing was imported: %1")
                             .arg(QString::fromUtf8(e.what()));
}

} // namespace clientele::detail
