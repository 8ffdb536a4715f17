// Cold start: Clientele on the sample workspace to its first painted window, against a minimal
// Qt Widgets program that shows an empty main window and quits at its first paint. Both run
// on the same display (use xvfb-run, or QT_QPA_PLATFORM=offscreen).
//   bench_startup PATH/TO/clientele PATH/TO/minimalwindow [RUNS]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double medianMs(const QString &program, const QStringList &arguments, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            std::fprintf(stderr, "%s did not finish cleanly\n", qPrintable(program));
            return -1;
        }
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_startup CLIENTELE MINIMALWINDOW [RUNS]\n");
        return 1;
    }
    const int runs = argc > 3 ? std::atoi(argv[3]) : 9;
    const double baseline = medianMs(QString::fromLocal8Bit(argv[2]), {}, runs);
    const double ours =
        medianMs(QString::fromLocal8Bit(argv[1]), {QStringLiteral("--quit-on-first-paint")}, runs);
    if (baseline <= 0 || ours <= 0)
        return 2;
    std::printf("cold start to first paint (median of %d): clientele %.0f ms, minimal Qt window "
                "%.0f ms, ratio %.2fx (target <= 3x)\n",
                runs, ours, baseline, ours / baseline);
    return 0;
}
