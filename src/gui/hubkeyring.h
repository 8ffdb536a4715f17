#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace clientele {

// A team hub's password in the desktop keyring (Secret Service, KWallet) through QtKeychain:
// service "Clientele", key the hub's address. Never anywhere else: where no keyring answers
// (no session bus, no Secret Service), nothing is kept and libpq looks in the user's .pgpass
// and service files instead. Every call answers later, on the calling thread's event loop,
// unless `context` is gone by then.
namespace hubkeyring {

// `password` is empty when none is kept; `available` says whether a keyring answered at all.
using ReadDone = std::function<void(const QString &password, bool available)>;
void readPassword(const QString &hub, QObject *context, ReadDone done);
// `kept` says whether the keyring took it.
void writePassword(const QString &hub, const QString &password, QObject *context,
                   std::function<void(bool kept)> done);
// Whether a keyring answers here: asks it for a password nobody keeps.
void probe(QObject *context, std::function<void(bool available)> done);

} // namespace hubkeyring

} // namespace clientele
