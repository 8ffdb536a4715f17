#include "badfiles.h"
#include "clientele/core/profilestore.h"
#include "guifixture.h"
#include "readonlyfiles.h"

#include "clientele/gui/fileactions.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTimer>

using namespace clientele;
using namespace clientele::test;

namespace {

// Opens `path` in a new window as an ordinary user, answering the first question with "Open
// Read-Only" (and closing any other message box): what the question said, then how it opened.
QString openAsUser(const QString &path)
{
    return asOrdinaryUser([&] {
        MainWindow window;
        QStringList said;
        QTimer answer;
        QObject::connect(&answer, &QTimer::timeout, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            said << box->text();
            for (QAbstractButton *button : box->buttons())
                if (said.size() == 1
                    && button->text().remove(QLatin1Char('&')) == u"Open Read-Only") {
                    button->click();
                    return;
                }
            box->reject();
        });
        answer.start(50);
        const bool opened = window.fileActions()->openPath(path);
        said << (!opened || !window.workspace()            ? QStringLiteral("not opened")
                 : window.workspace()->file().isReadOnly() ? QStringLiteral("opened read-only")
                                                           : QStringLiteral("opened for editing"));
        if (opened && window.workspace())
            said << QString::number(window.workspace()->profiles()->count());
        return said.join(QLatin1Char('\n'));
    });
}

void writeWorkspace(const QString &path)
{
    auto created = Workspace::create(path);
    REQUIRE(created.ok());
    (*created)->profiles()->add(QStringLiteral("Acme Plumbing"));
}

} // namespace

TEST_CASE("Opening a read-only workspace file says so and offers to open it read-only",
          "[gui][file][readonly]")
{
    QTemporaryDir dir;
    TestFolder folder(dir.path(), QStringLiteral("clients"));
    const QString path = folder.filePath(QStringLiteral("ro.clientele"));
    writeWorkspace(path);
    setOwnerAndMode(path, 0444);
    const QByteArray before = sha256(path);

    CHECK(openAsUser(path)
          == QStringLiteral("\"%1\" is read-only; open it read-only or copy it somewhere you can "
                            "write.\nopened read-only\n1")
                 .arg(path));
    CHECK(sha256(path) == before);
    // The window has closed: nothing is left beside the file.
    CHECK(folder.entries() == QStringList{QStringLiteral("ro.clientele")});
}

TEST_CASE("Opening a workspace in a read-only folder says so and offers to open it read-only",
          "[gui][file][readonly]")
{
    QTemporaryDir dir;
    TestFolder folder(dir.path(), QStringLiteral("shared"));
    const QString path = folder.filePath(QStringLiteral("team.clientele"));
    writeWorkspace(path);
    setOwnerAndMode(path, 0644);
    folder.makeReadOnly();
    const QByteArray before = sha256(path);

    CHECK(openAsUser(path)
          == QStringLiteral("The folder \"%1\" is read-only, so \"team.clientele\" cannot be "
                            "changed there; open it read-only or copy it somewhere you can "
                            "write.\nopened read-only\n1")
                 .arg(QDir::toNativeSeparators(folder.path())));
    CHECK(sha256(path) == before);
    CHECK(folder.entries() == QStringList{QStringLiteral("team.clientele")});
}
