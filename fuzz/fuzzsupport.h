#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace clientele::fuzz {

// A private folder for the target's files, made at start-up (in memory when /dev/shm exists).
QString workDir();
// libFuzzer's bytes without a copy, so reading past the end is caught by AddressSanitizer.
QByteArray bytesOf(const uint8_t *data, size_t size);
// A broken promise is a finding: print it and abort so libFuzzer keeps the input.
void require(const QString &violation);

} // namespace clientele::fuzz
