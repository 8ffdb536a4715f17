#include "guifixture.h"

#include "clientele/gui/conflictsdialog.h"
#include "clientele/gui/inlinenotice.h"
#include "clientele/gui/joinhubdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>

#include <atomic>
#include <mutex>

using namespace clientele;

namespace {

// What the dialog handed to its join function, on the worker thread.
struct JoinCalls {
    std::mutex lock;
    QList<HubLogin> logins;
};

SyncChange change(const QString &id, const QString &value, const QString &author, qint64 millis)
{
    SyncChange made;
    made.changeId = id;
    made.kind = QStringLiteral("profile");
    made.itemUuid = QStringLiteral("0b0b0b0b-0000-4000-8000-000000000001");
    made.field = QStringLiteral("industry");
    made.value = value;
    made.hlc = {millis, 0,
                author == QStringLiteral("ben") ? QStringLiteral("b") : QStringLiteral("a")};
    made.author = author;
    return made;
}

// Ben's "Mining" at 10:05 kept over Anna's "Retail" at 10:00 on 6 December 2026, made apart
// from each other; and the same about the name.
QList<ConflictEntry> twoConflicts()
{
    const qint64 tenOClock = QDateTime(QDate(2026, 12, 6), QTime(10, 0)).toMSecsSinceEpoch();
    SyncConflict industry{SyncConflict::Reason::EditedApart,
                          change(QStringLiteral("kept-1"), QStringLiteral("\"Mining\""),
                                 QStringLiteral("ben"), tenOClock + 5 * 60 * 1000),
                          change(QStringLiteral("lost-1"), QStringLiteral("\"Retail\""),
                                 QStringLiteral("anna"), tenOClock)};
    SyncConflict name = industry;
    name.kept.changeId = QStringLiteral("kept-2");
    name.lost.changeId = QStringLiteral("lost-2");
    name.kept.field = name.lost.field = QStringLiteral("name");
    name.kept.value = QStringLiteral("\"Dealers\"");
    name.lost.value = QStringLiteral("\"Car dealers\"");
    return {{industry, QStringLiteral("Dealer")}, {name, QStringLiteral("Dealer")}};
}

QStringList row(QTreeWidget *list, int index)
{
    QStringList texts;
    for (int column = 0; column < list->columnCount(); ++column)
        texts << list->topLevelItem(index)->text(column);
    return texts;
}

} // namespace

TEST_CASE("Join a Hub refuses an empty address or one with a password, and joins the one typed")
{
    auto calls = std::make_shared<JoinCalls>();
    JoinHubDialog dialog([calls](const HubLogin &login) -> Result<SyncOutcome> {
        const std::lock_guard held(calls->lock);
        calls->logins.append(login);
        return SyncOutcome{};
    });
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *join = childOf<QPushButton>(&dialog, QStringLiteral("joinButton"));
    auto *address = childOf<QLineEdit>(&dialog, QStringLiteral("hubAddress"));

    address->setText(QStringLiteral("   "));
    QTest::mouseClick(join, Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.problem()
          == QStringLiteral("Type the hub's address, such as postgresql://hub.example/clientele."));
    CHECK(childOf<InlineNotice>(&dialog, QStringLiteral("joinProblem"))->isVisible());
    {
        const std::lock_guard held(calls->lock);
        CHECK(calls->logins.isEmpty());
    }

    address->setText(QStringLiteral("postgresql://anna:s3cret@hub.example/team"));
    QTest::mouseClick(join, Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.problem()
          == QStringLiteral("Type the password into the Password field, not the address: the "
                            "workspace keeps the address, and never a password."));

    address->setText(QStringLiteral(" postgresql://hub.example/team "));
    childOf<QLineEdit>(&dialog, QStringLiteral("hubUser"))->setText(QStringLiteral("anna"));
    childOf<QLineEdit>(&dialog, QStringLiteral("hubPassword"))->setText(QStringLiteral("s3cret"));
    QTest::mouseClick(join, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isVisible(); }));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.problem().isEmpty());
    const std::lock_guard held(calls->lock);
    REQUIRE(calls->logins.size() == 1);
    CHECK(calls->logins[0].hub() == QStringLiteral("postgresql://hub.example/team?user=anna"));
    CHECK(calls->logins[0].password == QStringLiteral("s3cret"));
}

TEST_CASE("A join that fails says why and leaves the dialog open")
{
    JoinHubDialog dialog([](const HubLogin &) -> Result<SyncOutcome> {
        return Error{QStringLiteral("The hub refused the connection.")};
    });
    dialog.show();
    childOf<QLineEdit>(&dialog, QStringLiteral("hubAddress"))
        ->setText(QStringLiteral("host=hub.example dbname=team"));
    QTest::mouseClick(childOf<QPushButton>(&dialog, QStringLiteral("joinButton")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isJoining() && !dialog.problem().isEmpty(); }));
    CHECK(dialog.problem() == QStringLiteral("The hub refused the connection."));
    CHECK(dialog.isVisible());
}

TEST_CASE("Join a Hub says when the password cannot be remembered")
{
    JoinHubDialog dialog([](const HubLogin &) -> Result<SyncOutcome> { return SyncOutcome{}; });
    auto *note = childOf<QLabel>(&dialog, QStringLiteral("keyringNote"));
    CHECK(note->text()
          == QStringLiteral("The password is kept in your desktop's keyring, never in the "
                            "workspace."));
    dialog.setKeyringAvailable(false);
    CHECK(note->text()
          == QStringLiteral("No desktop keyring answers here, so the password will not be "
                            "remembered: your .pgpass file can keep it instead."));
}

TEST_CASE("The conflicts dialog lists both values with who and when, and settles the chosen one")
{
    QList<std::pair<QString, QString>> resolved;
    ConflictsDialog dialog(twoConflicts(), [&](const QString &lost, const QString &value) {
        resolved.append({lost, value});
        return success();
    });
    dialog.show();
    QTreeWidget *list = dialog.list();
    REQUIRE(list->topLevelItemCount() == 2);
    CHECK(row(list, 0)
          == QStringList({QStringLiteral("Profile \u201cDealer\u201d"), QStringLiteral("Industry"),
                          QStringLiteral("Mining"), QStringLiteral("Retail")}));
    CHECK(row(list, 1)
          == QStringList({QStringLiteral("Profile \u201cDealer\u201d"), QStringLiteral("Name"),
                          QStringLiteral("Dealers"), QStringLiteral("Car dealers")}));
    // The first is shown in full, with who made each value and when.
    CHECK(childOf<QPlainTextEdit>(&dialog, QStringLiteral("keptValue"))->toPlainText()
          == QStringLiteral("Mining"));
    CHECK(childOf<QPlainTextEdit>(&dialog, QStringLiteral("lostValue"))->toPlainText()
          == QStringLiteral("Retail"));
    CHECK(childOf<QLabel>(&dialog, QStringLiteral("keptBy"))->text()
          == QStringLiteral("Set by ben on 6/12/26 10:05 AM"));
    CHECK(childOf<QLabel>(&dialog, QStringLiteral("lostBy"))->text()
          == QStringLiteral("Set by anna on 6/12/26 10:00 AM"));

    // The name: take the value that lost.
    list->setCurrentItem(list->topLevelItem(1));
    QTest::mouseClick(childOf<QPushButton>(&dialog, QStringLiteral("useOtherValueButton")),
                      Qt::LeftButton);
    REQUIRE(resolved.size() == 1);
    CHECK(resolved[0] == std::pair(QStringLiteral("lost-2"), QStringLiteral("\"Car dealers\"")));
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("Industry"));

    // The industry: keep Ben's.
    QTest::mouseClick(childOf<QPushButton>(&dialog, QStringLiteral("keepValueButton")),
                      Qt::LeftButton);
    REQUIRE(resolved.size() == 2);
    CHECK(resolved[1] == std::pair(QStringLiteral("lost-1"), QStringLiteral("\"Mining\"")));
    CHECK(dialog.resolvedCount() == 2);
    auto *empty = childOf<QLabel>(&dialog, QStringLiteral("noConflicts"));
    CHECK(empty->isVisible());
    CHECK(empty->text()
          == QStringLiteral("No conflicts: every change made on another computer has been "
                            "merged into this workspace."));
}

TEST_CASE("A conflict the workspace cannot settle stays listed")
{
    ConflictsDialog dialog(twoConflicts(), [](const QString &, const QString &) -> Status {
        return Error{QStringLiteral("The workspace is read only.")};
    });
    dialog.show();
    whenShown<QMessageBox>([](QMessageBox *box) {
        CHECK(box->text() == QStringLiteral("The workspace is read only."));
        box->accept();
    });
    QTest::mouseClick(childOf<QPushButton>(&dialog, QStringLiteral("keepValueButton")),
                      Qt::LeftButton);
    CHECK(dialog.list()->topLevelItemCount() == 2);
    CHECK(dialog.resolvedCount() == 0);
}
