#include "offerfixture.h"

#include "clientele/gui/ladderdiagram.h"
#include "clientele/gui/textlisteditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTreeView>

using namespace clientele;

TEST_CASE("An offer is created by keyboard, priced, and the price undone", "[gui][offers]")
{
    OfferFixture f;
    CHECK(f.page->count() == 0);
    QTest::keyClick(&f.window, Qt::Key_N, Qt::ControlModifier);
    REQUIRE(f.store().count() == 1);
    QLineEdit *name = childOf<OfferEditor>(f.page)->nameEdit();
    CHECK(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Odoo health check"));
    const qint64 id = f.page->currentItemId();
    CHECK(f.store().find(id)->name == QStringLiteral("Odoo health check"));

    QLineEdit *price = childOf<OfferEditor>(f.page)->priceEdit();
    price->setFocus();
    price->selectAll();
    QTest::keyClicks(price, QStringLiteral("4,500"));
    CHECK(f.store().find(id)->price.minorUnits() == 450000);
    // The price typed in one go is one step: one undo brings back the free offer.
    QTest::keyClick(price, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.store().find(id)->price.isZero());
    CHECK(f.store().find(id)->name == QStringLiteral("Odoo health check"));
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.store().find(id)->name == QStringLiteral("New offer"));
}

TEST_CASE("A retainer shows its effective hourly rate and yearly value", "[gui][offers]")
{
    OfferFixture f;
    Offer retainer;
    retainer.name = QStringLiteral("Care plan");
    retainer.kind = OfferKind::MonthlyRetainer;
    retainer.price = Money::fromMajor(1500, QStringLiteral("AUD"));
    retainer.retainer.hoursPerMonth = 10;
    const auto id = f.store().add(retainer);
    REQUIRE(id.ok());
    f.page->selectItem(*id);
    auto *editor = childOf<OfferEditor>(f.page);
    CHECK(editor->retainerShown());
    CHECK_FALSE(editor->assessmentShown());
    CHECK(editor->effectiveRateText().startsWith(QStringLiteral("$150 an hour")));
    CHECK(editor->yearlyValueText().startsWith(QStringLiteral("$18,000 a year")));
    // Twelve hours: the rate follows at once.
    auto *hours = editor->findChild<QSpinBox *>(QStringLiteral("hoursSpin"));
    REQUIRE(hours != nullptr);
    hours->setValue(12);
    CHECK(f.store().find(*id)->retainer.hoursPerMonth == 12);
    CHECK(editor->effectiveRateText().startsWith(QStringLiteral("$125 an hour")));

    // A free assessment shows its deliverable instead.
    editor->kindCombo()->setCurrentIndex(
        editor->kindCombo()->findData(int(OfferKind::FreeAssessment)));
    Q_EMIT editor->kindCombo()->activated(editor->kindCombo()->currentIndex());
    CHECK(f.store().find(*id)->kind == OfferKind::FreeAssessment);
    CHECK(editor->assessmentShown());
    CHECK_FALSE(editor->retainerShown());
}

TEST_CASE("Offers are duplicated, deleted and restored, and moved on the ladder", "[gui][offers]")
{
    OfferFixture f;
    const auto onLadder = [&](const QString &name, LadderStage stage) {
        Offer offer;
        offer.name = name;
        offer.ladder = LadderPlace{stage, 0, {}};
        const auto id = f.store().add(offer);
        REQUIRE(id.ok());
        return *id;
    };
    const qint64 entry = onLadder(QStringLiteral("Assessment"), LadderStage::Entry);
    const qint64 core = onLadder(QStringLiteral("Project"), LadderStage::Core);
    auto *ladder = childOf<LadderDiagram>(f.page);
    CHECK(ladder->rungs() == QList<qint64>{entry, core});

    f.page->selectItem(entry);
    childOf<QAction>(f.page, QStringLiteral("duplicateItemAction"))->trigger();
    CHECK(f.store().count() == 3);
    const qint64 copy = f.page->currentItemId();
    CHECK(copy != entry);

    childOf<QAction>(f.page, QStringLiteral("deleteItemAction"))->trigger();
    CHECK(f.store().count() == 2);
    CHECK(f.page->count() == 2);
    f.workspace().undoStack()->undo();
    CHECK(f.store().count() == 3);
    f.workspace().undoStack()->undo();
    CHECK(f.store().count() == 2);

    f.page->selectItem(core);
    auto *moveUp = childOf<QAction>(f.page, QStringLiteral("moveUpLadderAction"));
    REQUIRE(moveUp->isEnabled());
    // Across a stage boundary the first move changes the stage, the next one the order.
    moveUp->trigger();
    CHECK(f.store().find(core)->ladder->stage == LadderStage::Entry);
    moveUp->trigger();
    CHECK(ladder->rungs().first() == core);
    // The list follows the ladder's order and keeps the moved offer selected.
    CHECK(childOf<QTreeView>(f.page, QStringLiteral("itemList"))->currentIndex().row() == 0);
    CHECK(f.page->currentItemId() == core);
    f.workspace().undoStack()->undo();
    f.workspace().undoStack()->undo();
    CHECK(ladder->rungs().first() == entry);
    CHECK(f.store().find(core)->ladder->stage == LadderStage::Core);
}

TEST_CASE("Included items are edited as an ordered list, one undo step each", "[gui][offers]")
{
    OfferFixture f;
    Offer offer;
    offer.name = QStringLiteral("Project");
    const auto id = f.store().add(offer);
    REQUIRE(id.ok());
    f.page->selectItem(*id);
    TextListEditor *included = childOf<OfferEditor>(f.page)->listEditor(OfferList::Included);
    REQUIRE(included != nullptr);
    Q_EMIT included->edited({QStringLiteral("Data migration"), QStringLiteral("Training")});
    CHECK(f.store().find(*id)->included.size() == 2);
    CHECK(included->items()
          == QStringList{QStringLiteral("Data migration"), QStringLiteral("Training")});
    f.workspace().undoStack()->undo();
    CHECK(included->items().isEmpty());
}
