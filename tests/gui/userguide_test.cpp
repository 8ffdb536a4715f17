#include "clientele/gui/mainwindow.h"
#include "clientele/gui/userguidedialog.h"

#include <catch2/catch.hpp>

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace clientele;

TEST_CASE("The user guide shows every chapter with its pictures fitted to the window", "[gui]")
{
    UserGuideDialog dialog;
    dialog.resize(800, 600);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTextDocument *document = dialog.browser()->document();
    const QString text = document->toPlainText();
    for (const char *chapter : {"Start a workspace", "Look at your existing customers",
                                "Fill in the ICP chart", "Write the customer profile",
                                "Design your offers", "Write a proposal", "Print and export"})
        CHECK(text.contains(QString::fromUtf8(chapter)));

    int pictures = 0;
    const qreal room = dialog.browser()->viewport()->width();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextImageFormat picture = it.fragment().charFormat().toImageFormat();
            if (!picture.isValid())
                continue;
            ++pictures;
            INFO(picture.name().toStdString());
            // Loaded from the application's resources, and no wider than the text.
            CHECK_FALSE(
                document->resource(QTextDocument::ImageResource, QUrl(picture.name())).isNull());
            CHECK(picture.width() > 100);
            CHECK(picture.width() <= room);
        }
    }
    CHECK(pictures >= 6);
    // Nothing to scroll sideways.
    CHECK(document->documentLayout()->documentSize().width() <= room);
}

TEST_CASE("The Help menu and F1 open the user guide beside the window", "[gui]")
{
    MainWindow window;
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    auto *guide = window.findChild<UserGuideDialog *>();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK_FALSE(guide->isModal()); // read it while working
    guide->close();
    auto *action = window.findChild<QAction *>(QStringLiteral("userGuideAction"));
    REQUIRE(action);
    action->trigger();
    CHECK(guide->isVisible());
    CHECK(window.findChildren<UserGuideDialog *>().size() == 1);
}
