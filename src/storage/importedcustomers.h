#pragma once

#include <SQLiteCpp/Statement.h>

#include <QSet>
#include <QString>
#include <QStringList>

namespace clientele::detail {

// The customer table's columns after the name, in order: what a contact can give.
constexpr int kCustomerDetails = 7;
extern const char *const kCustomerDetailColumns[kCustomerDetails];

// Records in import_customer what one import gave each customer it handled (schema 13), in the
// caller's transaction, so that the import can travel to another replica and every replica can
// work the customer out again from all the imports it holds.
class ImportCustomerRecords {
public:
    ImportCustomerRecords(SQLite::Database &db, qint64 importId);

    // The customer as the import first spelt it; a later spelling of the same key is not kept.
    void name(const QString &key, const QString &name);
    // An invoice import's place for the customer: its first invoice with an address.
    void place(const QString &key, const QString &city, const QString &region,
               const QString &country);
    // What a contact gives, in kCustomerDetailColumns order; a contact listed again adds its
    // details that are not empty, as the contacts import merges the two.
    void details(const QString &key, const QString &name, const QStringList &details);

private:
    qint64 m_importId;
    SQLite::Statement m_name;
    SQLite::Statement m_place;
    SQLite::Statement m_details;
};

// Works the rows of the customers with these name keys out again from every import's record,
// the oldest import first (time imported, then uuid), by the importers' own rules: the first
// spelling names the customer, a contacts import's details replace what is there, and an invoice
// import's place counts only while nothing says where the customer is. Replicas holding the same
// imports, taken in in any order, thus agree on every customer. Keys without a record are left.
void reapplyCustomerRecords(SQLite::Database &db, const QSet<QString> &keys);

} // namespace clientele::detail
