#pragma once

#include <QString>

namespace clientele {

// Whether a hub address is a libpq URL ("postgresql://hub.example/clientele") rather than a
// connection string of key=value pairs ("host=hub.example dbname=clientele").
bool isHubUrl(const QString &address);

// Whether the address carries a password itself ("postgresql://anna:secret@hub/team",
// "password=secret"): the workspace keeps the address, so it must not.
bool hubAddressHasPassword(const QString &address);

// The address with one more connection parameter, in the address's own form: a query
// parameter of a URL (percent-encoded), or a quoted key=value pair. The user name a Join adds
// is kept in the workspace's link; the password from the keyring only ever in memory, on its
// way to libpq.
QString hubAddressWith(const QString &address, const QString &key, const QString &value);

} // namespace clientele
