#pragma once

#include "clientele/domain/hybridclock.h"

#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<clientele::HlcTimestamp> {
    static std::string convert(const clientele::HlcTimestamp &stamp)
    {
        return std::to_string(stamp.millis) + "/" + std::to_string(stamp.counter) + "/"
               + stamp.replica.right(1).toStdString();
    }
};
} // namespace Catch

namespace synctest {

// Replica ids as uuid text; they sort a < b < c.
inline const QString replicaA = QStringLiteral("0b6c1f2e-0000-4000-8000-00000000000a");
inline const QString replicaB = QStringLiteral("0b6c1f2e-0000-4000-8000-00000000000b");
inline const QString replicaC = QStringLiteral("0b6c1f2e-0000-4000-8000-00000000000c");

inline clientele::HlcTimestamp stamp(qint64 millis, quint32 counter, const QString &replica)
{
    return clientele::HlcTimestamp{millis, counter, replica};
}

} // namespace synctest
