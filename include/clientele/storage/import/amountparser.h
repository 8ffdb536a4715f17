#pragma once

#include "clientele/domain/result.h"

#include <QString>
#include <QStringView>

namespace clientele {

// Which character separates the fraction. Auto decides from the text itself (see docs/import.md).
enum class DecimalSeparator { Auto, Point, Comma };

// An amount read from text: exact integer minor units (cents) and the currency the text named.
struct ParsedAmount {
    qint64 minor = 0;
    QString currency; // ISO code when the text said so ("A$", "AUD", "€"), else empty
};

// Reads "$1,234.50", "(120.00)", "-5", "5.00-", "1.234,56 €", "AUD 99", "A$10" into minor units
// without floating point. Refuses rather than rounds: more decimals than minorDigits (unless
// they are zeros), misplaced thousands separators, exponents or stray text are errors.
Result<ParsedAmount> parseAmount(QStringView text,
                                 DecimalSeparator decimal = DecimalSeparator::Auto,
                                 int minorDigits = 2);

} // namespace clientele
