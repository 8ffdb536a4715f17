#include "guifixture.h"
#include "pdftools.h"

#include "clientele/core/offercatalogue.h"
#include "clientele/core/proposalbook.h"
#include "clientele/gui/printactions.h"
#include "clientele/gui/proposaleditor.h"
#include "clientele/gui/proposalspage.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QSpinBox>

using namespace clientele;

namespace {

// The Proposals page of a real main window, shown and current.
struct ProposalFixture : GuiFixture {
    ProposalsPage *page = nullptr;

    ProposalFixture()
    {
        page = window.showPage<ProposalsPage>();
        REQUIRE(page != nullptr);
        QApplication::processEvents();
    }

    ProposalBook &store() { return *workspace().proposals(); }
    OfferCatalogue &offers() { return *workspace().offers(); }
    ProposalEditor *editor() { return childOf<ProposalEditor>(page); }
    QAction *action(const QString &name) { return childOf<QAction>(page, name); }
};

} // namespace

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
