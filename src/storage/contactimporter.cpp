#include "clientele/storage/contactimporter.h"

#include "clientele/storage/customerrepository.h"
#include "clientele/storage/import/contactfilereader.h"
#include "clientele/storage/sqltext.h"
#include "import/importsession.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QSet>

namespace clientele {

namespace {

// The details a contact gives, in the customer table's column order after name.
QStringList detailsOf(const Contact &contact)
{
    return {contact.email,
            contact.website,
            contact.city,
            contact.region,
            contact.country,
            contact.industry,
            contact.tags.join(QStringLiteral(", "))};
}

} // namespace

ImportReport ContactImporter::run(const QString &csvPath, const ImportOptions &given)
{
    ImportReport report;
    report.kind = ImportReport::Kind::Contacts;
    ImportOptions options = given;
    detail::ImportSession session(report, options);
    if (!session.begin(m_workspacePath, csvPath))
        return report;
    SQLite::Database &db = session.db();
    try {
        // Contact lists are small (thousands of rows): read them whole, then store.
        Result<ContactReadResult> read = readContacts(session.csv(), csvPath, options.read);
        if (!read) {
            report.error = read.errorMessage();
            return report;
        }
        report.format = read->mapping.format;
        report.header = read->header;
        report.headerSignature = read->headerSignature;
        report.records = read->records;
        report.problems = read->problems;
        if (!session.accept(read->cancelled, read->needsMapping(), false))
            return report;

        SQLite::Transaction transaction(db);
        session.insertImportRow();
        SQLite::Statement find(db, "SELECT id, email, website, city, region, country, "
                                   "industry, tags FROM customer WHERE name_key = ?");
        SQLite::Statement insert(db, "INSERT INTO customer (name, name_key, email, website, "
                                     "city, region, country, industry, tags) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        SQLite::Statement update(db, "UPDATE customer SET email = ?2, website = ?3, city = ?4, "
                                     "region = ?5, country = ?6, industry = ?7, tags = ?8 "
                                     "WHERE id = ?1");
        QSet<qint64> touched;
        QSet<QString> seen;
        for (const Contact &contact : std::as_const(read->contacts)) {
            const QString key = detail::customerKey(contact.name);
            const QStringList given = detailsOf(contact);
            find.bind(1, sql::utf8(key));
            if (!find.executeStep()) {
                find.reset();
                insert.bind(1, sql::utf8(contact.name.simplified()));
                insert.bind(2, sql::utf8(key));
                for (int i = 0; i < given.size(); ++i)
                    insert.bind(3 + i, sql::utf8(given.at(i)));
                insert.exec();
                insert.reset();
                touched.insert(db.getLastInsertRowid());
                ++report.documentsImported;
                ++report.customersAdded;
                ++report.linesImported;
                seen.insert(key);
                continue;
            }
            const qint64 id = find.getColumn(0).getInt64();
            QStringList stored;
            for (int i = 0; i < given.size(); ++i)
                stored << sql::text(find.getColumn(1 + i));
            find.reset();
            // A detail the file leaves empty keeps what the workspace has.
            QStringList merged = stored;
            for (int i = 0; i < given.size(); ++i) {
                if (!given.at(i).isEmpty())
                    merged[i] = given.at(i);
            }
            if (merged == stored) {
                if (!seen.contains(key)) {
                    ++report.documentsAlreadyPresent;
                    ++report.linesAlreadyPresent;
                }
                continue;
            }
            update.bind(1, static_cast<int64_t>(id));
            for (int i = 0; i < merged.size(); ++i)
                update.bind(2 + i, sql::utf8(merged.at(i)));
            update.exec();
            update.reset();
            ++report.contactsUpdated;
            ++report.linesImported;
            seen.insert(key);
        }
        session.finishImportRow();
        session.rememberMapping();
        CustomerRepository(db).refreshSummaries(&touched);
        transaction.commit();
    } catch (const std::exception &e) {
        session.fail(e);
        report.documentsImported = report.contactsUpdated = report.customersAdded = 0;
        report.linesImported = 0;
    }
    return report;
}

} // namespace clientele
