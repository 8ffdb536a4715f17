// Pictures of the window on the sample in a German session, for looking at German texts that
// are cut off or run over: every page at the smallest window size, the Profiles page and the
// Proposals page with a proposal open also at a large one, the File and Edit menus and the
// settings dialog.
// Hidden from the normal run: CLIENTELE_SHOTS=DIR clientele_gui_tests "[.germanshots]"

#include "proposalfixture.h"

#include "clientele/gui/fileactions.h"
#include "clientele/gui/settingsdialog.h"
#include "clientele/render/translations.h"

#include <QDir>
#include <QMenu>
#include <QMenuBar>

using namespace clientele;

namespace {

void save(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CLIENTELE_SHOTS", QDir::tempPath());
    REQUIRE(widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

// A German session: the catalogues and the locale the window's dates and numbers follow.
struct GermanSession {
    GermanSession() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }
    ~GermanSession() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Australia)); }
};

struct GermanProposals {
    GermanSession session;
    Translations german{QLocale()};
    ProposalFixture f;
};

} // namespace

TEST_CASE("Screenshots of the window in German", "[.germanshots]")
{
    GermanProposals g;
    ProposalFixture &f = g.f;
    REQUIRE(f.window.fileActions()->openSample());
    const auto shoot = [&](const QString &what) {
        for (const QSize size : {QSize(1024, 700), QSize(1600, 900)}) {
            f.window.resize(size);
            QTest::qWait(80);
            save(f.window, QStringLiteral("german-%1-%2").arg(what).arg(size.width()));
        }
    };
    f.window.resize(1024, 700);
    for (int section = 0; section < f.window.sections()->size(); ++section) {
        f.window.showSection(section);
        QTest::qWait(80);
        const QString page = QString::fromLatin1(f.window.currentPage()->metaObject()->className())
                                 .section(QLatin1Char(':'), -1)
                                 .toLower();
        save(f.window, QStringLiteral("german-page%1-%2-1024").arg(section + 1).arg(page));
    }

    f.window.showPage<ProfilesPage>();
    shoot(QStringLiteral("profiles"));

    f.page = f.window.showPage<ProposalsPage>();
    const auto proposal = f.store().findByNumber(QStringLiteral("P-2026-002"));
    REQUIRE(proposal.has_value());
    f.page->selectItem(proposal->id);
    shoot(QStringLiteral("proposals"));

    for (int menu = 0; menu < 2; ++menu) {
        QMenu *shown = f.window.menuBar()->actions().at(menu)->menu();
        REQUIRE(shown != nullptr);
        Q_EMIT shown->aboutToShow();
        shown->adjustSize();
        save(*shown, QStringLiteral("german-menu-%1").arg(menu + 1));
    }

    SettingsDialog dialog(&f.workspace(), &f.window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(40);
    save(dialog, QStringLiteral("german-settings"));
}
