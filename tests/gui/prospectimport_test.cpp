// Prospect ▸ Import Prospects… and Export Prospects as CSV… on real widgets.
#include "guifixture.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/prospectbook.h"
#include "clientele/gui/prospectcolumnsdialog.h"
#include "clientele/gui/prospectfileactions.h"
#include "clientele/gui/prospectspage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

using namespace clientele;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
}

// The message box the import ends with, once it is shown; closed after reading.
QString importMessage(QWidget *window)
{
    QMessageBox *box = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        box = window->findChild<QMessageBox *>();
        return box && box->isVisible();
    }));
    const QString text = box->text();
    box->close();
    QTest::qWait(0);
    return text;
}

std::optional<Prospect> prospectNamed(Workspace &workspace, const QString &company)
{
    return workspace.prospects()->findByCompany(company);
}

} // namespace

TEST_CASE("Importing prospects whose header names no company asks which column holds what",
          "[gui][prospects]")
{
    GuiFixture fixture;
    auto *page = fixture.window.showPage<ProspectsPage>();
    REQUIRE(page != nullptr);
    const QString path = writeFile(fixture.dir, QStringLiteral("leads.csv"),
                                   "Name of lead,Head count,Sector,Phone\n"
                                   "Maitland Pumps,25,Engineering,02 4933 0000\n"
                                   "Cessnock Wines,8,Hospitality,02 4990 0000\n");
    page->fileActions()->importFile(path);

    ProspectColumnsDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        dialog = fixture.window.findChild<ProspectColumnsDialog *>();
        return dialog && dialog->isVisible();
    }));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // no column is the company yet
    auto choose = [&](int column, const QString &label) {
        QComboBox *combo = dialog->comboFor(column);
        const int index = combo->findText(label);
        REQUIRE(index > 0);
        combo->setCurrentIndex(index);
    };
    choose(0, QStringLiteral("Company"));
    CHECK(ok->isEnabled());
    choose(1, QStringLiteral("Number of employees"));
    choose(2, QStringLiteral("Industry"));
    ok->click();

    CHECK(importMessage(&fixture.window)
              .startsWith(QStringLiteral("Added 2 prospects from "
                                         "leads.csv.")));
    const auto pumps = prospectNamed(fixture.workspace(), QStringLiteral("Maitland Pumps"));
    REQUIRE(pumps.has_value());
    const IcpChart &chart = fixture.workspace().chart()->chart();
    REQUIRE(pumps->value(chart.attribute(StandardAttribute::Employees)->id).number());
    CHECK(pumps->value(chart.attribute(StandardAttribute::Employees)->id).number()->minimum == 25);
    CHECK(*pumps->value(chart.attribute(StandardAttribute::Industry)->id).text()
          == QStringLiteral("Engineering"));
    CHECK(pumps->notes.isEmpty()); // the phone column was not imported

    // The whole import is one step.
    fixture.workspace().undoStack()->undo();
    CHECK(fixture.workspace().prospects()->all().isEmpty());
}

TEST_CASE("Importing a prospect list twice adds nothing the second time", "[gui][prospects]")
{
    GuiFixture fixture;
    auto *page = fixture.window.showPage<ProspectsPage>();
    const QString path = writeFile(fixture.dir, QStringLiteral("list.csv"),
                                   "Company,Number of employees\n"
                                   "Hunter Pumps,30\n"
                                   "Hunter Pumps,35\n");
    page->fileActions()->importFile(path);
    const QString first = importMessage(&fixture.window);
    CHECK(first.startsWith(QStringLiteral("Added 1 prospect")));
    CHECK(first.contains(QStringLiteral("left out"))); // the repeated company
    page->fileActions()->importFile(path);
    CHECK(importMessage(&fixture.window).startsWith(QStringLiteral("Added 0 prospects")));
    CHECK(fixture.workspace().prospects()->all().size() == 1);

    const QString out = fixture.dir.filePath(QStringLiteral("out.csv"));
    CHECK(page->fileActions()->exportTo(out).isEmpty());
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("Company")));
    CHECK(text.contains(QStringLiteral("Hunter Pumps")));
}

// Not run by default: saves the column dialog for a look (CLIENTELE_SHOTS names the folder).
TEST_CASE("The prospect column dialog as a picture", "[.prospectcolumnsshot]")
{
    GuiFixture fixture;
    const QList<QStringList> preview{
        {QStringLiteral("Firm"), QStringLiteral("Head count"), QStringLiteral("Sector"),
         QStringLiteral("Phone")},
        {QStringLiteral("Maitland Pumps"), QStringLiteral("25"), QStringLiteral("Engineering"),
         QStringLiteral("02 4933 0000")},
        {QStringLiteral("Cessnock Wines"), QStringLiteral("8"), QStringLiteral("Hospitality"),
         QStringLiteral("02 4990 0000")}};
    ProspectColumnsDialog dialog(preview, prospectFields(fixture.workspace()), &fixture.window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QString folder = qEnvironmentVariable("CLIENTELE_SHOTS", QDir::tempPath());
    CHECK(dialog.grab().save(QDir(folder).filePath(QStringLiteral("prospect-columns.png"))));
}
