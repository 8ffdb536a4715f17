#pragma once

#include <QString>

namespace clientele::bench {

// What a large workspace holds: the sample's content plus these many profiles, chart clients
// and imported invoice lines.
struct LargeWorkspaceSize {
    int profiles = 1000;
    int chartClients = 200;
    long long invoiceLines = 1'000'000;
};

// Builds a large workspace at `path` the way a user's would grow: the sample workspace, a Xero
// export of `size.invoiceLines` lines through the invoice importer, then profiles (copies of
// the sample's, each with its lists) and chart clients (the sample clients' values repeated)
// through the repositories, in one transaction. The generated CSV lives beside `path` while
// importing. Returns an empty string, or why it failed.
QString buildLargeWorkspace(const QString &path, const LargeWorkspaceSize &size = {});

} // namespace clientele::bench
