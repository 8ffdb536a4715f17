#include "guifixture.h"

#include "clientele/gui/offereditor.h"
#include "clientele/gui/offerspage.h"
#include "clientele/gui/profileeditor.h"
#include "clientele/gui/profilespage.h"
#include "clientele/gui/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>

using namespace clientele;

namespace {

// The colour a field is painted with away from its text: near its right edge, mid-height.
QColor groundOf(QWidget *field)
{
    const QImage image = field->grab().toImage().scaled(field->size());
    return image.pixelColor(field->width() - 6, field->height() / 2);
}

} // namespace

TEST_CASE("A read-only workspace shows its fields read-only on the window's colour",
          "[gui][readonly]")
{
    QSettings().remove(QStringLiteral("view/theme"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.clientele"));
    {
        auto created = Workspace::create(path);
        REQUIRE(created.ok());
        (*created)->profiles()->add(QStringLiteral("Owner"));
    }
    auto opened = Workspace::open(path, WorkspaceFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    MainWindow window;
    window.setWorkspace(std::move(*opened));
    window.resize(1280, 800);
    window.show();

    auto *profiles = window.showPage<ProfilesPage>();
    auto *editor = childOf<ProfileEditor>(profiles);
    auto *name = qobject_cast<QLineEdit *>(editor->fieldWidget(ProfileField::Name));
    auto *person = qobject_cast<QPlainTextEdit *>(editor->fieldWidget(ProfileField::Person));
    REQUIRE(name != nullptr);
    REQUIRE(person != nullptr);
    for (QWidget *field : std::initializer_list<QWidget *>{name, person}) {
        INFO(field->accessibleName().toStdString());
        CHECK(field->palette().color(QPalette::Base) == field->palette().color(QPalette::Window));
        CHECK(groundOf(field) == field->palette().color(QPalette::Window));
    }
    CHECK(name->isReadOnly());
    CHECK(person->isReadOnly());

    // Choices that cannot be made look it.
    auto *offers = window.showPage<OffersPage>();
    auto *offerEditor = childOf<OfferEditor>(offers);
    CHECK_FALSE(childOf<QComboBox>(offerEditor, QStringLiteral("kindCombo"))->isEnabled());
    auto *offerName = childOf<QLineEdit>(offerEditor, QStringLiteral("nameEdit"));
    CHECK(offerName->isReadOnly());
    CHECK(offerName->palette().color(QPalette::Base)
          == offerName->palette().color(QPalette::Window));

    // A change of theme keeps them on the window's colour, now the dark one.
    applyTheme(Theme::Dark);
    REQUIRE(QTest::qWaitFor([name] {
        return name->palette().color(QPalette::Window)
               == QApplication::palette().color(QPalette::Window);
    }));
    window.showPage<ProfilesPage>();
    CHECK(name->palette().color(QPalette::Base).lightnessF() < 0.3);
    CHECK(groundOf(name) == QApplication::palette().color(QPalette::Window));
    applyTheme(Theme::System);
}

TEST_CASE("A workspace open for editing keeps its fields on the base colour", "[gui][readonly]")
{
    GuiFixture f;
    auto *editor = childOf<ProfileEditor>(f.window.page<ProfilesPage>());
    auto *name = qobject_cast<QLineEdit *>(editor->fieldWidget(ProfileField::Name));
    REQUIRE(name != nullptr);
    CHECK_FALSE(name->isReadOnly());
    CHECK(groundOf(name) == name->palette().color(QPalette::Base));
    CHECK(name->palette().color(QPalette::Base) != name->palette().color(QPalette::Window));
}
