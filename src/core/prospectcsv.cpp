#include "clientele/core/prospectcsv.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/customertext.h"
#include "clientele/core/prospectbook.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/attributeset.h"
#include "clientele/domain/charttext.h"
#include "clientele/storage/import/contactfilereader.h"
#include "clientele/storage/import/csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <functional>

namespace clientele {

namespace {

// The header names the import reads and the export writes; stored, never translated.
const QString kCompany = QStringLiteral("Company");
const QString kContact = QStringLiteral("Contact");
const QString kSystems = QStringLiteral("Systems");
const QString kSource = QStringLiteral("Source");
const QString kNotes = QStringLiteral("Notes");
const QString kStatus = QStringLiteral("Status");
const QString kLastContact = QStringLiteral("Last contact");

QString keyOf(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

std::optional<ProspectStatus> statusFrom(const QString &text)
{
    for (ProspectStatus status : allProspectStatuses())
        if (keyOf(text) == keyOf(prospectStatusKey(status))
            || keyOf(text) == keyOf(prospectStatusLabel(status)))
            return status;
    return std::nullopt;
}

// Reads the prospects of one file into `import`, the companies already present in `known`.
class ProspectReader {
public:
    ProspectReader(const Workspace &workspace, const QString &path, ProspectImport &import,
                   const ProspectColumns &columns)
        : m_chart(workspace.chart()->chart())
        , m_file(QFileInfo(path).fileName())
        , m_import(import)
        , m_columns(columns)
    {
        for (const Prospect &p : workspace.prospects()->all())
            m_known.insert(keyOf(p.company));
    }

    QList<Prospect> prospects;

    // False when the header names no company column.
    bool readHeader(const QStringList &header)
    {
        m_header = header;
        // A column the user named in the mapping dialog reads as that field.
        for (auto named = m_columns.cbegin(); named != m_columns.cend(); ++named)
            if (named.key() >= 0 && named.key() < m_header.size())
                m_header[named.key()] = named.value();
        for (int i = 0; i < header.size(); ++i) {
            const QString name = keyOf(m_header.at(i));
            if (name == keyOf(kCompany) && m_company < 0)
                m_company = i;
            for (const Attribute &attribute : m_chart.attributes())
                if (name == keyOf(attribute.label))
                    m_attributes.insert(i, attribute.id);
        }
        return m_company >= 0;
    }

    void readRecord(const CsvRecord &record)
    {
        Prospect p;
        p.company = record.fields.value(m_company).trimmed();
        if (!accept(record.line, p.company))
            return;
        for (int i = 0; i < record.fields.size() && i < m_header.size(); ++i)
            readField(p, record.line, i, record.fields.at(i));
        prospects.append(p);
    }

    // A contact of a Xero or Odoo export: the company, and the city as its location.
    void readContact(const Contact &contact)
    {
        Prospect p;
        p.company = contact.name.trimmed();
        if (!accept(contact.sourceLine, p.company))
            return;
        const QString place = contact.city.isEmpty() ? contact.country : contact.city;
        setValue(p, contact.sourceLine, StandardAttribute::Location, place);
        setValue(p, contact.sourceLine, StandardAttribute::Industry, contact.industry);
        prospects.append(p);
    }

    void skip(qint64 line, const QString &column, const QString &message)
    {
        m_import.skipped.append({m_file, line, 0, column, message});
    }

private:
    bool accept(qint64 line, const QString &company)
    {
        if (company.isEmpty()) {
            skip(line, kCompany,
                 QCoreApplication::translate("clientele::ProspectCsv",
                                             "No company name; the row was skipped."));
            return false;
        }
        if (m_known.contains(keyOf(company))) {
            skip(line, kCompany,
                 QCoreApplication::translate(
                     "clientele::ProspectCsv",
                     "\u201C%1\u201D is already present; the row was skipped.")
                     .arg(company));
            return false;
        }
        m_known.insert(keyOf(company));
        return true;
    }

    void readField(Prospect &p, qint64 line, int column, const QString &text)
    {
        const QString name = keyOf(m_header.at(column));
        const std::pair<QString, QString *> texts[] = {{kContact, &p.contact},
                                                       {kSystems, &p.systems},
                                                       {kSource, &p.source},
                                                       {kNotes, &p.notes}};
        for (const auto &[header, member] : texts)
            if (name == keyOf(header))
                *member = text.trimmed();
        if (name == keyOf(kStatus) && !text.trimmed().isEmpty()) {
            if (auto status = statusFrom(text))
                p.status = *status;
            else
                skip(line, m_header.at(column),
                     QCoreApplication::translate(
                         "clientele::ProspectCsv",
                         "\u201C%1\u201D is not a status; the prospect is imported as new.")
                         .arg(text.trimmed()));
        }
        if (name == keyOf(kLastContact) && !text.trimmed().isEmpty()) {
            const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
            if (date.isValid())
                p.lastContact = date;
            else
                skip(line, m_header.at(column),
                     QCoreApplication::translate(
                         "clientele::ProspectCsv",
                         "\u201C%1\u201D is not a date (YYYY-MM-DD); it was left out.")
                         .arg(text.trimmed()));
        }
        if (const auto attribute = m_attributes.constFind(column);
            attribute != m_attributes.constEnd())
            setValue(p, line, *m_chart.attribute(*attribute), m_header.at(column), text);
    }

    void setValue(Prospect &p, qint64 line, StandardAttribute which, const QString &text)
    {
        if (const Attribute *attribute = m_chart.attribute(which))
            setValue(p, line, *attribute, attribute->label, text);
    }

    void setValue(Prospect &p, qint64 line, const Attribute &attribute, const QString &column,
                  const QString &text)
    {
        const auto value = parseCell(attribute, text, m_chart.currency());
        if (!value)
            skip(line, column, value.errorMessage());
        else if (!value->isUnknown())
            p.values.insert(attribute.id, *value);
    }

    const IcpChart &m_chart;
    QString m_file;
    ProspectImport &m_import;
    ProspectColumns m_columns;
    QSet<QString> m_known;
    QStringList m_header;
    int m_company = -1;
    QHash<int, qint64> m_attributes; // column -> attribute id
};

Error unreadable(const QString &path, const QString &why)
{
    return Error{
        QCoreApplication::translate("clientele::ProspectCsv", "%1: the file cannot be read (%2).")
            .arg(QFileInfo(path).fileName(), why)};
}

// Reads a file with a Company column; false when its header has none.
Result<bool> readProspectList(const QString &path, ProspectReader &reader)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file.errorString());
    CsvReader csv(file);
    CsvRecord record;
    bool header = true;
    for (;;) {
        switch (csv.next(record)) {
        case CsvReader::Step::Record:
            if (header) {
                if (!reader.readHeader(record.fields))
                    return false;
                header = false;
            } else if (!std::all_of(record.fields.cbegin(), record.fields.cend(),
                                    [](const QString &f) { return f.trimmed().isEmpty(); })) {
                reader.readRecord(record);
            }
            break;
        case CsvReader::Step::Problem:
            reader.skip(csv.problem().line, {}, csv.problem().message);
            break;
        case CsvReader::Step::Failed: return unreadable(path, csv.problem().message);
        case CsvReader::Step::End: return !header;
        case CsvReader::Step::Cancelled:
            return unreadable(path,
                              QCoreApplication::translate("clientele::ProspectCsv", "cancelled"));
        }
    }
}

// Reads a Xero or Odoo contacts export; false when it is not one.
Result<bool> readContactList(const QString &path, ProspectReader &reader, ProspectImport &import)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file.errorString());
    auto contacts = readContacts(file, QFileInfo(path).fileName());
    if (!contacts)
        return contacts.error();
    if (contacts->needsMapping())
        return false;
    import.skipped.append(contacts->problems);
    for (const Contact &contact : contacts->contacts)
        reader.readContact(contact);
    return true;
}

} // namespace

Result<ProspectImport> importProspectsCsv(Workspace &workspace, const QString &path,
                                          const ProspectColumns &columns)
{
    if (!QFileInfo(path).isFile())
        return Error{
            QCoreApplication::translate("clientele::ProspectCsv", "%1: there is no such file.")
                .arg(QFileInfo(path).fileName())};
    ProspectImport import;
    ProspectReader reader(workspace, path, import, columns);
    auto read = readProspectList(path, reader);
    if (read && !*read && columns.isEmpty())
        read = readContactList(path, reader, import);
    if (!read)
        return read.error();
    if (!*read)
        return Error{QCoreApplication::translate(
                         "clientele::ProspectCsv",
                         "%1: the header has no Company column, so no prospects can be read from "
                         "it.")
                         .arg(QFileInfo(path).fileName())};
    sortProblems(import.skipped);
    const int count = int(reader.prospects.size());
    if (count == 0)
        return import;
    if (workspace.prospects()->addAll(
            reader.prospects, QCoreApplication::translate("clientele::ProspectCsv",
                                                          "Import %n prospects", nullptr, count))
        != count)
        return Error{QCoreApplication::translate("clientele::ProspectCsv",
                                                 "%1: the prospects could not be saved.")
                         .arg(QFileInfo(path).fileName())};
    for (const Prospect &p : reader.prospects)
        import.added << p.company;
    return import;
}

QString prospectsCsv(const Workspace &workspace)
{
    const IcpChart &chart = workspace.chart()->chart();
    QStringList header{kCompany, kContact, kSystems, kSource, kNotes, kStatus, kLastContact};
    for (const Attribute &attribute : chart.attributes())
        header << attribute.label;
    QString text = csvLine(header);
    for (const Prospect &p : workspace.prospects()->all()) {
        QStringList fields{p.company,
                           p.contact,
                           p.systems,
                           p.source,
                           p.notes,
                           prospectStatusKey(p.status),
                           p.lastContact.isValid() ? p.lastContact.toString(Qt::ISODate)
                                                   : QString()};
        for (const Attribute &attribute : chart.attributes())
            fields << displayText(p.value(attribute.id), chart.currency());
        text += csvLine(fields);
    }
    return text;
}

Status exportProspectsCsv(const Workspace &workspace, const QString &path)
{
    QSaveFile out(path);
    const QByteArray bytes = prospectsCsv(workspace).toUtf8();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error{QCoreApplication::translate("clientele::ProspectCsv",
                                                 "Could not write \u201C%1\u201D: %2")
                         .arg(path, out.errorString())};
    return success();
}

QList<ProspectField> prospectFields(const Workspace &workspace)
{
    QList<ProspectField> fields{
        {kCompany, QCoreApplication::translate("clientele::ProspectCsv", "Company")},
        {kContact, QCoreApplication::translate("clientele::ProspectCsv", "Contact")},
        {kSystems, QCoreApplication::translate("clientele::ProspectCsv", "Systems")},
        {kSource, QCoreApplication::translate("clientele::ProspectCsv", "Source")},
        {kNotes, QCoreApplication::translate("clientele::ProspectCsv", "Notes")},
        {kStatus, QCoreApplication::translate("clientele::ProspectCsv", "Status")},
        {kLastContact, QCoreApplication::translate("clientele::ProspectCsv", "Last contact")}};
    for (const Attribute &attribute : workspace.chart()->chart().attributes())
        fields.append({attribute.label, attribute.label});
    return fields;
}

Result<QList<QStringList>> previewProspectCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file.errorString());
    CsvReader csv(file);
    CsvRecord record;
    QList<QStringList> preview;
    while (preview.size() <= rows) {
        switch (csv.next(record)) {
        case CsvReader::Step::Record: preview.append(record.fields); break;
        case CsvReader::Step::Problem: break;
        case CsvReader::Step::Failed: return unreadable(path, csv.problem().message);
        case CsvReader::Step::End:
        case CsvReader::Step::Cancelled: return preview;
        }
    }
    return preview;
}

} // namespace clientele
