#include "guifixture.h"
#include "pdftools.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/proposalbook.h"
#include "clientele/core/prospectbook.h"
#include "clientele/gui/fileactions.h"
#include "clientele/gui/historydialog.h"
#include "clientele/gui/inlinenotice.h"
#include "clientele/gui/printactions.h"
#include "clientele/gui/proposalspage.h"
#include "clientele/gui/prospectspage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace clientele;

namespace {

using S = StandardAttribute;

// The column of `list` whose header reads `title`.
int columnOf(const QTreeView *list, const QString &title)
{
    const QAbstractItemModel *model = list->model();
    for (int column = 0; column < model->columnCount(); ++column)
        if (model->headerData(column, Qt::Horizontal).toString() == title)
            return column;
    FAIL("no column " << title.toStdString());
    return -1;
}

// The text of each row of a column, top to bottom, as the list shows them.
QStringList columnTexts(const QTreeView *list, const QString &title)
{
    const int column = columnOf(list, title);
    QStringList texts;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        texts << list->model()->index(row, column).data().toString();
    return texts;
}

// A fresh workspace whose chart has four clients of 20, 30-40, 50 and 40 staff (an ideal of 20
// to 50, falling to nothing 30 beyond it), three in Manufacturing and one in Law; staff counts
// 3 and industry 2, as their agreement suggests.
struct ProspectFixture : GuiFixture {
    ProspectsPage *page = nullptr;
    QTreeView *list = nullptr;

    ProspectFixture()
    {
        ChartEditor &chart = *workspace().chart();
        const IcpChart &grid = chart.chart();
        const QStringList staff = {QStringLiteral("20"), QStringLiteral("30-40"),
                                   QStringLiteral("50"), QStringLiteral("40")};
        const QStringList industry = {QStringLiteral("Manufacturing"),
                                      QStringLiteral("Manufacturing"),
                                      QStringLiteral("Manufacturing"), QStringLiteral("Law")};
        for (int i = 0; i < 4; ++i) {
            const qint64 client = grid.clients().at(i).id;
            REQUIRE(chart.setCellText(client, grid.attribute(S::Employees)->id, staff.at(i)).ok());
            REQUIRE(
                chart.setCellText(client, grid.attribute(S::Industry)->id, industry.at(i)).ok());
        }
        page = window.showPage<ProspectsPage>();
        REQUIRE(page != nullptr);
        list = childOf<QTreeView>(page, QStringLiteral("itemList"));
        REQUIRE(QTest::qWaitFor([&] { return !page->isScoring(); }));
    }

    ProspectBook &store() { return *workspace().prospects(); }
    qint64 attribute(S which) { return workspace().chart()->chart().attribute(which)->id; }

    qint64 add(const QString &company, const QString &staff, const QString &industry)
    {
        Prospect prospect;
        prospect.company = company;
        const qint64 id = store().add(prospect);
        REQUIRE(id != 0);
        REQUIRE(store().setValueText(id, attribute(S::Employees), staff).ok());
        REQUIRE(store().setValueText(id, attribute(S::Industry), industry).ok());
        return id;
    }

    // The field of the editor named `name` for screen readers.
    QLineEdit *field(const QString &name)
    {
        for (auto *edit : page->findChildren<QLineEdit *>())
            if (edit->accessibleName() == name && edit->isVisible())
                return edit;
        FAIL("no field " << name.toStdString());
        return nullptr;
    }

    // Types `text` into the field and leaves it, as a user would.
    void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Tab);
    }

    QString scoreOf(const QString &company)
    {
        const QStringList companies = columnTexts(list, QStringLiteral("Company"));
        const int row = int(companies.indexOf(company));
        REQUIRE(row >= 0);
        return columnTexts(list, QStringLiteral("Score")).at(row);
    }
};

// The points of the explanation's lines, and the total it shows.
std::pair<int, int> explainedPoints(const ProspectsPage *page)
{
    int sum = 0;
    for (const QLabel *points : page->findChildren<QLabel *>(QStringLiteral("reasonPoints")))
        sum += points->property("points").toInt();
    return {sum, childOf<QLabel>(page, QStringLiteral("fitScoreTotal"))->text().toInt()};
}

} // namespace

TEST_CASE("The prospects list is ranked best first with hand-computed scores and grades",
          "[gui][prospects]")
{
    ProspectFixture f;
    // Staff 65 is 15 beyond 50 of a 30 falloff (0.5 × 3), Law was seen (0.5 × 2): 50.
    f.add(QStringLiteral("Half Way"), QStringLiteral("65"), QStringLiteral("Law"));
    // Inside the staff range and the leading industry: 100.
    f.add(QStringLiteral("Right Size"), QStringLiteral("30"), QStringLiteral("Manufacturing"));
    // Retail was never seen: 3 of 5, 60.
    f.add(QStringLiteral("Shopfront"), QStringLiteral("30"), QStringLiteral("Retail"));
    REQUIRE(QTest::qWaitFor([&] { return !f.page->isScoring(); }));

    CHECK(columnTexts(f.list, QStringLiteral("Company"))
          == QStringList{QStringLiteral("Right Size"), QStringLiteral("Shopfront"),
                         QStringLiteral("Half Way")});
    CHECK(columnTexts(f.list, QStringLiteral("Score"))
          == QStringList{QStringLiteral("100"), QStringLiteral("60"), QStringLiteral("50")});
    CHECK(columnTexts(f.list, QStringLiteral("Grade"))
          == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    CHECK(f.workspace().prospects()->count() == 3);
}

TEST_CASE("Editing a prospect's value scores it again and undo puts the score back",
          "[gui][prospects]")
{
    ProspectFixture f;
    const qint64 id =
        f.add(QStringLiteral("Half Way"), QStringLiteral("65"), QStringLiteral("Law"));
    f.page->selectItem(id);
    REQUIRE(f.scoreOf(QStringLiteral("Half Way")) == QStringLiteral("50"));

    // Staff 30 is inside the ideal: 3 of 3 for staff, 1 of 2 for Law: 80.
    f.type(f.field(QStringLiteral("Number of employees")), QStringLiteral("30"));
    CHECK(f.scoreOf(QStringLiteral("Half Way")) == QStringLiteral("80"));
    CHECK(explainedPoints(f.page) == std::pair{80, 80});

    f.workspace().undoStack()->undo();
    CHECK(f.scoreOf(QStringLiteral("Half Way")) == QStringLiteral("50"));
    CHECK(f.field(QStringLiteral("Number of employees"))->text() == QStringLiteral("65"));
    CHECK(explainedPoints(f.page) == std::pair{50, 50});
}

TEST_CASE("A value the chart would refuse is kept in its field with the reason under it",
          "[gui][prospects]")
{
    ProspectFixture f;
    const qint64 id =
        f.add(QStringLiteral("Half Way"), QStringLiteral("65"), QStringLiteral("Law"));
    f.page->selectItem(id);
    const int steps = f.workspace().undoStack()->count();

    QLineEdit *staff = f.field(QStringLiteral("Number of employees"));
    f.type(staff, QStringLiteral("lots"));
    CHECK(staff->text() == QStringLiteral("lots"));
    const QLabel *problem = nullptr;
    for (const QLabel *label : f.page->findChildren<QLabel *>(QStringLiteral("valueProblem")))
        if (label->isVisible())
            problem = label;
    REQUIRE(problem != nullptr);
    CHECK(problem->text().contains(QStringLiteral("lots")));
    CHECK(f.workspace().undoStack()->count() == steps);
    CHECK(f.scoreOf(QStringLiteral("Half Way")) == QStringLiteral("50"));
}

TEST_CASE("The grade filter shows only the prospects of the grade chosen", "[gui][prospects]")
{
    ProspectFixture f;
    f.add(QStringLiteral("Half Way"), QStringLiteral("65"), QStringLiteral("Law"));
    f.add(QStringLiteral("Right Size"), QStringLiteral("30"), QStringLiteral("Manufacturing"));
    f.add(QStringLiteral("Tiny"), QStringLiteral("1"), QStringLiteral("Retail"));
    auto *grade = childOf<QComboBox>(f.page, QStringLiteral("gradeFilter"));

    grade->setCurrentIndex(grade->findText(QStringLiteral("C")));
    CHECK(columnTexts(f.list, QStringLiteral("Company"))
          == QStringList{QStringLiteral("Half Way")});
    grade->setCurrentIndex(grade->findText(QStringLiteral("D")));
    // Staff 1 is 19 below 20 (0.37 × 3), Retail unseen: 22.
    CHECK(columnTexts(f.list, QStringLiteral("Company")) == QStringList{QStringLiteral("Tiny")});
    grade->setCurrentIndex(0);
    CHECK(f.list->model()->rowCount() == 3);
}

TEST_CASE("The sample's prospects are listed best first with those not a fit last",
          "[gui][prospects]")
{
    MainWindow window;
    REQUIRE(window.fileActions()->openSample());
    window.resize(1024, 700);
    window.show();
    auto *page = window.showPage<ProspectsPage>();
    REQUIRE(page != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return !page->isScoring(); }));
    auto *list = childOf<QTreeView>(page, QStringLiteral("itemList"));
    const QStringList grades = columnTexts(list, QStringLiteral("Grade"));
    const QStringList scores = columnTexts(list, QStringLiteral("Score"));
    REQUIRE(grades.size() >= 5);
    const QString notAFit = QStringLiteral("Not a fit");
    REQUIRE(grades.contains(notAFit));
    const int firstNotAFit = int(grades.indexOf(notAFit));
    for (int row = firstNotAFit; row < grades.size(); ++row)
        CHECK(grades.at(row) == notAFit);
    // Graded ones first, by score.
    for (int row = 1; row < firstNotAFit; ++row)
        if (grades.at(row) != QStringLiteral("Insufficient")
            && grades.at(row - 1) != QStringLiteral("Insufficient"))
            CHECK(scores.at(row - 1).toInt() >= scores.at(row).toInt());
}

TEST_CASE("Create Proposal writes a proposal for the prospect and shows it", "[gui][prospects]")
{
    ProspectFixture f;
    const qint64 id =
        f.add(QStringLiteral("Right Size"), QStringLiteral("30"), QStringLiteral("Manufacturing"));
    f.page->selectItem(id);
    QTest::mouseClick(childOf<QPushButton>(f.page, QStringLiteral("createProposalButton")),
                      Qt::LeftButton);

    auto *proposals = f.window.builtPage<ProposalsPage>();
    REQUIRE(proposals != nullptr);
    CHECK(f.window.currentPage() == proposals);
    const auto proposal = f.workspace().proposals()->find(proposals->currentItemId());
    REQUIRE(proposal.has_value());
    CHECK(proposal->prospect.company == QStringLiteral("Right Size"));
    CHECK(proposal->prospect.staff == 30);
}

TEST_CASE("The grade bands dialog previews the counts while dragging and OK regrades as one "
          "step",
          "[gui][prospects]")
{
    ProspectFixture f;
    f.add(QStringLiteral("Half Way"), QStringLiteral("65"), QStringLiteral("Law"));
    f.add(QStringLiteral("Right Size"), QStringLiteral("30"), QStringLiteral("Manufacturing"));
    f.add(QStringLiteral("Shopfront"), QStringLiteral("30"), QStringLiteral("Retail"));
    const int steps = f.workspace().undoStack()->count();

    QStringList previews;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        auto *preview = childOf<QLabel>(dialog, QStringLiteral("bandsPreview"));
        previews << preview->text();
        // Dragging C from 40 up to 55 leaves the 50 below it, a D.
        auto *c = childOf<QSlider>(dialog, QStringLiteral("bandSlider2"));
        c->setSliderDown(true);
        for (int value = 41; value <= 55; ++value)
            c->setSliderPosition(value);
        previews << preview->text();
        c->setSliderDown(false);
        dialog->accept();
    });
    f.page->editBands();

    REQUIRE(previews.size() == 2);
    CHECK(previews.at(0).startsWith(QStringLiteral("A: 1 \u00b7 B: 1 \u00b7 C: 1 \u00b7 D: 0")));
    CHECK(previews.at(1).startsWith(QStringLiteral("A: 1 \u00b7 B: 1 \u00b7 C: 0 \u00b7 D: 1")));
    REQUIRE(QTest::qWaitFor([&] { return !f.page->isScoring(); }));
    CHECK(columnTexts(f.list, QStringLiteral("Grade"))
          == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("D")});
    CHECK(f.workspace().undoStack()->count() == steps + 1);

    f.workspace().undoStack()->undo();
    REQUIRE(QTest::qWaitFor([&] {
        return !f.page->isScoring()
               && columnTexts(f.list, QStringLiteral("Grade")).value(2) == QStringLiteral("C");
    }));
}

TEST_CASE("Print and Export PDF give the prospects by grade as the filters show them",
          "[gui][prospects][print]")
{
    ProspectFixture f;
    f.add(QStringLiteral("Half Way"), QStringLiteral("65"), QStringLiteral("Law"));
    f.add(QStringLiteral("Right Size"), QStringLiteral("30"), QStringLiteral("Manufacturing"));
    f.add(QStringLiteral("Shopfront"), QStringLiteral("30"), QStringLiteral("Retail"));
    REQUIRE(QTest::qWaitFor([&] { return !f.page->isScoring(); }));
    // Sorted by name on screen; printed by grade all the same.
    f.list->sortByColumn(columnOf(f.list, QStringLiteral("Company")), Qt::AscendingOrder);
    const QString pdf = f.dir.filePath(QStringLiteral("list.pdf"));
    REQUIRE(f.window.printActions()->exportPdfTo(pdf).isEmpty());
    const QString text = test::pdfText(pdf, {QStringLiteral("-layout")});
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("3 prospects, best fit first")));
    const auto at = [&](const char *company) { return text.indexOf(QLatin1String(company)); };
    CHECK(at("Right Size") >= 0);
    CHECK(at("Right Size") < at("Shopfront"));
    CHECK(at("Shopfront") < at("Half Way"));

    auto *grade = childOf<QComboBox>(f.page, QStringLiteral("gradeFilter"));
    grade->setCurrentIndex(grade->findText(QStringLiteral("C")));
    REQUIRE(f.window.printActions()->exportPdfTo(pdf).isEmpty());
    const QString filtered = test::pdfText(pdf);
    CHECK(filtered.contains(QStringLiteral("1 of 3 prospects, as filtered")));
    CHECK(filtered.contains(QStringLiteral("Half Way")));
    CHECK_FALSE(filtered.contains(QStringLiteral("Right Size")));
}

TEST_CASE("Export Fit Sheet as PDF writes the selected prospect's score point by point",
          "[gui][prospects][print]")
{
    ProspectFixture f;
    f.add(QStringLiteral("Right Size"), QStringLiteral("30"), QStringLiteral("Manufacturing"));
    const qint64 id =
        f.add(QStringLiteral("Half Way"), QStringLiteral("65"), QStringLiteral("Law"));
    f.page->selectItem(id);
    QSettings().setValue(QStringLiteral("lastPdfFolder"), f.dir.path());
    saveInNextFileDialog();
    f.list->setFocus();
    QTest::keyClick(f.list, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    const QString pdf = f.dir.filePath(QStringLiteral("Fit sheet Half Way.pdf"));
    REQUIRE(QFileInfo::exists(pdf));
    const QString text = test::pdfText(pdf).simplified();
    INFO(text.toStdString());
    CHECK(text.startsWith(QStringLiteral("Half Way Grade C")));
    CHECK_FALSE(text.contains(QStringLiteral("Right Size")));
    CHECK(text.contains(QStringLiteral("How the score adds up")));
    // The staff of the four clients, 20, 35, 50 and 40, have a median of 37.5. Staff 65 earns
    // half of its 3 parts of 5, Law half of its 2: 30 and 20 points, 50 in all.
    CHECK(text.contains(
        QStringLiteral("Number of employees 65 37.5 (20\u201350) Very important Industry Law")));
    CHECK(text.contains(QStringLiteral("Points 30 20 Score 50")));
}

TEST_CASE("A prospect the profile excludes says why above its points", "[gui][prospects]")
{
    MainWindow window;
    REQUIRE(window.fileActions()->openSample());
    window.resize(1280, 800);
    window.show();
    auto *page = window.showPage<ProspectsPage>();
    REQUIRE(page != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return !page->isScoring(); }));
    const auto sam =
        window.workspace()->prospects()->findByCompany(QStringLiteral("Sam Patel Electrical"));
    REQUIRE(sam.has_value());
    page->selectItem(sam->id);
    auto *notice = childOf<InlineNotice>(page, QStringLiteral("disqualifiedNotice"));
    REQUIRE(QTest::qWaitFor([&] { return notice->isVisible(); }));
    CHECK(notice->text().startsWith(QStringLiteral(
        "Not our customer: One-person operators \u2014 Too small to need integrated systems")));
    // Read before the points it overrides, once laid out.
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    const auto points = page->findChildren<QLabel *>(QStringLiteral("reasonPoints"));
    REQUIRE_FALSE(points.isEmpty());
    CHECK(notice->mapTo(page, QPoint()).y() < points.first()->mapTo(page, QPoint()).y());
}

TEST_CASE("History of This Item on a prospect lists an edit made on the page", "[gui][prospects]")
{
    ProspectFixture f;
    const qint64 id =
        f.add(QStringLiteral("Half Way"), QStringLiteral("65"), QStringLiteral("Law"));
    f.page->selectItem(id);
    f.type(f.field(QStringLiteral("Contact")), QStringLiteral("Dana Reed"));
    REQUIRE(f.store().find(id)->contact == QStringLiteral("Dana Reed"));

    QTest::keyClick(&f.window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    HistoryDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        dialog = f.window.findChild<HistoryDialog *>();
        return dialog && dialog->isVisible();
    }));
    CHECK(dialog->windowTitle() == QStringLiteral("History of \u201CHalf Way\u201D"));
    QTreeWidget *list = dialog->list();
    REQUIRE(list->topLevelItemCount() >= 1);
    CHECK(list->topLevelItem(0)->text(2) == QStringLiteral("Contact"));
    CHECK(list->topLevelItem(0)->text(3).isEmpty());
    CHECK(list->topLevelItem(0)->text(4) == QStringLiteral("Dana Reed"));
    dialog->close();
}
