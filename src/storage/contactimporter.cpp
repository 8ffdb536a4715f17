#include "clientele/storage/contactimporter.h"

#include "clientele/storage/customerrepository.h"
#include "clientele/storage/import/contactfilereader.h"
#include "import/importsession.h"
#include "importedcustomers.h"
#include "sqltext.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <QSet>

#include <optional>

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

// Decides for each contact whether it adds a customer, updates one or is already present, and
// counts that into the report; with `write` it also stores it.
class ContactPass {
public:
    // `importId`: the import being written, 0 for a check.
    ContactPass(SQLite::Database &db, ImportReport &report, qint64 importId)
        : m_report(report)
        , m_find(db, "SELECT id, email, website, city, region, country, industry, tags "
                     "FROM customer WHERE name_key = ?")
    {
        if (importId == 0)
            return;
        m_records.emplace(db, importId);
        m_insert.emplace(db, "INSERT INTO customer (name, name_key, email, website, city, "
                             "region, country, industry, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        m_update.emplace(db, "UPDATE customer SET email = ?2, website = ?3, city = ?4, "
                             "region = ?5, country = ?6, industry = ?7, tags = ?8 WHERE id = ?1");
        m_db = &db;
    }

    void add(const Contact &contact)
    {
        const QString key = detail::customerKey(contact.name);
        const QStringList given = detailsOf(contact);
        if (m_records) // what the file says, whether or not it changes the customer
            m_records->details(key, contact.name.simplified(), given);
        // A contact listed twice: the second merges into what the first left.
        const auto earlier = m_planned.constFind(key);
        QStringList stored;
        qint64 id = 0;
        if (earlier != m_planned.cend()) {
            stored = earlier->details;
            id = earlier->id;
        } else {
            m_find.bind(1, sql::utf8(key));
            const bool found = m_find.executeStep();
            if (found) {
                id = m_find.getColumn(0).getInt64();
                for (int i = 0; i < given.size(); ++i)
                    stored << sql::text(m_find.getColumn(1 + i));
            }
            m_find.reset();
            if (!found) {
                addCustomer(contact, key, given);
                return;
            }
        }
        // A detail the file leaves empty keeps what the workspace has.
        QStringList merged = stored;
        for (int i = 0; i < given.size(); ++i) {
            if (!given.at(i).isEmpty())
                merged[i] = given.at(i);
        }
        if (merged == stored) {
            if (earlier == m_planned.cend()) {
                ++m_report.documentsAlreadyPresent;
                ++m_report.linesAlreadyPresent;
            }
            return;
        }
        if (m_update) {
            m_update->bind(1, static_cast<int64_t>(id));
            for (int i = 0; i < merged.size(); ++i)
                m_update->bind(2 + i, sql::utf8(merged.at(i)));
            m_update->exec();
            m_update->reset();
            m_touched.insert(id);
        }
        if (earlier == m_planned.cend() || !earlier->added)
            ++m_report.contactsUpdated;
        ++m_report.linesImported;
        m_planned.insert(key, {id, merged, earlier != m_planned.cend() && earlier->added});
    }

    const QSet<qint64> &touched() const { return m_touched; }

private:
    struct Planned {
        qint64 id = 0;
        QStringList details;
        bool added = false;
    };

    void addCustomer(const Contact &contact, const QString &key, const QStringList &given)
    {
        qint64 id = 0;
        if (m_insert) {
            m_insert->bind(1, sql::utf8(contact.name.simplified()));
            m_insert->bind(2, sql::utf8(key));
            for (int i = 0; i < given.size(); ++i)
                m_insert->bind(3 + i, sql::utf8(given.at(i)));
            m_insert->exec();
            m_insert->reset();
            id = m_db->getLastInsertRowid();
            m_touched.insert(id);
        }
        ++m_report.documentsImported;
        ++m_report.customersAdded;
        ++m_report.linesImported;
        m_planned.insert(key, {id, given, true});
    }

    ImportReport &m_report;
    SQLite::Statement m_find;
    std::optional<SQLite::Statement> m_insert;
    std::optional<SQLite::Statement> m_update;
    std::optional<detail::ImportCustomerRecords> m_records;
    SQLite::Database *m_db = nullptr;
    QHash<QString, Planned> m_planned; // contacts of this file so far, by name key
    QSet<qint64> m_touched;
};

} // namespace

ImportReport ContactImporter::check(const QString &csvPath, const ImportOptions &options)
{
    return pass(csvPath, options, false);
}

ImportReport ContactImporter::run(const QString &csvPath, const ImportOptions &options)
{
    return pass(csvPath, options, true);
}

ImportReport ContactImporter::pass(const QString &csvPath, const ImportOptions &given, bool write)
{
    ImportReport report;
    report.kind = ImportReport::Kind::Contacts;
    report.check = !write;
    ImportOptions options = given;
    detail::ImportSession session(report, options);
    const auto access = write ? WorkspaceFile::Access::ReadWrite : WorkspaceFile::Access::ReadOnly;
    if (!session.begin(m_workspacePath, csvPath, access))
        return session.finish();
    SQLite::Database &db = session.db();
    try {
        // Contact lists are small (thousands of rows): read them whole, then store.
        Result<ContactReadResult> read = readContacts(session.csv(), csvPath, options.read);
        if (!read) {
            report.error = read.errorMessage();
            return session.finish();
        }
        report.format = read->mapping.format;
        report.header = read->header;
        report.headerSignature = read->headerSignature;
        report.records = read->records;
        report.problems = read->problems;
        const bool accepted = session.accept(read->cancelled, read->needsMapping(), false);
        // A check counts what the readable lines would do even when some cannot be read.
        const bool countAnyway = !write && report.outcome == ImportReport::Outcome::ProblemsFound;
        if (!accepted && !countAnyway)
            return session.finish();
        if (write && !session.takeSnapshot()) {
            report.outcome = ImportReport::Outcome::Failed;
            return session.finish();
        }

        std::optional<SQLite::Transaction> transaction;
        qint64 importId = 0;
        if (write) {
            transaction.emplace(db);
            importId = session.insertImportRow();
        }
        ContactPass contacts(db, report, importId);
        for (const Contact &contact : std::as_const(read->contacts))
            contacts.add(contact);
        if (write) {
            session.finishImportRow();
            session.rememberMapping();
            QSet<qint64> touched = contacts.touched();
            CustomerRepository(db).refreshSummaries(&touched);
            transaction->commit();
        }
    } catch (const std::exception &e) {
        session.fail(e);
        report.documentsImported = report.contactsUpdated = report.customersAdded = 0;
        report.linesImported = 0;
    }
    return session.finish();
}

} // namespace clientele
