// Opening costs the same whatever the data size: Clientele opening a workspace with 1,000
// profiles, a 200-client chart and 1,000,000 invoice lines, to its first painted window, against
// the same for the sample workspace saved as a file (target <= 1.2x), and the large open's peak
// resident memory (target < 150 MB). Each open is a child process (the app with FILE
// --quit-on-first-paint) on the same display, timed from outside (wall clock, and CPU = user +
// system from wait4); run it under xvfb-run -a. Also times the background quick_check alone.
//   bench_open PATH/TO/clientele [FOLDER] [RUNS]
// The large workspace is built once into FOLDER (default: a folder in the temporary directory)
// and kept there for later runs. Not a test: the figures go into docs/performance.md.
#include "clientele/storage/backupsnapshots.h"
#include "clientele/storage/sampleworkspace.h"
#include "largeworkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace clientele;

namespace {

struct ChildRun {
    double ms = 0;
    double cpuMs = 0; // user + system
    double peakMb = 0;
    int status = -1;
};

ChildRun waitFor(pid_t pid, std::chrono::steady_clock::time_point start)
{
    rusage usage{};
    int status = 0;
    wait4(pid, &status, 0, &usage);
    ChildRun run;
    run.ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    run.cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
                + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    run.peakMb = usage.ru_maxrss / 1024.0;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// The app opening `workspace` until its first paint. Settings, recent files and the log go to
// `home`, so every run starts from the same (empty) settings and the user's are left alone.
ChildRun openInApp(const std::string &app, const std::string &workspace, const std::string &home)
{
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        for (const char *variable :
             {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
            setenv(variable, home.c_str(), 1);
        execl(app.c_str(), app.c_str(), workspace.c_str(), "--quit-on-first-paint",
              static_cast<char *>(nullptr));
        _exit(127);
    }
    return waitFor(pid, start);
}

// The integrity check the app starts in the background after opening, alone in a fresh process
// (this program again, with --quick-check) so its peak memory is its own.
ChildRun quickCheckAlone(const std::string &self, const std::string &workspace)
{
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        execl(self.c_str(), self.c_str(), "--quick-check", workspace.c_str(),
              static_cast<char *>(nullptr));
        _exit(127);
    }
    return waitFor(pid, start);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void removeWorkspace(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
    QDir(path + QStringLiteral(".backups")).removeRecursively();
}

// The large workspace, built once; a marker file says the build finished.
bool ensureLargeWorkspace(const QString &path)
{
    const QString marker = path + QStringLiteral(".complete");
    if (QFileInfo::exists(marker) && QFileInfo::exists(path))
        return true;
    removeWorkspace(path);
    std::printf("building %s (once; kept for later runs)...\n", qPrintable(path));
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    if (const QString failed = bench::buildLargeWorkspace(path); !failed.isEmpty()) {
        std::fprintf(stderr, "error: %s\n", qPrintable(failed));
        return false;
    }
    std::printf("built in %.0f s\n", timer.elapsed() / 1000.0);
    QFile done(marker);
    return done.open(QIODevice::WriteOnly);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    if (argc == 3 && std::string(argv[1]) == "--quick-check")
        return BackupSnapshots::quickCheck(QString::fromLocal8Bit(argv[2])).isEmpty() ? 0 : 3;
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_open CLIENTELE [FOLDER] [RUNS]\n");
        return 1;
    }
    const std::string app = argv[1];
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                    : QDir::temp().filePath(QStringLiteral("clientele-bench-open"));
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 21;
    if (!QDir().mkpath(folder)) {
        std::fprintf(stderr, "error: cannot make %s\n", qPrintable(folder));
        return 2;
    }
    const QString large = QDir(folder).filePath(QStringLiteral("large.clientele"));
    const QString sample = QDir(folder).filePath(QStringLiteral("sample.clientele"));
    if (!ensureLargeWorkspace(large))
        return 2;
    if (!QFileInfo::exists(sample) && !writeSampleWorkspace(sample)) {
        std::fprintf(stderr, "error: cannot write %s\n", qPrintable(sample));
        return 2;
    }
    QTemporaryDir home(QDir::temp().filePath(QStringLiteral("bench_open-home-XXXXXX")));
    const std::string homePath = home.path().toStdString();
    const std::string largePath = large.toStdString();
    const std::string samplePath = sample.toStdString();

    // One run each first so both files are in the page cache, then the two alternate so a
    // burst of load from elsewhere hits both alike.
    std::vector<double> sampleMs, sampleCpu, sampleMb, largeMs, largeCpu, largeMb;
    for (int i = -1; i < runs; ++i) {
        const ChildRun small = openInApp(app, samplePath, homePath);
        const ChildRun big = openInApp(app, largePath, homePath);
        if (small.status != 0 || big.status != 0) {
            std::fprintf(stderr, "error: the app did not quit cleanly (status %d, %d)\n",
                         small.status, big.status);
            return 2;
        }
        if (i < 0)
            continue;
        sampleMs.push_back(small.ms);
        sampleMb.push_back(small.peakMb);
        sampleCpu.push_back(small.cpuMs);
        largeCpu.push_back(big.cpuMs);
        largeMs.push_back(big.ms);
        largeMb.push_back(big.peakMb);
    }
    const double ratio = median(largeMs) / median(sampleMs);
    const double peak = *std::max_element(largeMb.begin(), largeMb.end());
    std::printf("large workspace:   %.0f MB file\n", QFileInfo(large).size() / 1e6);
    std::printf("open to first paint (median of %d): sample %.0f ms wall, %.0f ms CPU; large "
                "%.0f ms wall, %.0f ms CPU\n",
                runs, median(sampleMs), median(sampleCpu), median(largeMs), median(largeCpu));
    const double cpuRatio = median(largeCpu) / median(sampleCpu);
    std::printf("ratio:             %.2fx wall, %.2fx CPU  (target <= 1.20)  %s\n", ratio, cpuRatio,
                ratio <= 1.2 ? "met" : "NOT MET");
    std::printf("peak RSS, large:   %.0f MB median, %.0f MB max  (target < 150)  %s;"
                " sample %.0f MB\n",
                median(largeMb), peak, peak < 150 ? "met" : "NOT MET", median(sampleMb));

    const ChildRun check =
        quickCheckAlone(QCoreApplication::applicationFilePath().toStdString(), largePath);
    std::printf("background quick_check of the large file alone: %.0f ms, peak RSS %.0f MB%s\n",
                check.ms, check.peakMb, check.status == 0 ? "" : " (found problems)");
    return 0;
}
