// bench_import [LINES] [lean|wide]: for a lean (26 columns) and a wide (44 columns) Xero export
// of LINES invoice lines (default 1,000,000) each, times the sqlite3 shell's `.import --csv` of
// it into a plain table of a fresh database file, then our InvoiceImporter into a fresh
// workspace, each in its own child process, and prints both times, their ratio (target <= 1.5,
// aim 1.0) and our import's peak resident memory (target < 300 MB). Not a test: the figures go
// into docs/performance.md.
#include "clientele/storage/customerrepository.h"
#include "clientele/storage/invoiceimporter.h"
#include "clientele/storage/workspacefile.h"
#include "xerogenerator.h"

#include <SQLiteCpp/Database.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace clientele;

namespace {

struct ChildRun {
    double seconds = 0;
    double cpuSeconds = 0; // user + system
    long peakKb = 0;
    int status = -1;
};

// Runs `work` in a child process and measures it from outside: wall time and the child's own
// peak resident set (ru_maxrss), unaffected by the generator or the other run.
template <typename Work> ChildRun inChild(Work work)
{
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0)
        _exit(work());
    ChildRun run;
    rusage usage{};
    int status = 0;
    wait4(pid, &status, 0, &usage);
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.peakKb = usage.ru_maxrss;
    run.cpuSeconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                     + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace

// One shape: generate, the baseline, our import, and what the Customers view then reads.
int measure(const QTemporaryDir &dir, long long lines, bench::ExportShape shape, const char *name)
{
    QElapsedTimer timer;
    timer.start();
    const QString csv = dir.filePath(QStringLiteral("invoices-%1.csv").arg(QLatin1String(name)));
    const auto bytes = bench::writeXeroInvoices(csv.toStdString(), lines, 1, 2000, shape);
    if (bytes < 0) {
        std::fprintf(stderr, "error: cannot write %s\n", qPrintable(csv));
        return 2;
    }
    std::printf("generated %lld lines, %.1f MB, in %.1f s\n", lines, bytes / 1e6,
                timer.elapsed() / 1000.0);
    std::fflush(stdout);

    // Baseline: the sqlite3 shell loads the same CSV into a plain table of a fresh file.
    const QString baselineDb =
        dir.filePath(QStringLiteral("baseline-%1.db").arg(QLatin1String(name)));
    const std::string command = ".import --csv " + csv.toStdString() + " lines";
    const std::string baselinePath = baselineDb.toStdString();
    const ChildRun baseline = inChild([&] {
        execlp("sqlite3", "sqlite3", baselinePath.c_str(), command.c_str(),
               static_cast<char *>(nullptr));
        return 127;
    });
    if (baseline.status != 0) {
        std::fprintf(stderr, "error: sqlite3 .import failed (status %d); is sqlite3 installed?\n",
                     baseline.status);
        return 2;
    }
    {
        SQLite::Database db(baselineDb.toStdString(), SQLite::OPEN_READONLY);
        std::printf("sqlite3 .import:   %7.2f s wall, %6.2f s CPU  (%lld rows)\n", baseline.seconds,
                    baseline.cpuSeconds,
                    static_cast<long long>(db.execAndGet("SELECT count(*) FROM lines").getInt64()));
    }

    // Ours: a fresh workspace (made beforehand, as the user would have it), the whole import with
    // its snapshot, one transaction, committed and checkpointed.
    const QString workspace =
        dir.filePath(QStringLiteral("bench-%1.clientele").arg(QLatin1String(name)));
    if (!WorkspaceFile::create(workspace)) {
        std::fprintf(stderr, "error: cannot create %s\n", qPrintable(workspace));
        return 2;
    }
    const ChildRun ours = inChild([&] {
        const ImportReport report = InvoiceImporter(workspace).run(csv);
        if (!report.committed()) {
            std::fprintf(stderr, "%s\n", qPrintable(report.summary()));
            return 4;
        }
        return 0;
    });
    if (ours.status != 0) {
        std::fprintf(stderr, "error: the import failed (status %d)\n", ours.status);
        return 2;
    }
    auto opened = WorkspaceFile::open(workspace, WorkspaceFile::Access::ReadOnly);
    if (!opened)
        return 2;
    SQLite::Database &db = (*opened)->database();
    std::printf(
        "clientele import:  %7.2f s wall, %6.2f s CPU  (%lld lines in %lld invoices, "
        "%lld customers)\n",
        ours.seconds, ours.cpuSeconds,
        static_cast<long long>(db.execAndGet("SELECT count(*) FROM invoice_line").getInt64()),
        static_cast<long long>(db.execAndGet("SELECT count(*) FROM invoice").getInt64()),
        static_cast<long long>(db.execAndGet("SELECT count(*) FROM customer").getInt64()));
    const double ratio = ours.seconds / baseline.seconds;
    const double cpuRatio = ours.cpuSeconds / baseline.cpuSeconds;
    std::printf("ratio:             %7.2f x wall, %5.2f x CPU  (target <= 1.50, aim 1.0)  %s\n",
                ratio, cpuRatio, ratio <= 1.5 ? "ok" : "OVER");
    std::printf("peak RSS:          %7.1f MB  (target < 300)    %s\n", ours.peakKb / 1024.0,
                ours.peakKb < 300 * 1024 ? "ok" : "OVER");

    // The Customers view's first screen: one page of 100 rows sorted by spend.
    timer.restart();
    const CustomerRepository customers(db);
    const int count = customers.count();
    const auto page = customers.page({CustomerSort::Spend, true, {}, 0, 100});
    std::printf("first screen:      %7.1f ms  (%d customers, %lld rows read; target < 200)\n",
                timer.nsecsElapsed() / 1e6, count, static_cast<long long>(page.size()));
    timer.restart();
    const auto byName = customers.page({CustomerSort::Name, false, {}, 1000, 100});
    const auto filtered =
        customers.page({CustomerSort::Loyalty, true, QStringLiteral("dental"), 0, 100});
    std::printf("resort + filter:   %7.1f ms\n", timer.nsecsElapsed() / 1e6);
    QFile::remove(csv);
    QFile::remove(baselineDb);
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    if (argc == 4 && std::string(argv[1]) == "--import") {
        // bench_import --import CSV WORKSPACE: our import alone, in this process (for perf).
        const QString workspace = QString::fromLocal8Bit(argv[3]);
        if (!WorkspaceFile::create(workspace))
            return 2;
        QElapsedTimer t;
        t.start();
        const ImportReport report = InvoiceImporter(workspace).run(QString::fromLocal8Bit(argv[2]));
        std::printf("%s%.2f s\n", qPrintable(report.summary()), t.elapsed() / 1000.0);
        return report.committed() ? 0 : 2;
    }
    const long long lines = argc > 1 ? std::atoll(argv[1]) : 1'000'000;
    const std::string only = argc > 2 ? argv[2] : "";
    QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("bench_import-XXXXXX")));
    if (!dir.isValid()) {
        std::fprintf(stderr, "error: no temporary folder\n");
        return 2;
    }
    for (const auto &[name, shape] : {std::pair{"lean", bench::ExportShape::Lean},
                                      std::pair{"wide", bench::ExportShape::Wide}}) {
        if (!only.empty() && only != name)
            continue;
        std::printf("\n== %s export\n", name);
        if (const int status = measure(dir, lines, shape, name); status != 0)
            return status;
    }
    return 0;
}
