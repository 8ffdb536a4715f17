#pragma once

#include <QByteArray>
#include <QString>

namespace clientele::fuzz {

// What each fuzz target does with one input. The libFuzzer targets in this folder call these, and
// the storage tests replay every kept crashing input (tests/fixtures/fuzz/<target>/) through the
// same functions, so a fixed bug stays fixed in an ordinary test run.
//
// Each returns an empty string when the input was handled as the code promises (read, or refused
// with a reason), and otherwise says which promise was broken. Crashes and sanitizer reports
// speak for themselves. `workDir` is an existing, writable folder the call may fill with files.

// readInvoices() over the bytes: detected settings; then a day-first date order with a small
// record cap; then a mapping naming the first columns, so unrecognised headers are read too.
QString fuzzCsvInvoices(const QByteArray &bytes);
// readContacts() over the bytes, detected and with a mapping.
QString fuzzCsvContacts(const QByteArray &bytes);
// importWorkspaceJson() into a fresh workspace; a document it accepts must export, import and
// export again to the same text.
QString fuzzJsonImport(const QByteArray &bytes, const QString &workDir);
// The bytes as a workspace file: open it, and if it opens, read its profiles and settings and
// run problems(). An open refused with an empty reason, or a file changed by a refusal, is a bug.
QString fuzzOpenWorkspace(const QByteArray &bytes, const QString &workDir);

// The folder name under tests/fixtures/fuzz/ for each target, paired with its function.
inline constexpr const char *kFuzzTargets[] = {"fuzz_csv_invoices", "fuzz_csv_contacts",
                                               "fuzz_json_import", "fuzz_open_workspace"};
QString runFuzzTarget(const QString &target, const QByteArray &bytes, const QString &workDir);

} // namespace clientele::fuzz
