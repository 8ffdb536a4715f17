#pragma once

#include <QJsonObject>
#include <QStringList>

namespace clientele {

// The kinds of file the importers know by their header row.
enum class ImportFormat { Unknown, XeroInvoices, OdooInvoices, XeroContacts, OdooContacts };

// "Xero invoices", as the workspace stores it with each import; importFormatLabel() is the same
// name as the user reads it.
QString importFormatName(ImportFormat format);
QString importFormatLabel(ImportFormat format);

// Which column (0-based, -1 when absent) holds what. Filled by recogniseHeader() for known
// exports, or by the user in the column-mapping dialog for any other CSV, and remembered by
// headerSignature(). `format` says how rows are read: Xero rows are invoice lines whose
// invoice-level columns repeat; Odoo and Unknown (mapped) rows stand alone.
struct ColumnMapping {
    ImportFormat format = ImportFormat::Unknown;

    // Invoices
    int customer = -1;
    int invoiceNumber = -1;
    int date = -1;
    int total = -1;        // invoice total including tax
    int taxTotal = -1;     // invoice tax
    int untaxedTotal = -1; // invoice total excluding tax
    int type = -1;         // invoice, credit note, overpayment, ...
    int status = -1;       // draft, paid, posted, voided, ...
    int description = -1;
    int itemCode = -1;
    int quantity = -1;
    int unitAmount = -1;
    int lineAmount = -1;
    int lineTax = -1;
    int currency = -1;

    // Contacts; the postal columns stand in when the street address is empty.
    int name = -1;
    int email = -1;
    int website = -1;
    int city = -1;
    int region = -1;
    int country = -1;
    int postalCity = -1;
    int postalRegion = -1;
    int postalCountry = -1;
    int industry = -1;
    int tags = -1;

    bool canReadInvoices() const;
    bool canReadContacts() const;
    bool isContactFormat() const
    {
        return format == ImportFormat::XeroContacts || format == ImportFormat::OdooContacts;
    }

    QJsonObject toJson() const;
    static ColumnMapping fromJson(const QJsonObject &json);
    bool operator==(const ColumnMapping &) const = default;
};

// Loose form of a header name: lower case without a leading '*', spaces, underscores or '/',
// and without a trailing "s" or "Name" ("*ContactName" and "contact" match).
QString normaliseHeader(QStringView name);

// A stable key for a header row (same columns in the same order, however spelled loosely), to
// remember the mapping a user chose for files of that shape.
QString headerSignature(const QStringList &header);

// Recognises Xero and Odoo invoice and contact exports; format Unknown when nothing fits.
ColumnMapping recogniseHeader(const QStringList &header);

} // namespace clientele
