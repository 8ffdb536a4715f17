#pragma once

#include <QByteArray>
#include <QStringList>

namespace clientele {

// A PostgreSQL array literal, {"a","b"}: every element quoted, its quotes and backslashes
// escaped, so any text survives.
QByteArray pgArrayLiteral(const QStringList &elements);

} // namespace clientele
