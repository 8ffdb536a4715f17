#include "pdftools.h"
#include "proposalfixture.h"

#include "clientele/core/offercatalogue.h"
#include "clientele/core/proposalbook.h"
#include "clientele/gui/inlinenotice.h"
#include "clientele/gui/printactions.h"
#include "clientele/gui/proposaleditor.h"
#include "clientele/gui/proposalspage.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace clientele;

TEST_CASE("A new proposal gets a number and a validity of 30 days", "[gui][proposals]")
{
    ProposalFixture f;
    QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier);
    REQUIRE(f.store().count() == 1);
    const auto proposal = f.store().find(f.page->currentItemId());
    REQUIRE(proposal.has_value());
    CHECK(proposal->number.startsWith(QStringLiteral("P-")));
    CHECK(proposal->validUntil == QDate::currentDate().addDays(30));
    // The cursor waits in the company field.
    CHECK(f.editor()->companyEdit()->hasFocus());
    QTest::keyClicks(f.editor()->companyEdit(), QStringLiteral("Hunter Weighing"));
    CHECK(f.store().find(proposal->id)->prospect.company == QStringLiteral("Hunter Weighing"));
    QTest::keyClick(f.editor()->companyEdit(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.store().find(proposal->id)->prospect.company.isEmpty());
}

TEST_CASE("The style follows the prospect's size and says why", "[gui][proposals]")
{
    ProposalFixture f;
    f.action(QStringLiteral("newItemAction"))->trigger();
    ProposalEditor *editor = f.editor();
    editor->staffSpin()->setValue(8);
    CHECK(editor->styleExplanation()
          == QStringLiteral("Informal: 8 staff is under the 20-staff threshold"));
    CHECK_FALSE(editor->formalSectionsShown());

    editor->staffSpin()->setValue(60);
    CHECK(editor->styleExplanation().startsWith(QStringLiteral("Formal: 60 staff")));
    CHECK(editor->formalSectionsShown());

    // Chosen by hand, the style says what size alone would have given.
    editor->styleCombo()->setCurrentIndex(
        editor->styleCombo()->findData(int(ProposalStyle::Informal)));
    Q_EMIT editor->styleCombo()->activated(editor->styleCombo()->currentIndex());
    CHECK(editor->styleExplanation().contains(QStringLiteral("by size it would be formal")));
    CHECK_FALSE(editor->formalSectionsShown());
}

TEST_CASE("The style's explanation stands apart from its combo box as a field from its label",
          "[gui][proposals]")
{
    ProposalFixture f;
    f.action(QStringLiteral("newItemAction"))->trigger();
    ProposalEditor *editor = f.editor();
    editor->staffSpin()->setValue(60);
    QApplication::processEvents();
    QComboBox *style = editor->styleCombo();
    QLabel *reason = nullptr;
    for (auto *label : editor->findChildren<QLabel *>())
        if (label->accessibleName() == QStringLiteral("Style that applies"))
            reason = label;
    REQUIRE(reason != nullptr);
    REQUIRE(reason->parentWidget() == style->parentWidget());
    const auto *form = qobject_cast<QFormLayout *>(style->parentWidget()->layout());
    REQUIRE(form != nullptr);
    CHECK(reason->geometry().left() - style->geometry().right() > form->horizontalSpacing());
}

TEST_CASE("Adding an offer line updates the totals", "[gui][proposals]")
{
    ProposalFixture f;
    Offer project;
    project.name = QStringLiteral("Odoo project");
    project.price = Money::fromMajor(18500, QStringLiteral("AUD"));
    project.ladder = LadderPlace{LadderStage::Core, 0, {}};
    REQUIRE(f.offers().add(project).ok());
    Offer care;
    care.name = QStringLiteral("Care plan");
    care.kind = OfferKind::MonthlyRetainer;
    care.price = Money::fromMajor(1650, QStringLiteral("AUD"));
    care.ladder = LadderPlace{LadderStage::Continuing, 0, {}};
    REQUIRE(f.offers().add(care).ok());
    f.action(QStringLiteral("newItemAction"))->trigger();

    QMenu *menu = f.editor()->addOfferMenu();
    Q_EMIT menu->aboutToShow();
    REQUIRE(menu->actions().size() >= 2);
    menu->actions().at(0)->trigger();
    menu->actions().at(1)->trigger();
    CHECK(f.editor()->oneOffTotalText() == QStringLiteral("$18,500"));
    CHECK(f.editor()->monthlyTotalText() == QStringLiteral("$1,650 / month"));
    f.workspace().undoStack()->undo();
    CHECK(f.editor()->monthlyTotalText() == QStringLiteral("$0 / month"));
}

TEST_CASE("Each field opened in a recommended offer's cell is named after its column",
          "[gui][proposals][accessibility]")
{
    ProposalFixture f;
    f.addOffer(QStringLiteral("Procedure writing day"), 1400);
    f.action(QStringLiteral("newItemAction"))->trigger();
    QMenu *menu = f.editor()->addOfferMenu();
    Q_EMIT menu->aboutToShow();
    REQUIRE_FALSE(menu->actions().isEmpty());
    menu->actions().at(0)->trigger();

    QTableView *lines = nullptr;
    for (auto *table : f.editor()->findChildren<QTableView *>())
        if (table->accessibleName() == QStringLiteral("Recommended offers"))
            lines = table;
    REQUIRE(lines != nullptr);
    const QAbstractItemModel *model = lines->model();
    REQUIRE(model->rowCount() == 1);
    int opened = 0;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QModelIndex cell = model->index(0, column);
        if (!(model->flags(cell) & Qt::ItemIsEditable))
            continue;
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        INFO("column " << header.toStdString());
        lines->setFocus();
        // Moving to a cell opens its editor; F2 opens it on the cell already current.
        lines->setCurrentIndex(cell);
        if (!lines->indexWidget(cell))
            QTest::keyClick(lines, Qt::Key_F2);
        QWidget *editor = lines->indexWidget(cell);
        REQUIRE(editor != nullptr);
        CHECK(editor->accessibleName().toStdString() == header.toStdString());
        ++opened;
        QTest::keyClick(editor, Qt::Key_Escape);
        REQUIRE(QTest::qWaitFor([lines, cell] { return lines->indexWidget(cell) == nullptr; }));
    }
    // The offer, its quantity, unit price and billing.
    CHECK(opened == 4);
}

TEST_CASE("Proposals are duplicated and deleted with undo", "[gui][proposals]")
{
    ProposalFixture f;
    f.action(QStringLiteral("newItemAction"))->trigger();
    const qint64 first = f.page->currentItemId();
    f.action(QStringLiteral("duplicateItemAction"))->trigger();
    CHECK(f.store().count() == 2);
    CHECK(f.page->currentItemId() != first);
    CHECK(f.page->count() == 2);
    f.action(QStringLiteral("deleteItemAction"))->trigger();
    CHECK(f.store().count() == 1);
    f.workspace().undoStack()->undo();
    CHECK(f.store().count() == 2);
}

TEST_CASE("The proposal exported from the page names the prospect", "[gui][proposals][print]")
{
    ProposalFixture f;
    Proposal proposal;
    proposal.prospect.company = QStringLiteral("Coastal Pump");
    proposal.prospect.staff = 60;
    const auto id = f.store().add(proposal);
    REQUIRE(id.ok());
    f.page->selectItem(*id);
    CHECK(f.page->documentFileName().endsWith(QStringLiteral("Coastal Pump.pdf")));
    const QString pdf = f.dir.filePath(QStringLiteral("proposal.pdf"));
    CHECK(f.window.printActions()->exportPdfTo(pdf).isEmpty());
    CHECK(test::pdfText(pdf).contains(QStringLiteral("Coastal Pump")));
}

TEST_CASE("Adding an offer already on the proposal asks before adding it twice", "[gui][proposals]")
{
    ProposalFixture f;
    const qint64 offer = f.addOffer(QStringLiteral("Procedure writing day"), 1800);
    f.action(QStringLiteral("newItemAction"))->trigger();
    const qint64 id = f.page->currentItemId();
    ProposalEditor *editor = f.editor();
    editor->addOffer(offer);
    REQUIRE(f.store().find(id)->lines.size() == 1);
    CHECK(editor->repeatNotice()->isHidden());

    editor->addOffer(offer);
    CHECK(f.store().find(id)->lines.size() == 1);
    CHECK(editor->repeatNotice()->text()
          == QStringLiteral("\u201cProcedure writing day\u201d is already on this proposal."));
    CHECK(editor->repeatNotice()->isVisibleTo(editor));
    QTest::mouseClick(noticeButton(editor->repeatNotice(), QStringLiteral("Go to Line")),
                      Qt::LeftButton);
    CHECK(editor->linesView()->currentIndex().row() == 0);
    CHECK(editor->repeatNotice()->isHidden());
    CHECK(f.store().find(id)->lines.size() == 1);

    editor->addOffer(offer);
    QTest::mouseClick(noticeButton(editor->repeatNotice(), QStringLiteral("Add Anyway")),
                      Qt::LeftButton);
    CHECK(f.store().find(id)->lines.size() == 2);
    CHECK(editor->repeatNotice()->isHidden());
}

TEST_CASE("A line whose catalogue price changed offers the current price as one undo step",
          "[gui][proposals]")
{
    ProposalFixture f;
    const qint64 offer = f.addOffer(QStringLiteral("Procedure writing day"), 1800);
    f.action(QStringLiteral("newItemAction"))->trigger();
    const qint64 id = f.page->currentItemId();
    ProposalEditor *editor = f.editor();
    editor->addOffer(offer);
    CHECK(editor->priceNotice()->isHidden());

    REQUIRE(f.offers().setPrice(offer, Money::fromMajor(1950, QStringLiteral("AUD"))));
    CHECK(editor->priceNotice()->text()
          == QStringLiteral("The catalogue price of \u201cProcedure writing day\u201d is now "
                            "$1,950; this proposal has $1,800."));
    const int steps = f.workspace().undoStack()->count();
    QTest::mouseClick(noticeButton(editor->priceNotice(), QStringLiteral("Use Current Price")),
                      Qt::LeftButton);
    CHECK(f.store().find(id)->lines.at(0).unitPrice.minorUnits() == 195000);
    CHECK(f.workspace().undoStack()->count() == steps + 1);
    CHECK(editor->priceNotice()->isHidden());

    f.workspace().undoStack()->undo();
    CHECK(f.store().find(id)->lines.at(0).unitPrice.minorUnits() == 180000);
    CHECK(editor->priceNotice()->text().contains(QStringLiteral("is now $1,950")));
}

TEST_CASE("A validity date in the past is pointed out beside the date", "[gui][proposals]")
{
    ProposalFixture f;
    f.action(QStringLiteral("newItemAction"))->trigger();
    const qint64 id = f.page->currentItemId();
    ProposalEditor *editor = f.editor();
    CHECK(editor->validityNotice()->isHidden());
    // A draft has not started its clock: sending gives the prospect the days again.
    REQUIRE(f.store().setValidUntil(id, QDate::currentDate().addDays(-1)));
    CHECK(editor->validityNotice()->text()
          == QStringLiteral(
              "Sending restarts the clock: the prospect gets 30 days from the day it is sent."));
    CHECK(editor->validityNotice()->isVisibleTo(editor));
    REQUIRE(f.store().setValidUntil(id, QDate::currentDate().addDays(7)));
    CHECK(editor->validityNotice()->isHidden());

    // What runs out is the version the prospect holds.
    const qint64 runOut = f.openWithRunOutProposal();
    editor = f.editor();
    CHECK(editor->validityNotice()->text()
          == QStringLiteral("Version 1 ran out on 5 Jan 2025: the prospect can no longer accept "
                            "it as written. Revise it to send a new version."));
    CHECK(editor->validityNotice()->isVisibleTo(editor));
    CHECK(editor->statusText()
          == QStringLiteral("Version 1 \u00b7 Sent 6 Dec 2024 \u00b7 ran out 5 Jan 2025"));
    // Revising does not renew what the prospect holds; sending version 2 will.
    REQUIRE(f.store().revise(runOut));
    CHECK(editor->validityNotice()->text()
          == QStringLiteral("Version 1, which the prospect holds, ran out on 5 Jan 2025. "
                            "Sending version 2 restarts the clock."));
    // A won proposal is past needing a valid offer.
    REQUIRE(f.store().closeWon(runOut, {}, {}, {}));
    CHECK(editor->validityNotice()->isHidden());
}
