#include "clientele/storage/import/columnmapping.h"

#include "mappingfields.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace clientele {

QString importFormatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::XeroInvoices: return QStringLiteral("Xero invoices");
    case ImportFormat::OdooInvoices: return QStringLiteral("Odoo invoices");
    case ImportFormat::XeroContacts: return QStringLiteral("Xero contacts");
    case ImportFormat::OdooContacts: return QStringLiteral("Odoo contacts");
    case ImportFormat::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString importFormatLabel(ImportFormat format)
{
    switch (format) {
    case ImportFormat::XeroInvoices:
        return QCoreApplication::translate("clientele::Import", "Xero invoices");
    case ImportFormat::OdooInvoices:
        return QCoreApplication::translate("clientele::Import", "Odoo invoices");
    case ImportFormat::XeroContacts:
        return QCoreApplication::translate("clientele::Import", "Xero contacts");
    case ImportFormat::OdooContacts:
        return QCoreApplication::translate("clientele::Import", "Odoo contacts");
    case ImportFormat::Unknown: break;
    }
    return QCoreApplication::translate("clientele::Import", "unknown", "import format");
}

bool ColumnMapping::canReadInvoices() const
{
    const bool amount =
        lineAmount >= 0 || untaxedTotal >= 0 || total >= 0 || (quantity >= 0 && unitAmount >= 0);
    return !isContactFormat() && customer >= 0 && date >= 0 && amount;
}

bool ColumnMapping::canReadContacts() const
{
    return name >= 0;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("format"), static_cast<int>(format));
    for (const detail::MappingField &field : detail::kMappingFields) {
        if (this->*field.member >= 0)
            json.insert(QLatin1StringView(field.key), this->*field.member);
    }
    return json;
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &json)
{
    ColumnMapping mapping;
    const int format = json.value(QStringLiteral("format")).toInt(0);
    if (format >= 0 && format <= static_cast<int>(ImportFormat::OdooContacts))
        mapping.format = static_cast<ImportFormat>(format);
    for (const detail::MappingField &field : detail::kMappingFields)
        mapping.*field.member = json.value(QLatin1StringView(field.key)).toInt(-1);
    return mapping;
}

QString normaliseHeader(QStringView name)
{
    QString key;
    key.reserve(name.size());
    QStringView s = name.trimmed();
    if (s.startsWith(u'*'))
        s = s.mid(1);
    for (QChar c : s) {
        if (c != u' ' && c != u'_' && c != u'/' && c != u'\t' && c != QChar(0xFEFF))
            key += c.toLower();
    }
    if (key.size() > 1 && key.endsWith(u's'))
        key.chop(1);
    if (key.size() > 4 && key.endsWith(QStringLiteral("name")))
        key.chop(4);
    return key;
}

QString headerSignature(const QStringList &header)
{
    QStringList keys;
    keys.reserve(header.size());
    for (const QString &name : header)
        keys.append(normaliseHeader(name));
    const QByteArray digest =
        QCryptographicHash::hash(keys.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(digest.toHex().left(20));
}

} // namespace clientele
