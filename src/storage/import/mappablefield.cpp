#include "clientele/storage/import/mappablefield.h"

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
    return {
        {&M::customer, QStringLiteral("customer"), QStringLiteral("Customer *"),
         names({u"customer", u"client", u"contact", u"partner", u"name", u"company"})},
        {&M::date, QStringLiteral("date"), QStringLiteral("Invoice date *"),
         names({u"date", u"invoicedate", u"when", u"issued", u"datum"})},
        {&M::untaxedTotal, QStringLiteral("untaxedTotal"), QStringLiteral("Amount excluding tax"),
         names({u"net", u"untaxed", u"subtotal", u"amountexcltax", u"netamount"})},
        {&M::total, QStringLiteral("total"), QStringLiteral("Amount including tax"),
         names({u"total", u"gross", u"amount", u"amountincltax"})},
        {&M::taxTotal, QStringLiteral("taxTotal"), QStringLiteral("Tax"),
         names({u"tax", u"vat", u"gst", u"taxtotal"})},
        {&M::invoiceNumber, QStringLiteral("invoiceNumber"), QStringLiteral("Invoice number"),
         names({u"number", u"invoicenumber", u"invoice", u"ref", u"reference", u"no"})},
        {&M::type, QStringLiteral("type"), QStringLiteral("Type (invoice, credit note)"),
         names({u"type", u"kind", u"documenttype"})},
        {&M::status, QStringLiteral("status"), QStringLiteral("Status (paid, draft, voided)"),
         names({u"status", u"state"})},
        {&M::description, QStringLiteral("description"), QStringLiteral("What was sold"),
         names({u"description", u"item", u"product", u"service", u"label"})},
        {&M::currency, QStringLiteral("currency"), QStringLiteral("Currency"),
         names({u"currency", u"curr"})},
        {&M::city, QStringLiteral("city"), QStringLiteral("Customer's city"),
         names({u"city", u"town", u"suburb"})},
        {&M::country, QStringLiteral("country"), QStringLiteral("Customer's country"),
         names({u"country"})},
    };
}

QList<MappableField> contactFields()
{
    using M = ColumnMapping;
    return {
        {&M::name, QStringLiteral("name"), QStringLiteral("Name *"),
         names({u"name", u"customer", u"client", u"contact", u"company"})},
        {&M::email, QStringLiteral("email"), QStringLiteral("E-mail"),
         names({u"email", u"mail", u"emailaddress"})},
        {&M::website, QStringLiteral("website"), QStringLiteral("Website"),
         names({u"website", u"web", u"url"})},
        {&M::city, QStringLiteral("city"), QStringLiteral("City"),
         names({u"city", u"town", u"suburb"})},
        {&M::region, QStringLiteral("region"), QStringLiteral("Region or state"),
         names({u"region", u"state", u"province"})},
        {&M::country, QStringLiteral("country"), QStringLiteral("Country"), names({u"country"})},
        {&M::industry, QStringLiteral("industry"), QStringLiteral("Industry"),
         names({u"industry", u"sector"})},
        {&M::tags, QStringLiteral("tags"), QStringLiteral("Tags"),
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
            return Error{QStringLiteral("\u201C%1\u201D is not FIELD=HEADER.").arg(part.trimmed())};
        pairs.append({part.left(equals).trimmed(), part.mid(equals + 1).trimmed()});
    }
    if (pairs.isEmpty())
        return Error{QStringLiteral("No FIELD=HEADER pairs were given.")};
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
            return Error{QStringLiteral("There is no field \u201C%1\u201D; the fields are %2.")
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
            return Error{
                QStringLiteral("The file has no column \u201C%1\u201D; its columns are %2.")
                    .arg(column, header.join(QStringLiteral(", ")))};
        mapping.*field->member = found;
    }
    const bool enough = invoices ? mapping.canReadInvoices() : mapping.canReadContacts();
    if (!enough)
        return Error{invoices ? QStringLiteral("An invoice mapping needs customer, date and an "
                                               "amount (untaxedTotal or total).")
                              : QStringLiteral("A contacts mapping needs name.")};
    return mapping;
}

} // namespace clientele
