#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace clientele {

// What a frozen PDF (a sent proposal version, a review pack) is known by: its SHA-256 as
// lower-case hex, as stored, exported and printed.
inline QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace clientele
