// Showing the ICP Chart page grows at most linearly with its clients: the time from clicking its
// sidebar entry to the page's first paint, in a shown main window on a workspace whose chart has
// 5 (the sample's), 25, 50, 100 and 200 clients, each a median of RUNS fresh windows taken in
// turn, and the 200-client page's ratio to the 5-client one (target < 2). Run it under
// xvfb-run -a.
//   bench_chartpage [RUNS]      (ONLY=N in the environment: the 5- and N-client pages alone)
// Not a test: the figures go into docs/performance.md.
#include "clientele/core/workspace.h"
#include "clientele/gui/chartpage.h"
#include "clientele/gui/charttableview.h"
#include "clientele/gui/mainwindow.h"
#include "clientele/gui/sidebar.h"
#include "clientele/storage/chartrepository.h"
#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/workspacefile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTemporaryDir>
#include <QTest>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <vector>

using namespace clientele;

namespace {

// The sample workspace with its five chart clients repeated to `count`, under long names.
QString workspaceWith(const QTemporaryDir &dir, int count)
{
    const QString path = dir.filePath(QStringLiteral("chart-%1.clientele").arg(count));
    if (!writeSampleWorkspace(path))
        return {};
    auto file = WorkspaceFile::open(path);
    if (!file)
        return {};
    ChartRepository repository((*file)->database());
    IcpChart chart = repository.load();
    const QList<ChartClient> sample = chart.clients();
    for (int n = int(sample.size()); n < count; ++n) {
        const ChartClient &from = sample.at(n % sample.size());
        const qint64 id = chart.insertClient(
            n, {0, QStringLiteral("%1 (branch %2)").arg(from.name).arg(n + 1), true, {}});
        for (const Attribute &attribute : chart.attributes())
            chart.setValue(id, attribute.id, chart.value(from.id, attribute.id));
    }
    if (!(*file)->transaction([&] { repository.replace(chart); }))
        return {};
    return path;
}

// Stops the clock at the first paint of the watched widget.
class FirstPaint : public QObject {
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

// One fresh window on the workspace, shown; then the ICP Chart entry clicked as a user does,
// timed to the page's first paint (ms).
double settledMs = 0; // the last run's time until the window was idle again

double showChartPage(const QString &path)
{
    auto workspace = Workspace::open(path);
    if (!workspace)
        return -1;
    MainWindow window;
    window.setWorkspace(std::move(*workspace));
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return -1;
    QApplication::processEvents();
    auto *sidebar = window.findChild<Sidebar *>();
    const int section = window.sectionOf<ChartPage>();
    FirstPaint watcher;
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                      sidebar->visualItemRect(sidebar->item(section)).center());
    auto *page = window.builtPage<ChartPage>();
    if (!page)
        return -1;
    page->installEventFilter(&watcher);
    page->grid()->viewport()->installEventFilter(&watcher);
    while (!watcher.painted && clock.elapsed() < 60'000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double painted = clock.nsecsElapsed() / 1e6;
    // Until the window is idle: the figures are built just after the first paint.
    double busyUntil = painted;
    QElapsedTimer idle;
    idle.start();
    while (idle.elapsed() < 300) {
        QElapsedTimer step;
        step.start();
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        if (step.nsecsElapsed() > 2'000'000) {
            busyUntil = clock.nsecsElapsed() / 1e6;
            idle.restart();
        }
    }
    settledMs = busyUntil;
    return painted;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
    QTemporaryDir dir;
    std::vector<int> sizes{5, 25, 50, 100, 200};
    if (qEnvironmentVariableIsSet("ONLY"))
        sizes = {5, qEnvironmentVariableIntValue("ONLY")};
    std::map<int, QString> paths;
    for (const int size : sizes) {
        paths[size] = workspaceWith(dir, size);
        if (paths[size].isEmpty()) {
            std::fprintf(stderr, "error: cannot build the %d-client workspace\n", size);
            return 2;
        }
    }
    std::map<int, std::vector<double>> times;
    std::map<int, std::vector<double>> settled;
    showChartPage(paths[5]); // warm up fonts and caches, as a running app has them
    for (int run = 0; run < runs; ++run) {
        for (const int size : sizes) {
            const double ms = showChartPage(paths[size]);
            if (ms < 0) {
                std::fprintf(stderr, "error: the chart page did not show\n");
                return 2;
            }
            times[size].push_back(ms);
            settled[size].push_back(settledMs);
        }
    }
    const double small = median(times[5]);
    std::printf("ICP Chart page, click to first paint (median of %d fresh windows):\n", runs);
    for (const int size : sizes)
        std::printf("  %3d clients: %7.1f ms  (%.2f x the 5-client page, %.2f ms a client);"
                    " idle after %7.1f ms\n",
                    size, median(times[size]), median(times[size]) / small,
                    median(times[size]) / size, median(settled[size]));
    const double ratio = median(times[sizes.back()]) / small;
    std::printf("ratio 200 / 5:   %5.2f x  (target < 2.00)  %s\n", ratio,
                ratio < 2.0 ? "ok" : "OVER");
    return 0;
}
