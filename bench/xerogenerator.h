#pragma once

#include <cstdint>
#include <string>

namespace clientele::bench {

// Xero's full export (44 columns), or a lean one (26: without street address, second postal
// lines, tracking and planned date), as an organisation's export settings may give.
enum class ExportShape { Wide, Lean };

// Writes a Xero sales-invoice export with `lines` invoice lines: about 2,000 customers with
// addresses, invoices of one to six lines, credit notes, drafts, voided invoices and
// overpayments, day-first dates from 2019 to 2024, tax-exclusive lines with GST. The same seed
// gives the same file. Returns the bytes written, or -1 when the file cannot be written.
std::int64_t writeXeroInvoices(const std::string &path, std::int64_t lines, std::uint64_t seed = 1,
                               int customers = 2000, ExportShape shape = ExportShape::Wide);

} // namespace clientele::bench
