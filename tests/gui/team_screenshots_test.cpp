// Pictures of File ▸ Team: the menu, Join a Hub, the conflicts and the status bar, in English
// and German, light and dark.
// Hidden from the normal run: CLIENTELE_SHOTS=DIR clientele_gui_tests "[.teamshots]"

#include "teamfixture.h"

#include "clientele/gui/conflictsdialog.h"
#include "clientele/gui/fileactions.h"
#include "clientele/gui/theme.h"
#include "clientele/render/translations.h"

#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QThread>
#include <QTreeWidget>

#include <atomic>

using namespace clientele;

namespace {

void save(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CLIENTELE_SHOTS", QDir::tempPath());
    REQUIRE(widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

SyncChange made(const QString &field, const QString &value, const QString &author, int minute)
{
    SyncChange change;
    change.changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    change.kind = QStringLiteral("profile");
    change.field = field;
    change.value = value;
    change.author = author;
    change.hlc.millis = QDateTime(QDate(2026, 12, 6), QTime(14, minute)).toMSecsSinceEpoch();
    return change;
}

QList<ConflictEntry> conflicts()
{
    return {{{SyncConflict::Reason::EditedApart,
              made(QStringLiteral("industry"), QStringLiteral("\"Electrical contracting\""),
                   QStringLiteral("ben"), 5),
              made(QStringLiteral("industry"), QStringLiteral("\"Electrical and data cabling\""),
                   QStringLiteral("anna"), 2)},
             QStringLiteral("Owner-operated trade business")},
            {{SyncConflict::Reason::EditedApart,
              made(QStringLiteral("notes"),
                   QStringLiteral("\"Met at the regional expo.\\nAsks for quarterly reviews.\""),
                   QStringLiteral("cleo"), 11),
              made(QStringLiteral("notes"), QStringLiteral("\"Prefers phone to email.\""),
                   QStringLiteral("anna"), 9)},
             QStringLiteral("Owner-operated trade business")}};
}

void shoot(GuiFixture &f, const QString &language)
{
    for (const auto &[theme, themeName] : {std::pair(Theme::Light, QStringLiteral("light")),
                                           std::pair(Theme::Dark, QStringLiteral("dark"))}) {
        applyTheme(theme);
        const QString suffix = QStringLiteral("-%1-%2").arg(language, themeName);
        f.window.resize(1024, 700);
        QTest::qWait(80);

        // File ▸ Team, open.
        QMenu *file = f.window.menuBar()->actions().first()->menu();
        auto *team = f.window.findChild<QMenu *>(QStringLiteral("teamMenu"));
        file->popup(f.window.mapToGlobal(QPoint(0, 0)));
        REQUIRE(QTest::qWaitForWindowExposed(file));
        file->setActiveAction(team->menuAction());
        team->popup(file->mapToGlobal(file->actionGeometry(team->menuAction()).topRight()));
        REQUIRE(QTest::qWaitForWindowExposed(team));
        save(*file, QStringLiteral("team-filemenu") + suffix);
        save(*team, QStringLiteral("team-menu") + suffix);
        team->close();
        file->close();

        JoinHubDialog join([](const HubLogin &) -> Result<SyncOutcome> { return SyncOutcome{}; },
                           &f.window);
        join.show();
        REQUIRE(QTest::qWaitForWindowExposed(&join));
        save(join, QStringLiteral("team-join") + suffix);
        join.setKeyringAvailable(false);
        QTest::mouseClick(join.findChild<QPushButton *>(QStringLiteral("joinButton")),
                          Qt::LeftButton);
        QTest::qWait(50);
        save(join, QStringLiteral("team-join-refused") + suffix);
        join.close();

        auto release = std::make_shared<std::atomic_bool>(false);
        JoinHubDialog busy(
            [release](const HubLogin &) -> Result<SyncOutcome> {
                while (!release->load())
                    QThread::msleep(10);
                return SyncOutcome{};
            },
            &f.window);
        busy.show();
        REQUIRE(QTest::qWaitForWindowExposed(&busy));
        busy.findChild<QLineEdit *>(QStringLiteral("hubAddress"))
            ->setText(QStringLiteral("postgresql://hub.example/clientele"));
        busy.findChild<QLineEdit *>(QStringLiteral("hubUser"))->setText(QStringLiteral("anna"));
        busy.findChild<QLineEdit *>(QStringLiteral("hubPassword"))
            ->setText(QStringLiteral("secret"));
        QTest::mouseClick(busy.findChild<QPushButton *>(QStringLiteral("joinButton")),
                          Qt::LeftButton);
        QTest::qWait(50);
        save(busy, QStringLiteral("team-join-busy") + suffix);
        release->store(true);
        REQUIRE(QTest::qWaitFor([&] { return !busy.isVisible(); }));

        ConflictsDialog dialog(
            conflicts(), [](const QString &, const QString &) { return success(); }, &f.window);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        save(dialog, QStringLiteral("team-conflicts") + suffix);
        dialog.list()->setCurrentItem(dialog.list()->topLevelItem(1));
        save(dialog, QStringLiteral("team-conflicts-second") + suffix);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("keepValueButton")),
                          Qt::LeftButton);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("keepValueButton")),
                          Qt::LeftButton);
        save(dialog, QStringLiteral("team-conflicts-none") + suffix);
        dialog.close();

        SyncReport report;
        report.path = f.path;
        SyncOutcome outcome;
        outcome.at = QDateTime::currentDateTimeUtc();
        outcome.conflicts = 2;
        report.outcome = outcome;
        f.window.teamActions()->syncFinished(report);
        QTest::qWait(50);
        save(*f.window.statusBar(), QStringLiteral("team-statusbar-conflicts") + suffix);
        report.outcome->conflicts = 0;
        f.window.teamActions()->syncFinished(report);
        QTest::qWait(50);
        save(*f.window.statusBar(), QStringLiteral("team-statusbar-synced") + suffix);
    }
    applyTheme(Theme::System);
}

} // namespace

TEST_CASE("Screenshots of File ▸ Team", "[.teamshots]")
{
    SharedHub hub;
    {
        GuiFixture f;
        f.window.teamActions()->setHubConnect(hub.connect(QStringLiteral("anna")));
        joinThroughMenu(f);
        shoot(f, QStringLiteral("en"));
    }
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    {
        Translations german{QLocale()};
        SharedHub other;
        GuiFixture f;
        f.window.teamActions()->setHubConnect(other.connect(QStringLiteral("anna")));
        joinThroughMenu(f);
        shoot(f, QStringLiteral("de"));
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Australia));
}
