// The window stays responsive during a 1,000,000-line import: a 10 ms heartbeat timer on the GUI
// thread is never late by more than 50 ms, progress reaches the window at least 4 times a
// second, and Cancel takes effect within 250 ms. Drives File > Import's own path
// (ImportActions::importFile: the ImportFlow, its ImportRunner, worker thread and progress
// dialog) in a shown main window on a fresh workspace. Run it under xvfb-run -a.
//   bench_responsive [LINES] [FOLDER]
// The generated Xero export is kept in FOLDER (when given) for later runs. Not a test: the
// figures go into docs/performance.md.
#include "clientele/core/workspace.h"
#include "clientele/gui/importactions.h"
#include "clientele/gui/importrunner.h"
#include "clientele/gui/mainwindow.h"
#include "clientele/storage/workspacefile.h"
#include "xerogenerator.h"

#include <SQLiteCpp/Database.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace clientele;

namespace {

constexpr int kBeatMs = 10;

// A 10 ms timer on the GUI thread; each firing records how much later than 10 ms after the
// previous one it came.
class Heartbeat {
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kBeatMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const double now = m_clock.nsecsElapsed() / 1e6;
            m_lateMs.push_back(std::max(0.0, now - m_last - kBeatMs));
            m_last = now;
        });
    }
    void start()
    {
        m_lateMs.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxMs() const { return m_lateMs.empty() ? 0 : percentile(1.0); }
    double p99Ms() const { return m_lateMs.empty() ? 0 : percentile(0.99); }
    size_t beats() const { return m_lateMs.size(); }

private:
    double percentile(double p) const
    {
        std::vector<double> sorted = m_lateMs;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5))];
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    std::vector<double> m_lateMs;
};

struct ImportRun {
    ImportReport report;
    double seconds = 0;
    double readDoneSeconds = -1;    // when the last byte of the file had been read
    std::vector<double> progressAt; // seconds since the start, one per update the window got
    double cancelMs = -1;           // from Cancel pressed to the import having ended
};

// One import through File > Import's path. Cancel is pressed after `cancelAfterMs` (if > 0).
ImportRun importThroughWindow(MainWindow &window, const QString &csv, int cancelAfterMs)
{
    auto *imports = window.findChild<ImportActions *>();
    ImportQuestions noQuestions; // the generated file needs none: any question gives up
    noQuestions.mapping = [](const ImportPreview &) { return std::optional<ColumnMapping>(); };
    noQuestions.dateOrder = [](const QString &, const QStringList &) {
        return std::optional<DateOrder>();
    };
    noQuestions.importRest = [](const ImportReport &) { return false; };
    noQuestions.failed = [](const ImportReport &) {};
    imports->setQuestions(noQuestions);

    ImportRun run;
    QElapsedTimer clock;
    QElapsedTimer sinceCancel;
    // Runs inside the runner's event loop, once the runner exists.
    QTimer::singleShot(0, &window, [&] {
        auto *runner = window.findChild<ImportRunner *>();
        if (!runner)
            return;
        QObject::connect(runner, &ImportRunner::progressed, [&](qint64 done, qint64 total) {
            run.progressAt.push_back(clock.nsecsElapsed() / 1e9);
            if (done >= total && run.readDoneSeconds < 0)
                run.readDoneSeconds = run.progressAt.back();
        });
        if (cancelAfterMs > 0)
            QTimer::singleShot(cancelAfterMs, runner, [&, runner] {
                sinceCancel.start();
                runner->progressDialog()->findChild<QPushButton *>()->click();
            });
    });
    clock.start();
    run.report = imports->importFile(csv, ImportReport::Kind::Invoices);
    run.seconds = clock.nsecsElapsed() / 1e9;
    if (sinceCancel.isValid())
        run.cancelMs = sinceCancel.nsecsElapsed() / 1e6;
    return run;
}

// Progress updates in each whole second of the run, leaving out the first second and the last
// partial one.
std::vector<int> updatesPerSecond(const ImportRun &run)
{
    std::vector<int> counts(size_t(run.seconds), 0);
    for (double at : run.progressAt)
        if (size_t(at) < counts.size())
            ++counts[size_t(at)];
    if (!counts.empty())
        counts.erase(counts.begin());
    return counts;
}

void idleFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool openFreshWorkspace(MainWindow &window, const QString &path)
{
    auto created = Workspace::create(path);
    if (!created) {
        std::fprintf(stderr, "error: %s\n", qPrintable(created.errorMessage()));
        return false;
    }
    window.setWorkspace(std::move(*created));
    return true;
}

QString generatedExport(const QString &folder, long long lines)
{
    const QString csv = QDir(folder).filePath(QStringLiteral("xero-%1.csv").arg(lines));
    if (QFileInfo::exists(csv))
        return csv;
    const QString partial = csv + QStringLiteral(".partial");
    if (bench::writeXeroInvoices(partial.toStdString(), lines) < 0 || !QFile::rename(partial, csv))
        return {};
    return csv;
}

const char *verdict(bool met)
{
    return met ? "met" : "NOT MET";
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    const long long lines = argc > 1 ? std::atoll(argv[1]) : 1'000'000;
    QTemporaryDir scratch(QDir::temp().filePath(QStringLiteral("bench_responsive-XXXXXX")));
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : scratch.path();
    QDir().mkpath(folder);
    const QString csv = generatedExport(folder, lines);
    if (csv.isEmpty()) {
        std::fprintf(stderr, "error: cannot write the export into %s\n", qPrintable(folder));
        return 2;
    }

    MainWindow window;
    window.resize(1240, 820);
    window.show();
    Heartbeat heartbeat;

    // 1. The whole import, with the heartbeat running.
    if (!openFreshWorkspace(window, scratch.filePath(QStringLiteral("full.clientele"))))
        return 2;
    idleFor(500);
    heartbeat.start();
    const ImportRun full = importThroughWindow(window, csv, 0);
    heartbeat.stop();
    if (!full.report.committed()) {
        std::fprintf(stderr, "error: the import did not commit: %s\n",
                     qPrintable(full.report.summary()));
        return 2;
    }
    const double lateMax = heartbeat.maxMs();
    const double lateP99 = heartbeat.p99Ms();
    const size_t beats = heartbeat.beats();

    // The baseline: the same timer with the GUI thread idle for as long.
    heartbeat.start();
    idleFor(int(full.seconds * 1000));
    heartbeat.stop();

    const std::vector<int> perSecond = updatesPerSecond(full);
    const int minRate =
        perSecond.empty() ? 0 : *std::min_element(perSecond.begin(), perSecond.end());
    std::printf("import of %lld lines through File > Import: %.1f s, all read after %.1f s, "
                "%lld lines imported\n",
                lines, full.seconds, full.readDoneSeconds,
                static_cast<long long>(full.report.linesImported));
    std::printf("heartbeat late by:  max %.1f ms, p99 %.1f ms over %zu beats  (target max <= 50)"
                "  %s\n",
                lateMax, lateP99, beats, verdict(lateMax <= 50));
    std::printf("  baseline, idle:   max %.1f ms, p99 %.1f ms over %zu beats\n", heartbeat.maxMs(),
                heartbeat.p99Ms(), heartbeat.beats());
    std::printf("progress updates:   min %d per second over %zu whole seconds  (target >= 4)  %s\n",
                minRate, perSecond.size(), verdict(minRate >= 4));
    std::printf("  per second:      ");
    for (int count : perSecond)
        std::printf(" %d", count);
    std::printf("\n");

    // 2. The same import into another fresh workspace, cancelled after three seconds.
    const QString cancelled = scratch.filePath(QStringLiteral("cancelled.clientele"));
    if (!openFreshWorkspace(window, cancelled))
        return 2;
    idleFor(500);
    heartbeat.start();
    const ImportRun stopped = importThroughWindow(window, csv, 3000);
    heartbeat.stop();
    auto file = WorkspaceFile::open(cancelled, WorkspaceFile::Access::ReadOnly);
    if (!file)
        return 2;
    SQLite::Database &db = (*file)->database();
    const auto count = [&db](const char *table) {
        return static_cast<long long>(
            db.execAndGet(std::string("SELECT count(*) FROM ") + table).getInt64());
    };
    const long long leftOver = count("invoice") + count("invoice_line") + count("customer");
    const bool rolledBack = stopped.report.outcome == ImportReport::Outcome::Cancelled;
    std::printf("cancel after 3 s:   %.0f ms from Cancel to the import ending  (target <= 250)"
                "  %s\n",
                stopped.cancelMs, verdict(stopped.cancelMs >= 0 && stopped.cancelMs <= 250));
    std::printf("  afterwards:       %s, %lld invoices, lines or customers in the workspace  %s\n",
                rolledBack ? "cancelled" : "NOT cancelled", leftOver,
                rolledBack && leftOver == 0 ? "no partial import" : "PARTIAL IMPORT");
    std::printf("  heartbeat:        max %.1f ms, p99 %.1f ms\n", heartbeat.maxMs(),
                heartbeat.p99Ms());
    return 0;
}
