// Pictures of the window in a few states, for the documentation and for looking at changes.
// Hidden from the normal run: CLIENTELE_SHOTS=DIR clientele_gui_tests "[.screenshots]"

#include "clientele/core/profilestore.h"
#include "guifixture.h"

#include "clientele/gui/profileeditor.h"
#include "clientele/gui/profilespage.h"

#include "clientele/gui/printactions.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTimer>

using namespace clientele;

namespace {

void save(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CLIENTELE_SHOTS", QDir::tempPath());
    REQUIRE(widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

} // namespace

TEST_CASE("Screenshots of the profiles page", "[.screenshots]")
{
    SECTION("empty workspace")
    {
        GuiFixture f(QStringList{});
        f.window.resize(1100, 700);
        QTest::qWait(50);
        save(f.window, QStringLiteral("empty-workspace"));
    }
    SECTION("bad business size and a search")
    {
        GuiFixture f({QStringLiteral("Swamped owner"), QStringLiteral("Office manager")});
        f.window.resize(1100, 700);
        auto *size = qobject_cast<QLineEdit *>(childOf<ProfileEditor>(f.window.page<ProfilesPage>())
                                                   ->fieldWidget(ProfileField::BusinessSize));
        size->setFocus();
        QTest::keyClicks(size, QStringLiteral("about fifty"));
        QTest::keyClick(size, Qt::Key_Return);
        QTest::keyClicks(
            childOf<QLineEdit>(f.window.page<ProfilesPage>(), QStringLiteral("searchField")),
            QStringLiteral("owner"));
        QTest::qWait(50);
        save(f.window, QStringLiteral("business-size-refused"));
    }
    SECTION("print preview")
    {
        GuiFixture f;
        REQUIRE(f.workspace().profiles()->setField(
            f.profileId, ProfileField::Utopia, QStringLiteral("A business that runs without him")));
        QTimer::singleShot(300, qApp, [] {
            QWidget *preview = QApplication::activeModalWidget();
            REQUIRE(preview != nullptr);
            preview->resize(1000, 800);
            QTest::qWait(100);
            save(*preview, QStringLiteral("print-preview"));
            preview->close();
        });
        f.window.printActions()->printPreview();
    }
    SECTION("no workspace")
    {
        GuiFixture f;
        f.window.closeWorkspace();
        f.window.resize(1100, 700);
        QTest::qWait(50);
        save(f.window, QStringLiteral("start-page"));
    }
}
