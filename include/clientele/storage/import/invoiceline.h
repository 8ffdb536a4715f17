#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace clientele {

// Purchases (bills, vendor credit notes) are about suppliers, not customers: an import reads
// them only to say what a file holds, and stores none.
enum class InvoiceKind { Invoice, CreditNote, Other, Purchase };

// One normalised line of an invoice export. Amounts are minor units (cents); credit notes are
// negative so lines sum directly. Lines that are not sales (drafts, voided, overpayments, ...)
// are kept with countsAsSale false and the reason, so the import report can say why.
struct InvoiceLine {
    qint64 sourceLine = 0;
    QString customer;
    QString invoiceNumber;
    InvoiceKind kind = InvoiceKind::Invoice;
    bool countsAsSale = true;
    QString notSaleReason;
    QString status; // as written in the file
    QDate date;     // null until the date order is known (see InvoiceReadResult)
    QString dateText;
    QString description;
    QString itemCode;
    qint64 netAmount = 0;        // tax excluded where the export allows
    bool netIncludesTax = false; // true when the export gave no way to take the tax out
    std::optional<qint64> invoiceTotal;
    std::optional<qint64> invoiceTax;
    std::optional<qint64> lineTax;
    QString currency;
    // Where the customer is, from the invoice's address columns (street, else postal); the
    // customer keeps it unless a contacts import already said where it is.
    QString city;
    QString region;
    QString country;
};

} // namespace clientele
