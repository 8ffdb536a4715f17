#include "clientele/core/profilestore.h"
#include "guifixture.h"

#include "clientele/gui/profileeditor.h"
#include "clientele/gui/profilespage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>

using namespace clientele;

namespace {

QPlainTextEdit *textField(GuiFixture &f, ProfileField field)
{
    auto *edit = qobject_cast<QPlainTextEdit *>(
        childOf<ProfileEditor>(f.window.page<ProfilesPage>())->fieldWidget(field));
    REQUIRE(edit != nullptr);
    return edit;
}

QLineEdit *lineField(GuiFixture &f, ProfileField field)
{
    auto *edit = qobject_cast<QLineEdit *>(
        childOf<ProfileEditor>(f.window.page<ProfilesPage>())->fieldWidget(field));
    REQUIRE(edit != nullptr);
    return edit;
}

} // namespace

TEST_CASE("Typing is stored at once, and Ctrl+Z undoes it in the field and the file", "[gui]")
{
    GuiFixture f;
    QPlainTextEdit *field = textField(f, ProfileField::Psychographics);
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("Swamped"));

    CHECK(f.onDisk(f.profileId).segment.psychographics == QStringLiteral("Swamped"));
    // Typing in one field is one undo step.
    CHECK(f.workspace().undoStack()->count() == 1);

    QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier);
    CHECK(field->toPlainText().isEmpty());
    CHECK(f.onDisk(f.profileId).segment.psychographics.isEmpty());

    QTest::keyClick(field, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(field->toPlainText() == QStringLiteral("Swamped"));
    CHECK(f.onDisk(f.profileId).segment.psychographics == QStringLiteral("Swamped"));

    // Closed and opened again, the value is there.
    f.window.closeWorkspace();
    auto reopened = Workspace::open(f.path);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->profiles()->find(f.profileId)->segment.psychographics
          == QStringLiteral("Swamped"));
}

TEST_CASE("Ctrl+Z in a line edit undoes through the workspace", "[gui]")
{
    GuiFixture f;
    QLineEdit *name = lineField(f, ProfileField::Name);
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" of a firm"));
    CHECK(f.onDisk(f.profileId).name == QStringLiteral("Owner of a firm"));

    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    CHECK(name->text() == QStringLiteral("Owner"));
    CHECK(f.onDisk(f.profileId).name == QStringLiteral("Owner"));
    // Nothing left to undo: the field must not fall back on its own history.
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    CHECK(name->text() == QStringLiteral("Owner"));
}

TEST_CASE("A change from elsewhere leaves the cursor of the field being typed in", "[gui]")
{
    GuiFixture f;
    QPlainTextEdit *utopia = textField(f, ProfileField::Utopia);
    utopia->setFocus();
    QTest::keyClicks(utopia, QStringLiteral("Holidays"));
    QTextCursor cursor = utopia->textCursor();
    cursor.setPosition(3);
    utopia->setTextCursor(cursor);

    REQUIRE(
        f.workspace().profiles()->setField(f.profileId, ProfileField::Notes, QStringLiteral("x")));
    CHECK(textField(f, ProfileField::Notes)->toPlainText() == QStringLiteral("x"));
    CHECK(utopia->textCursor().position() == 3);
    CHECK(utopia->toPlainText() == QStringLiteral("Holidays"));
}

TEST_CASE("An invalid business size is refused with a message saying what is expected", "[gui]")
{
    GuiFixture f;
    QLineEdit *size = lineField(f, ProfileField::BusinessSize);
    QLabel *message = childOf<ProfileEditor>(f.window.page<ProfilesPage>())->businessSizeMessage();
    size->setFocus();
    QTest::keyClicks(size, QStringLiteral("big"));
    QTest::keyClick(size, Qt::Key_Return);

    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("5-200")));
    CHECK(f.onDisk(f.profileId).segment.businessSize.isEmpty());
    CHECK(f.workspace().undoStack()->count() == 0);

    size->selectAll();
    QTest::keyClicks(size, QStringLiteral("5-200"));
    CHECK_FALSE(message->isVisible());
    CHECK(f.onDisk(f.profileId).segment.businessSize.minimum == 5);
    CHECK(f.onDisk(f.profileId).segment.businessSize.maximum == 200);
    CHECK(size->text() == QStringLiteral("5-200"));
}
