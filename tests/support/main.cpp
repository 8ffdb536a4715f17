#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

// Each suite gets the Qt application object its layer needs: widgets for the GUI, a GUI
// application for rendering and models, a core application otherwise.
#if defined(CLIENTELE_TEST_WIDGETS)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(CLIENTELE_TEST_GUI)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Whatever the developer's session speaks, the tests and the programs they start (the
    // command line, the app) speak English unless a test asks for another language.
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("LANGUAGE", "en");
    // Settings, recent files and remembered folders go to ~/.qttest, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    // ctest runs test cases side by side, each in its own process: each keeps its settings to
    // itself, so one clearing the theme cannot pull it from under another checking it.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Australia));
    // Tests check messages through return values; keep the run's output to failures.
    spdlog::set_level(spdlog::level::warn);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("ClienteleTests"));
    TestApplication::setApplicationName(QStringLiteral("clientele-tests"));
    return Catch::Session().run(argc, argv);
}
