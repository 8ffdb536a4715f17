#pragma once

#include "clientele/storage/customerrepository.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace clientele {

// Where a customer is, as far as the contacts or invoices said: "Perth, WA, Australia", or
// whichever of city, region and country are known. Empty when none is. The country is left out
// when it is `homeCountry` (any case): "Perth, WA" where most customers are Australian.
QString customerPlace(const CustomerRow &row, const QString &homeCountry = {});

// The Customers view as plain values for a spreadsheet: the column titles, then one row a
// customer with dates in ISO form and amounts as plain decimals ("1152.00") beside their
// currency code, so that a spreadsheet reads them as numbers.
QStringList customerTableHeader();
QStringList customerTableFields(const CustomerRow &row);

// The rows with a header row as CSV (RFC 4180, CRLF line ends) or as tab-separated text for
// the clipboard (tabs and line breaks inside a value become spaces).
QString customersCsv(const QList<CustomerRow> &rows);
// One CSV record: fields quoted where they hold a comma, quote or line break, ended by CRLF.
QString csvLine(const QStringList &fields);
QString customersTsv(const QList<CustomerRow> &rows);

} // namespace clientele
