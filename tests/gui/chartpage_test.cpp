#include "chartfixture.h"
#include "clientele/core/profilestore.h"
#include "pdftools.h"

#include "clientele/gui/chartactions.h"
#include "clientele/gui/chartapplydialog.h"
#include "clientele/gui/chartspanel.h"
#include "clientele/gui/chartstructureactions.h"
#include "clientele/gui/printactions.h"
#include "clientele/gui/profilespage.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>

using namespace clientele;
using S = StandardAttribute;

namespace {

// Three manufacturers who spend little and two loyal engineering firms who refer and vouch.
void fillLoyaltyChart(ChartFixture &f)
{
    const QList<QStringList> values = {
        {QStringLiteral("Manufacturing"), QStringLiteral("Manufacturing"),
         QStringLiteral("Manufacturing"), QStringLiteral("Engineering"),
         QStringLiteral("Engineering")},
        {QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("10"),
         QStringLiteral("9")},
        {QStringLiteral("no"), QStringLiteral("no"), QStringLiteral("no"), QStringLiteral("yes"),
         QStringLiteral("yes")},
        {QStringLiteral("no"), QStringLiteral("no"), QStringLiteral("no"), QStringLiteral("yes"),
         QStringLiteral("yes")},
        {QStringLiteral("20-50"), QStringLiteral("30"), QStringLiteral("40"), QStringLiteral("80"),
         QStringLiteral("100")},
    };
    const QList<S> rows = {S::Industry, S::YearsAsCustomer, S::ReferredUs, S::GaveTestimonial,
                           S::Employees};
    for (int row = 0; row < rows.size(); ++row)
        for (int client = 0; client < 5; ++client)
            REQUIRE(f.editor().setCellText(f.client(client), f.attribute(rows.at(row)),
                                           values.at(row).at(client)));
}

} // namespace

TEST_CASE("Switching the weighting changes the derived column and says which is in use",
          "[gui][chart]")
{
    ChartFixture f;
    fillLoyaltyChart(f);
    CHECK(f.ideal(S::Industry) == QStringLiteral("Manufacturing \u2014 3 of 5"));
    QComboBox *weighting = f.page->weightingCombo();
    CHECK(weighting->currentText() == QStringLiteral("Equal"));

    const int before = f.undoCount();
    weighting->setFocus();
    QTest::keyClick(weighting, Qt::Key_Down); // By spend
    QTest::keyClick(weighting, Qt::Key_Down); // By loyalty
    CHECK(f.chart().weighting() == Weighting::ByLoyalty);
    CHECK(weighting->currentText() == QStringLiteral("By loyalty"));
    CHECK(f.ideal(S::Industry).startsWith(QStringLiteral("Engineering")));
    const int idealColumn = f.grid->model()->columnCount() - 1;
    CHECK(f.grid->model()
              ->headerData(idealColumn, Qt::Horizontal)
              .toString()
              .contains(QStringLiteral("weighted by loyalty")));
    CHECK(f.undoCount() == before + 2);

    // The menu says the same and can switch back.
    const QList<QAction *> choices = f.page->actions()->weightingMenu()->actions();
    REQUIRE(choices.size() == 3);
    CHECK(choices.at(2)->isChecked());
    choices.at(0)->trigger();
    CHECK(weighting->currentText() == QStringLiteral("Equal"));
    CHECK(f.ideal(S::Industry) == QStringLiteral("Manufacturing \u2014 3 of 5"));
}

TEST_CASE("Flipping the grid keeps every value and the ideal", "[gui][chart]")
{
    ChartFixture f;
    fillLoyaltyChart(f);
    ChartModel *model = f.grid->chartModel();
    const QString industry = f.ideal(S::Industry);
    REQUIRE(model->clientHeader() == Qt::Horizontal);
    const int clientColumns = f.grid->model()->columnCount();

    f.key(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(model->clientHeader() == Qt::Vertical);
    CHECK(f.grid->model()->rowCount() == clientColumns); // clients and the ideal, as rows
    CHECK(f.grid->model()
              ->headerData(5, Qt::Vertical)
              .toString()
              .startsWith(ChartViewModel::idealTitle()));
    const QModelIndex cell = model->indexOf(f.client(3), f.attribute(S::Industry));
    CHECK(cell.row() == 3);
    CHECK(cell.data().toString() == QStringLiteral("Engineering"));
    CHECK(f.ideal(S::Industry) == industry);
    CHECK(f.chart().orientation() == ChartOrientation::ClientsAsRows);

    // Typing works the same way across: Tab moves to the next attribute.
    f.grid->setCurrentIndex(f.grid->model()->index(0, 0));
    f.type(QStringLiteral("45"));
    f.key(Qt::Key_Tab);
    CHECK(f.cell(0, S::Employees) == QStringLiteral("45"));
    CHECK(f.grid->currentIndex() == f.grid->model()->index(0, 1));

    f.page->actions()->flipAction()->trigger();
    CHECK(model->clientHeader() == Qt::Horizontal);
    CHECK(f.cell(3, S::Industry) == QStringLiteral("Engineering"));
}

TEST_CASE("Apply to profile applies only the ticked rows as one undo step", "[gui][chart]")
{
    ChartFixture f;
    fillLoyaltyChart(f);
    ChartApplyDialog *dialog = f.page->openApplyDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->selectedProfile() == f.profileId);
    QTableWidget *table = dialog->previewTable();
    REQUIRE(table->rowCount() >= 2);
    QStringList fields;
    for (int row = 0; row < table->rowCount(); ++row)
        fields << table->item(row, 0)->text();
    const int industryRow = int(fields.indexOf(QStringLiteral("Industry")));
    const int sizeRow = int(fields.indexOf(QStringLiteral("Business size")));
    REQUIRE(industryRow >= 0);
    REQUIRE(sizeRow >= 0);
    CHECK(table->item(industryRow, 2)->text() == QStringLiteral("Manufacturing"));
    // Three of five clients is a weak majority: unticked, and the tooltip says why.
    CHECK(table->item(industryRow, 0)->checkState() == Qt::Unchecked);
    CHECK(table->item(industryRow, 0)->toolTip().contains(QStringLiteral("60%")));
    CHECK(table->item(industryRow, 0)->toolTip().contains(QStringLiteral("two thirds")));
    CHECK(table->item(sizeRow, 0)->checkState() == Qt::Checked);
    const StaffRange size = f.workspace().profiles()->find(f.profileId)->segment.businessSize;

    // Space ticks the industry and unticks the size, as a keyboard user does.
    auto toggle = [&](int row) {
        table->setFocus();
        table->setCurrentCell(row, 0);
        QTest::keyClick(table, Qt::Key_Space);
    };
    toggle(industryRow);
    toggle(sizeRow);
    CHECK(table->item(industryRow, 0)->checkState() == Qt::Checked);
    CHECK(table->item(sizeRow, 0)->checkState() == Qt::Unchecked);

    const int before = f.undoCount();
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    CHECK(f.undoCount() == before + 1);
    CHECK(f.workspace().profiles()->find(f.profileId)->segment.industry
          == QStringLiteral("Manufacturing"));
    CHECK(f.workspace().profiles()->find(f.profileId)->segment.businessSize == size);
    CHECK(f.onDisk(f.profileId).segment.industry == QStringLiteral("Manufacturing"));
    CHECK(dialog->summaryLabel()->text().contains(QStringLiteral("Applied")));
    REQUIRE(dialog->openProfileButton()->isVisible());

    // Jump to the profile.
    QTest::mouseClick(dialog->openProfileButton(), Qt::LeftButton);
    CHECK(f.window.currentPage() == f.window.page<ProfilesPage>());
    CHECK(f.window.page<ProfilesPage>()->currentItemId() == f.profileId);

    f.workspace().undoStack()->undo();
    CHECK(f.workspace().profiles()->find(f.profileId)->segment.industry.isEmpty());
    CHECK(f.workspace().profiles()->find(f.profileId)->segment.businessSize == size);
}

TEST_CASE("Apply to profile with nothing ticked applies nothing", "[gui][chart]")
{
    ChartFixture f;
    fillLoyaltyChart(f);
    ChartApplyDialog *dialog = f.page->openApplyDialog();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    QTableWidget *table = dialog->previewTable();
    for (int row = 0; row < table->rowCount(); ++row)
        table->item(row, 0)->setCheckState(Qt::Unchecked);
    CHECK_FALSE(dialog->applyButton()->isEnabled());
    table->item(0, 0)->setCheckState(Qt::Checked);
    CHECK(dialog->applyButton()->isEnabled());
}

TEST_CASE("The derived column is titled, pinned last and highlighted", "[gui][chart]")
{
    ChartFixture f;
    QAbstractItemModel *model = f.grid->model();
    const int last = model->columnCount() - 1;
    CHECK(model->headerData(last, Qt::Horizontal)
              .toString()
              .startsWith(QStringLiteral("Ideal (derived)")));
    CHECK(model->headerData(last, Qt::Horizontal, Qt::FontRole).value<QFont>().bold());
    CHECK(model->index(0, last).data(Qt::BackgroundRole).value<QColor>().isValid());
    CHECK_FALSE(model->index(0, 0).data(Qt::BackgroundRole).isValid());
    // Numbers are right-aligned, words left.
    CHECK((model->index(0, 0).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight));
    CHECK((model->index(1, 0).data(Qt::TextAlignmentRole).toInt() & Qt::AlignLeft));

    // A client that is not a reference client is greyed and left out of the ideal.
    REQUIRE(
        f.editor().setCellText(f.client(0), f.attribute(S::Industry), QStringLiteral("Retail")));
    f.grid->setCurrentIndex(model->index(1, 0));
    QAction *reference = f.page->structureActions()->referenceAction();
    CHECK(reference->isChecked());
    reference->trigger();
    CHECK_FALSE(f.chart().clients().at(0).isReference);
    CHECK(model->headerData(0, Qt::Horizontal, Qt::ForegroundRole).value<QColor>().isValid());
    CHECK(f.ideal(S::Industry).isEmpty());
}

TEST_CASE("Adding, renaming and removing clients keeps the count and the charts live",
          "[gui][chart]")
{
    ChartFixture f;
    ChartsPanel *charts = f.showCharts();
    const int drawn = charts->rebuildCount();

    f.key(Qt::Key_N, Qt::ControlModifier);
    CHECK(f.chart().clients().size() == 6);
    CHECK(f.page->count() == 6);
    CHECK(f.grid->chartModel()->clientIdAt(f.grid->viewModel()->mapToSource(f.grid->currentIndex()))
          == f.client(5));
    QApplication::processEvents();
    CHECK(charts->rebuildCount() > drawn);

    REQUIRE(f.editor().renameClient(f.client(5), QStringLiteral("Acme Pumps")));
    CHECK(f.grid->model()->headerData(5, Qt::Horizontal).toString()
          == QStringLiteral("Acme Pumps"));

    // Remove all clients: the page says what to do next.
    while (!f.chart().clients().isEmpty())
        REQUIRE(f.editor().removeClient(f.client(0)));
    CHECK_FALSE(f.page->isShowingGrid());
    CHECK(f.page->emptyLabel()->text().contains(QStringLiteral("no clients")));
    f.workspace().undoStack()->undo();
    CHECK(f.page->isShowingGrid());
}

TEST_CASE("Figures of many clients show the top twenty, and the industry mix stays at the top",
          "[gui][chart]")
{
    ChartFixture f;
    ChartsPanel *charts = f.showCharts();
    const QList<QChartView *> views = charts->views();
    REQUIRE(views.size() == 4);
    const int panelHeight = views.at(2)->height();

    QList<ChartEntry> cells;
    for (int i = 0; i < 60; ++i) {
        const qint64 id = f.editor().addClient();
        REQUIRE(id > 0);
        cells.append({id, f.attribute(S::Industry),
                      ChartValue::fromText(i % 2 ? QStringLiteral("Engineering")
                                                 : QStringLiteral("Manufacturing"))});
        cells.append({id, f.attribute(S::YearsAsCustomer),
                      ChartValue::fromNumber(NumberRange::exactly(1 + i % 9))});
    }
    REQUIRE(f.editor().setCells(cells, QStringLiteral("Fill industries")));
    QApplication::processEvents();

    // 65 clients: the years figure shows the twenty longest-standing, longest first.
    QChart *years = views.at(1)->chart();
    CHECK(years->title() == QStringLiteral("Years as customer: top 20 of 65"));
    const auto *series = qobject_cast<QAbstractBarSeries *>(years->series().value(0));
    REQUIRE(series != nullptr);
    int bars = 0;
    for (const QBarSet *set : series->barSets())
        bars = qMax(bars, int(set->count()));
    CHECK(bars == 20);
    CHECK(charts->caption()->text().contains(QStringLiteral("top 20 clients; 45 more")));
    // Twenty bars are at most a panel and a half high; the industry mix keeps the panel's.
    CHECK(views.at(1)->height() <= 20 * 26 + 100);
    CHECK(views.at(2)->height() == panelHeight);
    CHECK(views.at(2)->y() == views.at(0)->y());
}

TEST_CASE("Print and Export PDF on the chart page produce the ICP chart", "[gui][chart][print]")
{
    ChartFixture f;
    fillLoyaltyChart(f);
    CHECK(f.window.currentPage() == f.page);
    CHECK(f.page->documentFileName() == QStringLiteral("ICP chart.pdf"));
    REQUIRE(f.page->document().has_value());
    CHECK(f.window.printActions()->exportPdfAction()->isEnabled());
    const QString pdf = f.dir.filePath(QStringLiteral("ICP chart.pdf"));
    CHECK(f.window.printActions()->exportPdfTo(pdf).isEmpty());
    const QString text = test::pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("Ideal Customer Profile chart")));
    CHECK(text.contains(QStringLiteral("Manufacturing")));
    CHECK(text.contains(QStringLiteral("Engineering")));
    CHECK(text.contains(QStringLiteral("20\u201350")));
}

TEST_CASE("A long client name wraps between its words above its column", "[gui][chart]")
{
    ChartFixture f;
    const QString name = QStringLiteral("Hunter Valley Air Conditioning and Refrigeration "
                                        "Services Pty Ltd");
    REQUIRE(f.editor().renameClient(f.client(0), name));
    QApplication::processEvents();
    QHeaderView *header = f.grid->horizontalHeader();
    const int column =
        f.grid->viewModel()
            ->mapFromSource(f.grid->chartModel()->indexOf(f.client(0), f.attribute(S::Industry)))
            .column();
    REQUIRE(column >= 0);
    const int width = header->sectionSize(column);
    // Every word fits the column, and the header is tall enough for the lines they make.
    QFont bold = header->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (const QString &word : name.split(u' '))
        widest = qMax(widest, metrics.horizontalAdvance(word));
    CHECK(widest <= width);
    const QRect wrapped = metrics.boundingRect(QRect(0, 0, width - 12, 10'000),
                                               Qt::AlignHCenter | Qt::TextWordWrap, name);
    CHECK(wrapped.height() > 2 * metrics.height()); // more lines than the old two
    CHECK(header->height() >= wrapped.height());
}

TEST_CASE("Each row is as tall as the Ideal column's text in it", "[gui][chart]")
{
    ChartFixture f;
    fillLoyaltyChart(f);
    for (int i = 0; i < 30; ++i)
        REQUIRE(f.editor().addClient() > 0);
    QApplication::processEvents();
    const int idealColumn = f.grid->model()->columnCount() - 1;
    for (int row = 0; row < f.grid->model()->rowCount(); ++row) {
        QStyleOptionViewItem option;
        option.initFrom(f.grid);
        option.font = f.grid->font();
        option.features |= QStyleOptionViewItem::WrapText;
        option.rect = QRect(0, 0, f.grid->columnWidth(idealColumn), 1);
        const QModelIndex ideal = f.grid->model()->index(row, idealColumn);
        INFO(ideal.data().toString().toStdString());
        CHECK(f.grid->rowHeight(row)
              >= f.grid->itemDelegate()->sizeHint(option, ideal).height() - 2);
    }
}
