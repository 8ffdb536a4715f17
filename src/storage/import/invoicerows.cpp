#include "invoicerows.h"

#include "tablehead.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>

namespace clientele::detail {

namespace {

QString key(QStringView text)
{
    QString k = text.toString().toLower();
    k.replace(u'_', u' ').replace(u'-', u' ');
    return k.simplified();
}

void notSale(InvoiceLine &line, const QString &reason)
{
    if (line.countsAsSale) {
        line.countsAsSale = false;
        line.notSaleReason = reason;
    }
}

// Odoo's move types and states as its German, Spanish, French and Dutch catalogues label them
// (docs/import.md), compared after key().
bool oneOf(const QString &k, std::initializer_list<const char16_t *> labels)
{
    return std::any_of(labels.begin(), labels.end(),
                       [&k](const char16_t *label) { return k == QStringView(label); });
}

bool isCustomerInvoice(const QString &k)
{
    return oneOf(k,
                 {u"sales invoice", u"invoice", u"out invoice", u"customer invoice", u"accrec",
                  u"kundenrechnung", u"factura de cliente", u"facture client", u"verkoopfactuur"});
}

bool isCustomerCreditNote(const QString &k)
{
    return oneOf(k, {u"sales credit note", u"credit note", u"out refund", u"customer credit note",
                     u"accreccredit", u"refund", u"kundengutschrift",
                     u"factura rectificativa de cliente", u"note de crédit client",
                     u"klant creditfactuur"});
}

// Bills and vendor credit notes: Xero's ACCPAY types and bills export, Odoo's in_invoice,
// in_refund and in_receipt in any of its languages.
bool isPurchase(const QString &k)
{
    return k.contains(u"bill") || k.contains(u"purchase") || k.contains(u"vendor")
           || k.contains(u"supplier") || k.startsWith(u"accpay")
           || oneOf(k, {u"in invoice", u"in refund", u"in receipt", u"lieferantenrechnung",
                        u"lieferantengutschrift", u"einkaufsbeleg", u"factura de proveedor",
                        u"factura rectificativa de proveedor", u"recibo de compra",
                        u"facture fournisseur", u"note de crédit fournisseur", u"reçu d'achat",
                        u"leveranciersfactuur", u"leveranciers creditfactuur", u"inkoopbewijs"});
}

} // namespace

// The reasons a line is not a sale are stored with it in English; notSaleReasonText() gives
// them in the user's language.
void classifyType(QStringView type, InvoiceLine &line)
{
    const QString k = key(type);
    if (k.isEmpty() || isCustomerInvoice(k)) {
        line.kind = InvoiceKind::Invoice;
    } else if (isCustomerCreditNote(k)) {
        line.kind = InvoiceKind::CreditNote;
    } else if (isPurchase(k)) {
        line.kind = InvoiceKind::Purchase;
        notSale(line, QStringLiteral("purchase"));
    } else if (k.contains(u"overpayment") || k.contains(u"prepayment")) {
        line.kind = InvoiceKind::Other;
        notSale(line, k.contains(u"overpayment") ? QStringLiteral("overpayment")
                                                 : QStringLiteral("prepayment"));
    } else {
        line.kind = InvoiceKind::Other;
        notSale(line, QStringLiteral("not a customer invoice (%1)").arg(type.toString()));
    }
}

void classifyStatus(QStringView status, InvoiceLine &line)
{
    const QString k = key(status);
    if (k.isEmpty()
        || oneOf(k, {u"posted", u"paid", u"awaiting payment", u"authorised", u"authorized",
                     u"gebucht", u"publicado", u"comptabilisé", u"geboekt"}))
        return;
    if (oneOf(k, {u"draft", u"entwurf", u"borrador", u"brouillon", u"concept"}))
        notSale(line, QStringLiteral("draft"));
    else if (k == u"submitted" || k == u"awaiting approval")
        notSale(line, QStringLiteral("awaiting approval"));
    else if (k == u"voided" || k == u"void")
        notSale(line, QStringLiteral("voided"));
    else if (k == u"deleted")
        notSale(line, QStringLiteral("deleted"));
    else if (oneOf(k, {u"cancel", u"cancelled", u"canceled", u"storniert", u"cancelado", u"annulé",
                       u"geannuleerd"}))
        notSale(line, QStringLiteral("cancelled"));
    else
        notSale(line, QStringLiteral("unrecognised status \u201C%1\u201D").arg(status.toString()));
}

InvoiceRowReader::InvoiceRowReader(const ColumnMapping &mapping, const QStringList &header,
                                   const ReadOptions &options, const QString &fileName)
    : m_mapping(mapping)
    , m_header(header)
    , m_options(options)
    , m_fileName(fileName)
{
}

void InvoiceRowReader::problem(QList<ImportProblem> &problems, const CsvRecord &record, int column,
                               const QString &message) const
{
    problems.append({m_fileName, record.line, 0,
                     column >= 0 && column < m_header.size() ? m_header.at(column) : QString(),
                     message});
}

std::optional<qint64> InvoiceRowReader::amount(const CsvRecord &record, int column, int minorDigits,
                                               QString &currency, QList<ImportProblem> &problems,
                                               bool &failed) const
{
    const QString text = cellText(record, column);
    if (text.isEmpty())
        return std::nullopt;
    const Result<ParsedAmount> parsed = parseAmount(text, m_options.decimal, minorDigits);
    if (!parsed) {
        problem(problems, record, column, parsed.errorMessage());
        failed = true;
        return std::nullopt;
    }
    if (currency.isEmpty())
        currency = parsed->currency;
    return parsed->minor;
}

void InvoiceRowReader::classify(const QString &type, InvoiceLine &line) const
{
    if (!m_classified || type != m_lastType || line.status != m_lastStatus) {
        InvoiceLine sample;
        classifyType(type, sample);
        classifyStatus(line.status, sample);
        m_lastType = type;
        m_lastStatus = line.status;
        m_lastKind = sample.kind;
        m_lastCountsAsSale = sample.countsAsSale;
        m_lastReason = sample.notSaleReason;
        m_classified = true;
    }
    line.kind = m_lastKind;
    line.countsAsSale = m_lastCountsAsSale;
    line.notSaleReason = m_lastReason;
}

std::optional<InvoiceLine> InvoiceRowReader::read(const CsvRecord &record,
                                                  QList<ImportProblem> &problems) const
{
    const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                   [](const QString &f) { return f.trimmed().isEmpty(); });
    if (blank)
        return std::nullopt;
    if (record.fields.size() < m_header.size()) {
        problem(problems, record, -1,
                QCoreApplication::translate("clientele::Import",
                                            "The row has %1 fields where the header has %2.")
                    .arg(record.fields.size())
                    .arg(m_header.size()));
        return std::nullopt;
    }
    const ColumnMapping &m = m_mapping;
    InvoiceLine line;
    line.sourceLine = record.line;
    line.customer = cellText(record, m.customer);
    line.invoiceNumber = cellText(record, m.invoiceNumber);
    line.status = cellText(record, m.status);
    line.dateText = cellText(record, m.date);
    line.description = cellText(record, m.description);
    line.itemCode = cellText(record, m.itemCode);
    line.currency = cellText(record, m.currency).toUpper();
    line.city = streetOrPostal(record, m.city, m.postalCity);
    line.region = streetOrPostal(record, m.region, m.postalRegion);
    line.country = streetOrPostal(record, m.country, m.postalCountry);
    classify(cellText(record, m.type), line);

    bool failed = false;
    QString currency;
    const auto lineAmount = amount(record, m.lineAmount, 2, currency, problems, failed);
    const auto quantity = amount(record, m.quantity, 4, currency, problems, failed);
    const auto unit = amount(record, m.unitAmount, 4, currency, problems, failed);
    const auto untaxed = amount(record, m.untaxedTotal, 2, currency, problems, failed);
    line.invoiceTotal = amount(record, m.total, 2, currency, problems, failed);
    line.invoiceTax = amount(record, m.taxTotal, 2, currency, problems, failed);
    line.lineTax = amount(record, m.lineTax, 2, currency, problems, failed);
    if (failed)
        return std::nullopt;
    if (lineAmount) {
        line.netAmount = *lineAmount;
    } else if (quantity && unit) {
        // Both have four decimals: the product is in 1e-8 units; round half away from zero.
        qint64 product = 0;
        if (__builtin_mul_overflow(*quantity, *unit, &product)) {
            problem(
                problems, record, m.unitAmount,
                QCoreApplication::translate("clientele::Import", "The line total is too large."));
            return std::nullopt;
        }
        line.netAmount = (std::llabs(product) + 500'000) / 1'000'000 * (product < 0 ? -1 : 1);
    } else if (untaxed) {
        line.netAmount = *untaxed;
    } else if (line.invoiceTotal && line.invoiceTax) {
        line.netAmount = *line.invoiceTotal - *line.invoiceTax;
    } else if (line.invoiceTotal) {
        line.netAmount = *line.invoiceTotal;
        line.netIncludesTax = true;
    } else {
        problem(problems, record, m.lineAmount >= 0 ? m.lineAmount : m.total,
                QCoreApplication::translate("clientele::Import", "The amount is missing."));
        return std::nullopt;
    }
    if (line.customer.isEmpty()) {
        problem(problems, record, m.customer,
                QCoreApplication::translate("clientele::Import", "The customer is missing."));
        return std::nullopt;
    }
    if (line.countsAsSale && line.invoiceNumber.isEmpty() && m.invoiceNumber >= 0) {
        problem(problems, record, m.invoiceNumber,
                QCoreApplication::translate("clientele::Import", "The invoice number is missing."));
        return std::nullopt;
    }
    if (line.countsAsSale && line.dateText.isEmpty()) {
        problem(problems, record, m.date,
                QCoreApplication::translate("clientele::Import", "The date is missing."));
        return std::nullopt;
    }
    if (line.currency.isEmpty())
        line.currency = currency.isEmpty() ? m_options.defaultCurrency : currency;
    return line;
}

void finishInvoiceLines(QList<InvoiceLine> &lines, ImportFormat format, bool typeColumn)
{
    if (!typeColumn && format != ImportFormat::XeroInvoices && !lines.isEmpty()) {
        // Without a type column (Odoo's default invoice list) a document whose total is
        // negative is a credit note: Odoo's signed amounts are negative for refunds. (Xero's
        // templates have negative lines within invoices, and credit notes a file of their own.)
        const InvoiceLine &head = lines.constFirst();
        qint64 sum = 0;
        for (const InvoiceLine &line : std::as_const(lines))
            sum += line.netAmount;
        const qint64 total = head.invoiceTotal.value_or(sum);
        if (total < 0 || (total == 0 && sum < 0)) {
            for (InvoiceLine &line : lines)
                line.kind = InvoiceKind::CreditNote;
        }
    }
    if (format != ImportFormat::XeroInvoices) {
        // Odoo's signed amounts are already negative for refunds; unsigned columns are not.
        for (InvoiceLine &line : lines) {
            if (line.kind != InvoiceKind::CreditNote)
                continue;
            line.netAmount = -std::llabs(line.netAmount);
            if (line.invoiceTotal)
                line.invoiceTotal = -std::llabs(*line.invoiceTotal);
            if (line.invoiceTax)
                line.invoiceTax = -std::llabs(*line.invoiceTax);
        }
        return;
    }
    // Xero repeats Total and TaxTotal on each line of an invoice; its lines follow each other.
    for (qsizetype first = 0; first < lines.size();) {
        qsizetype end = first + 1;
        while (end < lines.size() && !lines[first].invoiceNumber.isEmpty()
               && lines[end].invoiceNumber == lines[first].invoiceNumber
               && lines[end].customer == lines[first].customer)
            ++end;
        qint64 sum = 0;
        for (qsizetype i = first; i < end; ++i)
            sum += lines[i].netAmount;
        const InvoiceLine &head = lines[first];
        const qint64 tax = head.invoiceTax.value_or(0);
        // Lines that add up to the total with tax in it were entered tax-inclusive.
        const bool inclusive = head.invoiceTotal && tax != 0 && sum == *head.invoiceTotal;
        const bool negate =
            head.kind == InvoiceKind::CreditNote && !(head.invoiceTotal && *head.invoiceTotal < 0);
        for (qsizetype i = first; i < end; ++i) {
            InvoiceLine &line = lines[i];
            if (inclusive && line.lineTax)
                line.netAmount -= *line.lineTax;
            else if (inclusive)
                line.netIncludesTax = true;
            if (negate) {
                line.netAmount = -line.netAmount;
                for (std::optional<qint64> *v :
                     {&line.invoiceTotal, &line.invoiceTax, &line.lineTax})
                    if (*v)
                        **v = -**v;
            }
        }
        first = end;
    }
}

} // namespace clientele::detail
