#include "guifixture.h"

#include "clientele/core/proposalbook.h"
#include "clientele/gui/closeproposaldialog.h"
#include "clientele/gui/proposalspage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>

using namespace clientele;

namespace {

// The Proposals page of a real main window with one open proposal for a prospect, selected.
struct OutcomeFixture : GuiFixture {
    ProposalsPage *page = nullptr;
    qint64 proposalId = 0;

    explicit OutcomeFixture(qint64 profile = -1)
        : GuiFixture({QStringLiteral("Owner"), QStringLiteral("Office manager")})
    {
        page = window.showPage<ProposalsPage>();
        REQUIRE(page != nullptr);
        Proposal proposal;
        proposal.number = QStringLiteral("P-2026-010");
        proposal.prospect = {QStringLiteral("Hunter Weighing"), QStringLiteral("Dave Kowalski"), 8,
                             QStringLiteral("Weighbridges"), QStringLiteral("Xero")};
        proposal.profileId = profile < 0 ? profileId : profile;
        const auto added = workspace().proposals()->add(proposal);
        REQUIRE(added.ok());
        proposalId = *added;
        // Sent as a version the test need not read.
        REQUIRE(book().send(proposalId, [](const Proposal &) {
            return Result<QByteArray>(QByteArray("%PDF-1.4 sent"));
        }));
        workspace().undoStack()->clear();
        page->selectItem(proposalId);
        QApplication::processEvents();
    }

    ProposalBook &book() { return *workspace().proposals(); }
    Proposal proposal() { return *book().find(proposalId); }
    QAction *action(const QString &name) { return childOf<QAction>(page, name); }
};

QPushButton *okButton(QDialog *dialog)
{
    return childOf<QDialogButtonBox>(dialog)->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("A proposal is not closed as lost without a reason", "[gui][proposals][outcome]")
{
    OutcomeFixture f;
    bool asked = false;
    whenShown<CloseLostDialog>([&](CloseLostDialog *dialog) {
        asked = true;
        CHECK_FALSE(okButton(dialog)->isEnabled());
        CHECK(dialog->problem().contains(QStringLiteral("a reason is required")));
        // Spaces are no reason either, and Enter does not close it.
        QTest::keyClicks(dialog->reasonCombo(), QStringLiteral("   "));
        QTest::keyClick(dialog->reasonCombo(), Qt::Key_Return);
        CHECK(dialog->isVisible());
        CHECK_FALSE(okButton(dialog)->isEnabled());
        dialog->reject();
    });
    // The shortcut reaches the action from the list.
    QTest::keyClick(&f.window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(asked);
    CHECK(f.proposal().status == ProposalStatus::Sent);
    CHECK(f.workspace().undoStack()->count() == 0);
}

TEST_CASE("A reason typed when a proposal is lost is offered the next time",
          "[gui][proposals][outcome]")
{
    OutcomeFixture f;
    const QString reason = QStringLiteral("Budget moved to next year");
    whenShown<CloseLostDialog>([&](CloseLostDialog *dialog) {
        CHECK(dialog->reasonCombo()->findText(reason) < 0);
        QTest::keyClicks(dialog->reasonCombo(), reason);
        // Only "Not a fit" offers the "not our customer" list.
        CHECK_FALSE(dialog->exclusionBox()->isVisible());
        REQUIRE(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    f.action(QStringLiteral("closeLostAction"))->trigger();
    CHECK(f.proposal().status == ProposalStatus::Declined);
    CHECK(f.proposal().outcome.lostReason == reason);
    CHECK(f.proposal().outcome.date == QDate::currentDate());
    // Closed: neither outcome can be recorded again.
    CHECK_FALSE(f.action(QStringLiteral("closeLostAction"))->isEnabled());
    CHECK_FALSE(f.action(QStringLiteral("closeWonAction"))->isEnabled());

    // The next proposal offers the reason among the others.
    const qint64 second = f.book().duplicate(f.proposalId);
    REQUIRE(second != 0);
    f.page->selectItem(second);
    QApplication::processEvents();
    REQUIRE(f.action(QStringLiteral("closeLostAction"))->isEnabled());
    QStringList offered;
    whenShown<CloseLostDialog>([&](CloseLostDialog *dialog) {
        for (int row = 0; row < dialog->reasonCombo()->count(); ++row)
            offered << dialog->reasonCombo()->itemText(row);
        dialog->reject();
    });
    f.action(QStringLiteral("closeLostAction"))->trigger();
    CHECK(offered
          == QStringList({QStringLiteral("Price"), QStringLiteral("Timing"),
                          QStringLiteral("Chose someone else"), QStringLiteral("Not a fit"),
                          QStringLiteral("No decision"), reason}));
}

TEST_CASE("Not a fit adds the prospect to the profile's list and one undo takes back both",
          "[gui][proposals][outcome]")
{
    OutcomeFixture f;
    const auto profileBefore = f.workspace().profiles()->find(f.profileId);
    REQUIRE(profileBefore.has_value());
    whenShown<CloseLostDialog>([&](CloseLostDialog *dialog) {
        dialog->reasonCombo()->setCurrentIndex(dialog->reasonCombo()->findText(notAFitReason()));
        REQUIRE(dialog->exclusionBox()->isVisible());
        CHECK(dialog->exclusionBox()->isChecked());
        // The proposal's own profile, and an entry written from the prospect.
        CHECK(dialog->profileCombo()->currentText() == QStringLiteral("Owner"));
        CHECK(dialog->entryEdit()->text()
              == QStringLiteral("Firms like Hunter Weighing (Weighbridges, 8 staff)"));
        dialog->entryEdit()->setText(QStringLiteral("Weighbridge firms under ten staff"));
        REQUIRE(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    f.action(QStringLiteral("closeLostAction"))->trigger();

    CHECK(f.proposal().status == ProposalStatus::Declined);
    CHECK(f.proposal().outcome.lostReason == QStringLiteral("Not a fit"));
    const auto profile = f.workspace().profiles()->find(f.profileId);
    REQUIRE(profile->exclusions.size() == profileBefore->exclusions.size() + 1);
    CHECK(profile->exclusions.last().text == QStringLiteral("Weighbridge firms under ten staff"));
    CHECK(profile->exclusions.last().detail
          == QStringLiteral("Proposal P-2026-010 was lost as not a fit."));
    // On disk too.
    CHECK(f.onDisk(f.profileId).exclusions.size() == profileBefore->exclusions.size() + 1);

    REQUIRE(f.workspace().undoStack()->count() == 1);
    f.workspace().undoStack()->undo();
    CHECK(f.proposal().status == ProposalStatus::Sent);
    CHECK(f.workspace().profiles()->find(f.profileId)->exclusions == profileBefore->exclusions);
    f.workspace().undoStack()->redo();
    CHECK(f.proposal().status == ProposalStatus::Declined);
    CHECK(f.workspace().profiles()->find(f.profileId)->exclusions.size()
          == profileBefore->exclusions.size() + 1);
}

TEST_CASE("A lost proposal without a profile asks which profile's list gets the entry",
          "[gui][proposals][outcome]")
{
    OutcomeFixture f(0);
    qint64 chosen = 0;
    whenShown<CloseLostDialog>([&](CloseLostDialog *dialog) {
        dialog->reasonCombo()->setCurrentText(QStringLiteral("not a fit"));
        REQUIRE(dialog->exclusionBox()->isVisible());
        CHECK(dialog->profileCombo()->currentIndex() == -1);
        CHECK_FALSE(okButton(dialog)->isEnabled());
        CHECK(dialog->problem().startsWith(QStringLiteral("Choose the profile")));
        dialog->profileCombo()->setCurrentIndex(
            dialog->profileCombo()->findText(QStringLiteral("Office manager")));
        chosen = dialog->profileCombo()->currentData().toLongLong();
        REQUIRE(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    f.action(QStringLiteral("closeLostAction"))->trigger();
    REQUIRE(chosen != 0);
    CHECK(f.workspace().profiles()->find(chosen)->exclusions.size() == 1);
    CHECK(f.workspace().profiles()->find(f.profileId)->exclusions.isEmpty());

    SECTION("and leaves the list alone when the box is cleared")
    {
        f.workspace().undoStack()->undo();
        REQUIRE(f.workspace().profiles()->find(chosen)->exclusions.isEmpty());
        whenShown<CloseLostDialog>([&](CloseLostDialog *dialog) {
            dialog->reasonCombo()->setCurrentText(notAFitReason());
            dialog->exclusionBox()->setChecked(false);
            REQUIRE(okButton(dialog)->isEnabled());
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        });
        f.action(QStringLiteral("closeLostAction"))->trigger();
        CHECK(f.proposal().status == ProposalStatus::Declined);
        CHECK(f.workspace().profiles()->find(chosen)->exclusions.isEmpty());
    }
}

TEST_CASE("Closing a proposal as won records the day, who accepted it and the reference",
          "[gui][proposals][outcome]")
{
    OutcomeFixture f;
    // Sent today, so decided today at the earliest: an earlier day is not offered.
    const QDate decided = QDate::currentDate();
    whenShown<CloseWonDialog>([&](CloseWonDialog *dialog) {
        CHECK(dialog->dateEdit()->date() == QDate::currentDate());
        CHECK(dialog->dateEdit()->minimumDate() == decided);
        // The prospect's contact unless changed.
        CHECK(dialog->acceptedByEdit()->text() == QStringLiteral("Dave Kowalski"));
        dialog->dateEdit()->setDate(decided);
        dialog->acceptedByEdit()->setText(QStringLiteral("Ann Kowalski, director"));
        QTest::keyClicks(dialog->referenceEdit(), QStringLiteral("PO 4471"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QTest::keyClick(&f.window, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    const Proposal won = f.proposal();
    CHECK(won.status == ProposalStatus::Accepted);
    CHECK(won.outcome.date == decided);
    CHECK(won.outcome.acceptedBy == QStringLiteral("Ann Kowalski, director"));
    CHECK(won.outcome.reference == QStringLiteral("PO 4471"));
    CHECK(won.outcome.lostReason.isEmpty());
    CHECK_FALSE(f.action(QStringLiteral("closeWonAction"))->isEnabled());
    f.workspace().undoStack()->undo();
    CHECK(f.proposal().status == ProposalStatus::Sent);
    CHECK(f.action(QStringLiteral("closeWonAction"))->isEnabled());
}

TEST_CASE("A read-only workspace closes no proposal", "[gui][proposals][outcome]")
{
    OutcomeFixture f;
    REQUIRE(f.action(QStringLiteral("closeWonAction"))->isEnabled());
    f.page->setReadOnly(true);
    CHECK_FALSE(f.action(QStringLiteral("closeWonAction"))->isEnabled());
    CHECK_FALSE(f.action(QStringLiteral("closeLostAction"))->isEnabled());
}
