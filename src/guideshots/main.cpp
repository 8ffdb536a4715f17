// Writes the pictures of docs/user-guide.md: the start page, then every section of the sample
// workspace as a consultant first sees it, at the size of a laptop screen. Run by
// scripts/guide-shots, so the pictures follow the code.
//   clientele-guide-shots OUT_DIR [WIDTHxHEIGHT] [light|dark]

#include "clientele/gui/fileactions.h"
#include "clientele/gui/mainwindow.h"
#include "clientele/gui/sectionpages.h"
#include "clientele/gui/theme.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

using namespace clientele;

namespace {

// "ICP Chart" → "icp-chart"
QString slug(QString title)
{
    static const QRegularExpression notWord(QStringLiteral("[^a-z0-9]+"));
    return title.toLower().replace(notWord, QStringLiteral("-"));
}

bool save(QWidget &window, const QDir &dir, const QString &name)
{
    QEventLoop settle; // let queued layouts, counts and charts settle
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    if (!window.grab().save(path)) {
        std::fprintf(stderr, "Cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Clientele"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: clientele-guide-shots OUT_DIR [WIDTHxHEIGHT] [light|dark]\n");
        return 2;
    }
    const QDir dir(args.at(1));
    if (!QDir().mkpath(dir.path())) {
        std::fprintf(stderr, "Cannot create %s\n", qPrintable(dir.path()));
        return 1;
    }
    QSize size(1280, 800);
    if (args.size() > 2) {
        const QStringList parts = args.at(2).split(u'x');
        if (parts.size() == 2)
            size = QSize(parts.at(0).toInt(), parts.at(1).toInt());
    }

    // The guide shows the light theme whatever the desktop's; dark is for looking at it.
    const bool dark = args.size() > 3 && args.at(3) == QStringLiteral("dark");
    MainWindow window; // applies the theme last chosen, which the next line overrides
    applyTheme(dark ? Theme::Dark : Theme::Light);
    window.resize(size);
    window.show();
    bool ok = save(window, dir, QStringLiteral("start"));
    if (!window.fileActions()->openSample()) {
        std::fprintf(stderr, "Cannot open the sample workspace\n");
        return 1;
    }
    for (int section = 0; section < window.sections()->size(); ++section) {
        window.showSection(section);
        ok = save(window, dir, slug(window.sections()->entry(section).title)) && ok;
    }
    return ok ? 0 : 1;
}
