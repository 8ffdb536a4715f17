#include "clientele/storage/import/contactfilereader.h"

#include "tablehead.h"

#include <QIODevice>

#include <QCoreApplication>
#include <algorithm>

namespace clientele {

namespace {

Contact contactFrom(const CsvRecord &record, const ColumnMapping &m)
{
    Contact contact;
    contact.sourceLine = record.line;
    contact.name = detail::cellText(record, m.name);
    contact.email = detail::cellText(record, m.email);
    contact.website = detail::cellText(record, m.website);
    contact.city = detail::streetOrPostal(record, m.city, m.postalCity);
    contact.region = detail::streetOrPostal(record, m.region, m.postalRegion);
    contact.country = detail::streetOrPostal(record, m.country, m.postalCountry);
    contact.industry = detail::cellText(record, m.industry);
    // Odoo writes many-to-many tags as one comma-separated cell.
    for (const QString &tag : detail::cellText(record, m.tags).split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            contact.tags.append(tag.trimmed());
    }
    return contact;
}

} // namespace

Result<ContactReadResult> readContacts(QIODevice &device, const QString &fileName,
                                       const ReadOptions &options)
{
    ContactReadResult result;
    CsvReader reader(device, detail::csvOptions(options));
    const Result<bool> readRows = detail::readTableHead(reader, result, options, true, fileName);
    if (!readRows)
        return readRows.error();
    if (!*readRows)
        return result;

    const QString nameColumn = result.header.value(result.mapping.name);
    CsvRecord record;
    for (bool more = true; more;) {
        switch (reader.next(record)) {
        case CsvReader::Step::Record: {
            ++result.records;
            if (std::all_of(record.fields.cbegin(), record.fields.cend(),
                            [](const QString &f) { return f.trimmed().isEmpty(); }))
                break;
            Contact contact = contactFrom(record, result.mapping);
            if (contact.name.isEmpty())
                result.problems.append(
                    {fileName, record.line, 0, nameColumn,
                     QCoreApplication::translate("clientele::Import", "The contact has no name.")});
            else
                result.contacts.append(std::move(contact));
            break;
        }
        case CsvReader::Step::Problem:
            ++result.records;
            detail::addProblem(result.problems, reader.problem(), fileName);
            break;
        case CsvReader::Step::Cancelled: result.cancelled = true; return result;
        case CsvReader::Step::Failed:
            return Error{
                QCoreApplication::translate("clientele::Import", "Cannot import \u201C%1\u201D: %2")
                    .arg(fileName, reader.problem().message)};
        case CsvReader::Step::End: more = false; break;
        }
    }
    return result;
}

} // namespace clientele
