// The window in a German session: its menus and Qt's own buttons read German, and the
// workspace's document language is chosen in the settings dialog, saved to the file and undone
// like any other setting.

#include "guifixture.h"

#include "clientele/gui/settingsdialog.h"
#include "clientele/render/translations.h"
#include "clientele/storage/settingsrepository.h"
#include "clientele/storage/workspacefile.h"

#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>

using namespace clientele;

namespace {

// A main window built while the German catalogues are installed, as a German session's is.
struct GermanWindow {
    Translations german{QLocale(QLocale::German, QLocale::Germany)};
    GuiFixture f;
};

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    return titles;
}

// What another program reads from the file: the settings stored in it right now.
QString documentLanguageOnDisk(const QString &path)
{
    auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
    REQUIRE(file.ok());
    return SettingsRepository((*file)->database()).load().documentLanguage;
}

// Opens File ▸ Workspace Settings… as a user would and answers the dialog with `answer`.
void inSettingsDialog(MainWindow &window, const std::function<void(SettingsDialog *)> &answer)
{
    bool answered = false;
    whenShown<SettingsDialog>([&](SettingsDialog *dialog) {
        answer(dialog);
        answered = true;
    });
    childOf<QAction>(&window, QStringLiteral("workspaceSettingsAction"))->trigger();
    REQUIRE(answered);
}

QPushButton *standardButton(const QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    QPushButton *button = childOf<QDialogButtonBox>(dialog)->button(which);
    REQUIRE(button != nullptr);
    return button;
}

// The dialog's document language, chosen by its name in the list.
void chooseDocumentLanguage(SettingsDialog *dialog, const QString &name)
{
    auto *languages = childOf<QComboBox>(dialog, QStringLiteral("documentLanguage"));
    const int index = languages->findText(name);
    REQUIRE(index >= 0);
    languages->setCurrentIndex(index);
}

} // namespace

TEST_CASE("A German session shows the window's menus in German", "[gui][language]")
{
    {
        GermanWindow w;
        const QStringList titles = menuTitles(w.f.window);
        INFO("menus: " << titles.join(QStringLiteral(" ")).toStdString());
        for (const char *title : {"&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"})
            CHECK(titles.contains(QString::fromLatin1(title)));
        for (const char *title : {"&File", "&Edit", "&View", "&Help"})
            CHECK_FALSE(titles.contains(QString::fromLatin1(title)));
        CHECK(childOf<QAction>(&w.f.window, QStringLiteral("workspaceSettingsAction"))->text()
              == QStringLiteral("Arbeitsbereichseinstellun&gen\u2026"));

        // Qt's own texts come from Qt's catalogue, when the system has it.
        const QString qtCatalogue =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        SettingsDialog dialog(&w.f.workspace(), &w.f.window);
        CHECK(dialog.windowTitle() == QStringLiteral("Einstellungen des Arbeitsbereichs"));
        if (QFile::exists(qtCatalogue))
            CHECK(standardButton(&dialog, QDialogButtonBox::Cancel)->text()
                  == QStringLiteral("Abbrechen"));
        else
            WARN("No " << qtCatalogue.toStdString()
                       << " (qt6-translations-l10n): Qt's standard buttons were not checked");
    }
    // Once the catalogues are gone, a new window is English again.
    GuiFixture english;
    const QStringList titles = menuTitles(english.window);
    CHECK(titles.contains(QStringLiteral("&File")));
    CHECK_FALSE(titles.contains(QStringLiteral("&Datei")));
    SettingsDialog dialog(&english.workspace(), &english.window);
    CHECK(standardButton(&dialog, QDialogButtonBox::Cancel)->text() == QStringLiteral("Cancel"));
}

TEST_CASE("The settings dialog saves the document language to the workspace, undoably",
          "[gui][language][settings]")
{
    GermanWindow w;
    GuiFixture &f = w.f;
    REQUIRE(documentLanguageOnDisk(f.path) == QStringLiteral("en"));

    // Each language by its own name, whatever the interface speaks; the label is German.
    inSettingsDialog(f.window, [](SettingsDialog *dialog) {
        auto *languages = childOf<QComboBox>(dialog, QStringLiteral("documentLanguage"));
        REQUIRE(languages->count() == 2);
        CHECK(languages->itemText(0) == QStringLiteral("English"));
        CHECK(languages->itemText(1) == QStringLiteral("Deutsch"));
        CHECK(languages->currentText() == QStringLiteral("English"));
        auto *form = childOf<QFormLayout>(dialog);
        auto *label = qobject_cast<QLabel *>(form->labelForField(languages));
        REQUIRE(label != nullptr);
        CHECK(label->text() == QStringLiteral("Dokumente &verfassen in"));
        // Cancel keeps what the workspace had.
        chooseDocumentLanguage(dialog, QStringLiteral("Deutsch"));
        standardButton(dialog, QDialogButtonBox::Cancel)->click();
    });
    CHECK(f.workspace().settings().documentLanguage == QStringLiteral("en"));
    CHECK(documentLanguageOnDisk(f.path) == QStringLiteral("en"));
    CHECK(f.workspace().undoStack()->count() == 0);

    inSettingsDialog(f.window, [](SettingsDialog *dialog) {
        chooseDocumentLanguage(dialog, QStringLiteral("Deutsch"));
        standardButton(dialog, QDialogButtonBox::Ok)->click();
    });
    CHECK(f.workspace().settings().documentLanguage == QStringLiteral("de"));
    CHECK(documentLanguageOnDisk(f.path) == QStringLiteral("de"));
    REQUIRE(f.workspace().undoStack()->count() == 1);

    // The dialog opens on what the workspace has now.
    inSettingsDialog(f.window, [](SettingsDialog *dialog) {
        CHECK(childOf<QComboBox>(dialog, QStringLiteral("documentLanguage"))->currentText()
              == QStringLiteral("Deutsch"));
        standardButton(dialog, QDialogButtonBox::Cancel)->click();
    });

    f.workspace().undoStack()->undo();
    CHECK(f.workspace().settings().documentLanguage == QStringLiteral("en"));
    CHECK(documentLanguageOnDisk(f.path) == QStringLiteral("en"));
    f.workspace().undoStack()->redo();
    CHECK(documentLanguageOnDisk(f.path) == QStringLiteral("de"));
}
