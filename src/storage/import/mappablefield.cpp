#include "clientele/storage/import/mappablefield.h"
#include <QCoreApplication>

namespace clientele {

namespace {

QStringList names(std::initializer_list<const char16_t *> list)
{
    QStringList result;
    for (const char16_t *name : list)
        result.append(QString::fromUtf16(name));
    return result;
}

QList<MappableField> invoiceFields()
{
    using M = ColumnMapping;
    //: A label of the column-mapping dialog; a "*" marks a field every import needs.
    return {
        {&M::customer, QStringLiteral("customer"),
         QCoreApplication::translate("clientele::Import", "Customer *"),
         names({u"customer", u"client", u"contact", u"partner", u"name", u"company"})},
        {&M::date, QStringLiteral("date"),
         QCoreApplication::translate("clientele::Import", "Invoice date *"),
         names({u"date", u"invoicedate", u"when", u"issued", u"datum"})},
        {&M::untaxedTotal, QStringLiteral("untaxedTotal"),
         QCoreApplication::translate("clientele::Import", "Amount excluding tax"),
         names({u"net", u"untaxed", u"subtotal", u"amountexcltax", u"netamount"})},
        {&M::total, QStringLiteral("total"),
         QCoreApplication::translate("clientele::Import", "Amount including tax"),
         names({u"total", u"gross", u"amount", u"amountincltax"})},
        {&M::taxTotal, QStringLiteral("taxTotal"),
         QCoreApplication::translate("clientele::Import", "Tax"),
         names({u"tax", u"vat", u"gst", u"taxtotal"})},
        {&M::invoiceNumber, QStringLiteral("invoiceNumber"),
         QCoreApplication::translate("clientele::Import", "Invoice number"),
         names({u"number", u"invoicenumber", u"invoice", u"ref", u"reference", u"no"})},
        {&M::type, QStringLiteral("type"),
         QCoreApplication::translate("clientele::Import", "Type (invoice, credit note)"),
         names({u"type", u"kind", u"documenttype"})},
        {&M::status, QStringLiteral("status"),
         QCoreApplication::translate("clientele::Import", "Status (paid, draft, voided)"),
         names({u"status", u"state"})},
        {&M::description, QStringLiteral("description"),
         QCoreApplication::translate("clientele::Import", "What was sold"),
         names({u"description", u"item", u"product", u"service", u"label"})},
        {&M::currency, QStringLiteral("currency"),
         QCoreApplication::translate("clientele::Import", "Currency"),
         names({u"currency", u"curr"})},
        {&M::city, QStringLiteral("city"),
         QCoreApplication::translate("clientele::Import", "Customer's city"),
         names({u"city", u"town", u"suburb"})},
        {&M::country, QStringLiteral("country"),
         QCoreApplication::translate("clientele::Import", "Customer's country"),
         names({u"country"})},
    };
}

QList<MappableField> contactFields()
{
    using M = ColumnMapping;
    return {
        {&M::name, QStringLiteral("name"),
         QCoreApplication::translate("clientele::Import", "Name *"),
         names({u"name", u"customer", u"client", u"contact", u"company"})},
        {&M::email, QStringLiteral("email"),
         QCoreApplication::translate("clientele::Import", "E-mail"),
         names({u"email", u"mail", u"emailaddress"})},
        {&M::website, QStringLiteral("website"),
         QCoreApplication::translate("clientele::Import", "Website"),
         names({u"website", u"web", u"url"})},
        {&M::city, QStringLiteral("city"), QCoreApplication::translate("clientele::Import", "City"),
         names({u"city", u"town", u"suburb"})},
        {&M::region, QStringLiteral("region"),
         QCoreApplication::translate("clientele::Import", "Region or state"),
         names({u"region", u"state", u"province"})},
        {&M::country, QStringLiteral("country"),
         QCoreApplication::translate("clientele::Import", "Country"), names({u"country"})},
        {&M::industry, QStringLiteral("industry"),
         QCoreApplication::translate("clientele::Import", "Industry"),
         names({u"industry", u"sector"})},
        {&M::tags, QStringLiteral("tags"), QCoreApplication::translate("clientele::Import", "Tags"),
         names({u"tag", u"label", u"categorie"})},
    };
}

QStringList keysOf(const QList<MappableField> &fields)
{
    QStringList keys;
    for (const MappableField &field : fields)
        keys << field.key;
    return keys;
}

} // namespace

const QList<MappableField> &mappableFields(bool invoices)
{
    static const QList<MappableField> forInvoices = invoiceFields();
    static const QList<MappableField> forContacts = contactFields();
    return invoices ? forInvoices : forContacts;
}

Result<QList<std::pair<QString, QString>>> parseMappingPairs(const QString &text)
{
    QList<std::pair<QString, QString>> pairs;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0 || equals == part.size() - 1)
            return Error{QCoreApplication::translate("clientele::Import",
                                                     "\u201C%1\u201D is not FIELD=HEADER.")
                             .arg(part.trimmed())};
        pairs.append({part.left(equals).trimmed(), part.mid(equals + 1).trimmed()});
    }
    if (pairs.isEmpty())
        return Error{
            QCoreApplication::translate("clientele::Import", "No FIELD=HEADER pairs were given.")};
    return pairs;
}

Result<ColumnMapping> mappingFromNames(const QList<std::pair<QString, QString>> &pairs,
                                       const QStringList &header, bool invoices)
{
    const QList<MappableField> &fields = mappableFields(invoices);
    ColumnMapping mapping;
    for (const auto &[key, column] : pairs) {
        const MappableField *field = nullptr;
        for (const MappableField &candidate : fields) {
            if (candidate.key.compare(key, Qt::CaseInsensitive) == 0)
                field = &candidate;
        }
        if (!field)
            return Error{
                QCoreApplication::translate("clientele::Import",
                                            "There is no field \u201C%1\u201D; the fields are %2.")
                    .arg(key, keysOf(fields).join(QStringLiteral(", ")))};
        int found = -1;
        for (int i = 0; i < header.size() && found < 0; ++i) {
            if (header.at(i).trimmed().compare(column, Qt::CaseInsensitive) == 0)
                found = i;
        }
        for (int i = 0; i < header.size() && found < 0; ++i) {
            if (normaliseHeader(header.at(i)) == normaliseHeader(column))
                found = i;
        }
        if (found < 0)
            return Error{QCoreApplication::translate(
                             "clientele::Import",
                             "The file has no column \u201C%1\u201D; its columns are %2.")
                             .arg(column, header.join(QStringLiteral(", ")))};
        mapping.*field->member = found;
    }
    const bool enough = invoices ? mapping.canReadInvoices() : mapping.canReadContacts();
    if (!enough)
        return Error{invoices ? QCoreApplication::translate(
                         "clientele::Import", "An invoice mapping needs customer, date and an "
                                              "amount (untaxedTotal or total).")
                              : QCoreApplication::translate("clientele::Import",
                                                            "A contacts mapping needs name.")};
    return mapping;
}

} // namespace clientele
