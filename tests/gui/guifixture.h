#pragma once

#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/mainwindow.h"
#include "clientele/gui/profilespage.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList &list)
    {
        return "[" + list.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
} // namespace Catch

// The child of `parent` of type T named `name` (of any name when none is given), which the test
// needs to exist.
template <typename T> T *childOf(const QObject *parent, const QString &name = {})
{
    T *child = parent->findChild<T *>(name);
    REQUIRE(child != nullptr);
    return child;
}

// Answers the next modal dialog of type T once it shows, as a user would.
template <typename T> void whenShown(const std::function<void(T *)> &answer)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

// Presses Save in the next file dialog, keeping the folder and name it offers.
inline void saveInNextFileDialog()
{
    whenShown<QFileDialog>([](QFileDialog *dialog) {
        QAbstractButton *save = nullptr;
        if (auto *buttons = dialog->findChild<QDialogButtonBox *>()) {
            for (QAbstractButton *button : buttons->buttons()) {
                if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
                    save = button;
            }
        }
        if (save)
            save->click();
        else
            dialog->reject(); // the missing file fails the test
    });
}

// A real main window on a fresh workspace file, shown and active so keys reach shortcuts as
// they do for a user.
struct GuiFixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("w.clientele"));
    clientele::MainWindow window;
    qint64 profileId = 0;

    explicit GuiFixture(const QStringList &names = {QStringLiteral("Owner")})
    {
        auto created = clientele::Workspace::create(path);
        REQUIRE(created.ok());
        for (const QString &name : names) {
            const qint64 id = (*created)->profiles()->add(name);
            if (profileId == 0)
                profileId = id;
        }
        // Start with nothing to undo, as a freshly opened file does.
        (*created)->undoStack()->clear();
        window.setWorkspace(std::move(*created));
        // The profile tests work on the Profiles page, wherever it sits among the sections.
        window.showPage<clientele::ProfilesPage>();
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    clientele::Workspace &workspace() { return *window.workspace(); }

    // What another program would read from the file right now.
    clientele::CustomerProfile onDisk(qint64 id) const
    {
        auto reopened =
            clientele::Workspace::open(path, clientele::WorkspaceFile::Access::ReadOnly);
        REQUIRE(reopened.ok());
        const auto profile = (*reopened)->profiles()->find(id);
        REQUIRE(profile.has_value());
        return *profile;
    }

    // The tool button showing `action`, clicked as a user would.
    void click(QAction *action)
    {
        QAbstractButton *found = nullptr;
        for (auto *button : window.findChildren<QAbstractButton *>())
            if (button->isVisible() && button->actions().contains(action))
                found = button;
        REQUIRE(found != nullptr);
        REQUIRE(found->isEnabled());
        QTest::mouseClick(found, Qt::LeftButton);
    }
};
