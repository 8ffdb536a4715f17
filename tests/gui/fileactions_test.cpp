#include "clientele/core/profilestore.h"
#include "guifixture.h"

#include "clientele/gui/fileactions.h"
#include "clientele/gui/profileeditor.h"
#include "clientele/gui/profilespage.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace clientele;

namespace {

// Answers the next message box with the button whose text contains `button`, remembering
// what the box said.
void answerNextMessageBox(const QString &button, QString *said)
{
    QTimer::singleShot(0, qApp, [button, said] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box != nullptr);
        *said = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton *candidate : box->buttons())
            if (candidate->text().remove(QLatin1Char('&')).contains(button)) {
                candidate->click();
                return;
            }
        FAIL("no button " << button.toStdString());
    });
}

} // namespace

TEST_CASE("A file that is not a workspace is refused and the open one stays", "[gui][file]")
{
    GuiFixture f;
    const QString notOurs = f.dir.filePath(QStringLiteral("notes.txt"));
    QFile text(notOurs);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("just some notes\n");
    text.close();

    QString said;
    answerNextMessageBox(QStringLiteral("OK"), &said);
    CHECK_FALSE(f.window.fileActions()->openPath(notOurs));
    CHECK(said.contains(QStringLiteral("notes.txt")));
    REQUIRE(f.window.workspace() != nullptr);
    CHECK(f.window.workspace()->path() == f.path);
}

TEST_CASE("A workspace open in another window can be opened read-only", "[gui][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.clientele"));
    {
        auto created = Workspace::create(path);
        REQUIRE(created.ok());
        (*created)->profiles()->add(QStringLiteral("Owner"));
    }
    MainWindow first;
    REQUIRE(first.fileActions()->openPath(path));

    MainWindow second;
    QString said;
    answerNextMessageBox(QStringLiteral("Read-Only"), &said);
    REQUIRE(second.fileActions()->openPath(path));
    CHECK(said.contains(QStringLiteral("another window")));
    REQUIRE(second.workspace() != nullptr);
    CHECK(second.workspace()->file().isReadOnly());
    CHECK(second.windowTitle().contains(QStringLiteral("read only")));
    auto *profiles = second.page<ProfilesPage>();
    auto *name = qobject_cast<QLineEdit *>(
        childOf<ProfileEditor>(profiles)->fieldWidget(ProfileField::Name));
    REQUIRE(name != nullptr);
    CHECK(name->isReadOnly());
    CHECK_FALSE(childOf<QAction>(profiles, QStringLiteral("newItemAction"))->isEnabled());

    // Once the first window lets go, the file opens for editing again.
    first.closeWorkspace();
    second.closeWorkspace();
    REQUIRE(second.fileActions()->openPath(path));
    CHECK_FALSE(second.workspace()->file().isReadOnly());
}
