#include "fuzzsupport.h"

#include <spdlog/spdlog.h>

#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace clientele::fuzz {

namespace {

std::unique_ptr<QTemporaryDir> &folder()
{
    static std::unique_ptr<QTemporaryDir> dir;
    return dir;
}

} // namespace

QString workDir()
{
    return folder() ? folder()->path() : QString();
}

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                   static_cast<qsizetype>(size));
}

void require(const QString &violation)
{
    if (violation.isEmpty())
        return;
    std::fprintf(stderr, "FUZZ FINDING: %s\n", violation.toUtf8().constData());
    std::abort();
}

} // namespace clientele::fuzz

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Every open and import logs a line; at fuzzing speed that is all the output would hold.
    spdlog::set_level(spdlog::level::off);
    const QString shm = QStringLiteral("/dev/shm");
    const QString base = QDir(shm).exists() ? shm : QDir::tempPath();
    auto &dir = clientele::fuzz::folder();
    dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/clientele-fuzz-XXXXXX"));
    if (!dir->isValid()) {
        std::fprintf(stderr, "cannot create a work folder under %s\n", base.toUtf8().constData());
        std::abort();
    }
    return 0;
}
