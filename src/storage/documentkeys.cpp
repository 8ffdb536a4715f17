#include "documentkeys.h"

#include "import/importsession.h"

#include <QCryptographicHash>

namespace clientele::detail {

QString documentSource(ImportFormat format, const QString &headerSignature)
{
    switch (format) {
    case ImportFormat::XeroInvoices: return QStringLiteral("xero");
    case ImportFormat::OdooInvoices: return QStringLiteral("odoo");
    default: return QStringLiteral("mapped:") + headerSignature;
    }
}

QString kindKey(InvoiceKind kind)
{
    switch (kind) {
    case InvoiceKind::Invoice: return QStringLiteral("invoice");
    case InvoiceKind::CreditNote: return QStringLiteral("credit");
    case InvoiceKind::Other: return QStringLiteral("other");
    case InvoiceKind::Purchase: return QStringLiteral("purchase");
    }
    return QStringLiteral("other");
}

QString DocumentKeys::key(const QList<InvoiceLine> &lines)
{
    const InvoiceLine &head = lines.constFirst();
    const QString number = head.invoiceNumber.trimmed();
    if (!number.isEmpty() && number != u"/") // Odoo numbers drafts "/"
        return m_source + u'|' + number + u'|' + kindKey(head.kind);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const QString &text) {
        hash.addData(text.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    };
    // The digest begins with a fixed tag, "mapped": schema 5 files hold digests made that way,
    // and keeping it lets their documents be found again.
    add(QStringLiteral("mapped"));
    add(customerKey(head.customer));
    add(head.dateText);
    add(kindKey(head.kind));
    add(head.status);
    add(head.currency);
    for (const InvoiceLine &line : lines) {
        add(QString::number(line.netAmount));
        add(line.itemCode);
        add(line.description);
    }
    const QByteArray digest = hash.result().toHex();
    const int occurrence = ++m_seenHashes[digest];
    return QStringLiteral("%1|hash|%2#%3")
        .arg(m_source, QString::fromLatin1(digest))
        .arg(occurrence);
}

} // namespace clientele::detail
