#include "clientele/storage/logging.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <QDir>
#include <QFileInfo>

#include <vector>

namespace clientele {

void configureLogging(const QString &logFile, bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    console->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    sinks.push_back(console);
    if (!logFile.isEmpty()) {
        QDir().mkpath(QFileInfo(logFile).absolutePath());
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                logFile.toStdString(), 1024 * 1024, 3);
            file->set_level(spdlog::level::info);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex &) {
            // A log that cannot be written must not keep the program from starting.
        }
    }
    auto logger = std::make_shared<spdlog::logger>("clientele", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    spdlog::set_default_logger(logger);
}

} // namespace clientele
