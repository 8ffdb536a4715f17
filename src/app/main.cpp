// Clientele's desktop application: command line, logging, and the main window.

#include "clientele/gui/fileactions.h"
#include "clientele/gui/firstpaintwatcher.h"
#include "clientele/gui/mainwindow.h"
#include "clientele/gui/windowhandoff.h"
#include "clientele/render/translations.h"
#include "clientele/storage/logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <spdlog/spdlog.h>

using namespace clientele;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Clientele"));
    QApplication::setApplicationName(QStringLiteral("Clientele"));
    QApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    const Translations translations;
    // Ties the windows to the installed .desktop file: its icon and name in the launcher and
    // the Wayland app id.
    QApplication::setDesktopFileName(QStringLiteral(CLIENTELE_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "clientele::App",
        "Ideal customer profiles, offers and proposals. Opens each FILE in a window of its own, "
        "or the built-in sample workspace when no file is given. A FILE already open in "
        "Clientele brings its window to the front."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("clientele::App",
                                    "A Clientele workspace (.clientele) to open."),
        QStringLiteral("[FILE...]"));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        QCoreApplication::translate("clientele::App", "Also write the log to standard error."));
    // The options below are hidden from --help and left untranslated: they serve the
    // documentation's screenshots and the benchmarks.
    // For documentation and checks: saves the window as an image once shown, then quits.
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a picture of the window to PATH and quit."),
                                  QStringLiteral("PATH"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotSize(QStringLiteral("screenshot-size"),
                                      QStringLiteral("Window size for --screenshot."),
                                      QStringLiteral("WIDTHxHEIGHT"), QStringLiteral("1240x820"));
    screenshotSize.setFlags(QCommandLineOption::HiddenFromHelp);
    // Opens the window on section N (1 = the first in the sidebar), for screenshots.
    QCommandLineOption section(QStringLiteral("section"), QStringLiteral("Show section N."),
                               QStringLiteral("N"));
    section.setFlags(QCommandLineOption::HiddenFromHelp);
    // For the cold-start benchmark: quits as soon as the window has painted once.
    QCommandLineOption quitOnPaint(QStringLiteral("quit-on-first-paint"),
                                   QStringLiteral("Quit once the window has painted."));
    quitOnPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({verbose, screenshot, screenshotSize, section, quitOnPaint});
    parser.process(app);

    const QString logFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    configureLogging(QDir(logFolder).filePath(QStringLiteral("clientele.log")),
                     parser.isSet(verbose));
    spdlog::info("Clientele {} starting", QApplication::applicationVersion().toStdString());

    // A file another Clientele edits comes forward there; if that takes every file, we are done.
    const LaunchPlan launch = WindowHandoff::planLaunch(parser.positionalArguments());
    if (launch.openHere.isEmpty() && !launch.handedOff.isEmpty())
        return 0;
    // One window shows one workspace: each further file gets a Clientele of its own.
    for (const QString &file : launch.openApart) {
        QStringList arguments;
        if (parser.isSet(verbose))
            arguments << QStringLiteral("--verbose");
        arguments << QStringLiteral("--") << file;
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
            spdlog::error("could not start Clientele for {}", file.toStdString());
    }

    MainWindow window;
    // Listening before the file opens, so a launch racing this one is answered.
    const WindowHandoff handoff(&window);
    const bool takingScreenshot = parser.isSet(screenshot);
    // A picture for the documentation should not depend on how the window was left last time.
    if (!takingScreenshot)
        window.restoreLayout();
    if (!launch.openHere.isEmpty())
        window.fileActions()->openPath(launch.openHere);
    else
        window.fileActions()->openSample();
    if (parser.isSet(section))
        window.showSection(parser.value(section).toInt() - 1);
    FirstPaintWatcher firstPaint;
    if (parser.isSet(quitOnPaint))
        window.installEventFilter(&firstPaint);
    window.show();

    if (takingScreenshot) {
        const QStringList size = parser.value(screenshotSize).split(QLatin1Char('x'));
        if (size.size() == 2)
            window.resize(size[0].toInt(), size[1].toInt());
        const QString path = parser.value(screenshot);
        QTimer::singleShot(700, &window, [&window, path] {
            const bool saved = window.grab().save(path);
            if (!saved)
                spdlog::error("could not save the screenshot to {}", path.toStdString());
            QApplication::exit(saved ? 0 : 1);
        });
    }
    const int code = QApplication::exec();
    spdlog::info("Clientele closing");
    return code;
}
