// Profile ▸ Review Rounds…: the owner's review rounds of the sample, started, compared,
// exported and signed off through the dialog.
#include "guifixture.h"

#include "clientele/core/reviewrounds.h"
#include "clientele/gui/fileactions.h"
#include "clientele/gui/reviewroundsdialog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTreeWidget>

using namespace clientele;

namespace {

const QString kOwner = QStringLiteral("Swamped owner of an industrial equipment firm");

// The sample's Profiles page with Review Rounds opened by its key.
struct ReviewFixture {
    GuiFixture f;
    ProfilesPage *page = nullptr;
    ReviewRoundsDialog *dialog = nullptr;

    ReviewFixture()
    {
        REQUIRE(f.window.fileActions()->openSample());
        page = f.window.showPage<ProfilesPage>();
        REQUIRE(page != nullptr);
        QWidget *list = childOf<QWidget>(page, QStringLiteral("itemList"));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        dialog = page->findChild<ReviewRoundsDialog *>();
        REQUIRE(dialog != nullptr);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
    }

    ReviewRounds &reviews() { return *f.workspace().reviews(); }

    // Clicks Start Review Round…, names the round (or keeps the name offered, which is kept
    // in `offered`) and answers the offer to save the pack.
    void start(const QString &name = {}, bool savePdf = false)
    {
        whenShown<QInputDialog>([this, name](QInputDialog *ask) {
            offered = ask->textValue();
            if (!name.isEmpty())
                ask->setTextValue(name);
            ask->accept();
        });
        whenShown<QMessageBox>([savePdf](QMessageBox *offer) {
            for (QAbstractButton *button : offer->buttons())
                if ((offer->buttonRole(button) == QMessageBox::AcceptRole) == savePdf)
                    button->click();
        });
        if (savePdf)
            saveInNextFileDialog();
        REQUIRE(dialog->startButton()->isEnabled());
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    }

    QStringList roundRow(int row) const
    {
        QStringList texts;
        const QTreeWidgetItem *item = dialog->roundList()->topLevelItem(row);
        REQUIRE(item != nullptr);
        for (int column = 0; column < dialog->roundList()->columnCount(); ++column)
            texts << item->text(column);
        return texts;
    }

    QStringList changeRow(int row) const
    {
        QStringList texts;
        for (int column = 0; column < 3; ++column) {
            const QTableWidgetItem *item = dialog->changesTable()->item(row, column);
            texts << (item ? item->text() : QString());
        }
        return texts;
    }

    qint64 ownerId()
    {
        for (const CustomerProfile &profile : f.workspace().profiles()->all())
            if (profile.name == kOwner)
                return profile.id;
        FAIL("the sample has no profile " << kOwner.toStdString());
        return 0;
    }

    QString offered;
};

} // namespace

TEST_CASE("Review rounds: round 2 shows what changed in a profile since round 1", "[gui][reviews]")
{
    ReviewFixture r;
    CHECK(r.dialog->roundList()->topLevelItemCount() == 0);
    CHECK_FALSE(r.dialog->exportButton()->isEnabled());
    CHECK_FALSE(r.dialog->signOffButton()->isEnabled());

    r.start();
    CHECK(r.offered == QStringLiteral("Round 1"));
    REQUIRE(r.dialog->roundList()->topLevelItemCount() == 1);
    const ReviewRound first = *r.reviews().latest();
    const QStringList row = r.roundRow(0);
    CHECK(row[ReviewRoundsDialog::Number] == QStringLiteral("1"));
    CHECK(row[ReviewRoundsDialog::Name] == QStringLiteral("Round 1"));
    CHECK(row[ReviewRoundsDialog::SignedOffBy].isEmpty());
    CHECK(row[ReviewRoundsDialog::Sha256] == first.sha256.left(12) + u'\u2026');
    CHECK(r.dialog->changesHeading()->text() == QStringLiteral("What changed"));
    CHECK_FALSE(r.dialog->changesTable()->isVisible());

    // The owner's profile moves to another industry, then round 2 is named and started.
    REQUIRE(r.f.workspace().profiles()->setField(r.ownerId(), ProfileField::Industry,
                                                 QStringLiteral("Electrical contracting")));
    r.start(QStringLiteral("After the workshop"));
    CHECK(r.offered == QStringLiteral("Round 2"));
    REQUIRE(r.dialog->roundList()->topLevelItemCount() == 2);
    CHECK(r.roundRow(1)[ReviewRoundsDialog::Number] == QStringLiteral("2"));
    CHECK(r.roundRow(1)[ReviewRoundsDialog::Name] == QStringLiteral("After the workshop"));
    CHECK(r.dialog->selectedRound()->number == 2);

    CHECK(r.dialog->changesHeading()->text() == QStringLiteral("What changed since round 1"));
    QTableWidget *table = r.dialog->changesTable();
    REQUIRE(table->isVisible());
    CHECK(table->horizontalHeaderItem(1)->text() == QStringLiteral("Round 1"));
    CHECK(table->horizontalHeaderItem(2)->text() == QStringLiteral("Round 2"));
    REQUIRE(table->rowCount() == 2);
    CHECK(r.changeRow(0)[0] == QStringLiteral("Profile: ") + kOwner);
    CHECK(table->columnSpan(0, 0) == 3);
    CHECK(r.changeRow(1)
          == QStringList{QStringLiteral("Industry"),
                         QStringLiteral("Engineering, manufacturing and trade services"),
                         QStringLiteral("Electrical contracting")});

    // Round 1 is where the comparison starts.
    r.dialog->selectRound(1);
    CHECK_FALSE(table->isVisible());
    CHECK(childOf<QLabel>(r.dialog, QStringLiteral("changesNote"))
              ->text()
              .startsWith(QStringLiteral("Round 1 is the first round")));
}

TEST_CASE("Review rounds: the pack saved is the one kept with the round, byte for byte",
          "[gui][reviews]")
{
    ReviewFixture r;
    QSettings().setValue(QStringLiteral("lastPdfFolder"), r.f.dir.path());
    // Saved when offered right after the start.
    r.start({}, true);
    const QString offeredPdf = r.f.dir.filePath(QStringLiteral("Review pack Round 1.pdf"));
    REQUIRE(QFile::exists(offeredPdf));
    QFile saved(offeredPdf);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    const ReviewRound round = *r.reviews().latest();
    CHECK(bytes == round.pdf);
    CHECK(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())
          == round.sha256);
    REQUIRE(QFile::remove(offeredPdf));

    // And again later, with Export Pack as PDF…, after the profiles have changed.
    REQUIRE(r.f.workspace().profiles()->setField(r.ownerId(), ProfileField::Industry,
                                                 QStringLiteral("Electrical contracting")));
    saveInNextFileDialog();
    REQUIRE(r.dialog->exportButton()->isEnabled());
    QTest::mouseClick(r.dialog->exportButton(), Qt::LeftButton);
    QFile again(offeredPdf);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(again.readAll() == round.pdf);
}

TEST_CASE("Review rounds: a sign-off is recorded, shown and given once", "[gui][reviews]")
{
    ReviewFixture r;
    r.start();
    REQUIRE(r.dialog->signOffButton()->isEnabled());
    whenShown<QInputDialog>([](QInputDialog *ask) {
        ask->setTextValue(QStringLiteral("Jo Bloggs"));
        ask->accept();
    });
    QTest::mouseClick(r.dialog->signOffButton(), Qt::LeftButton);

    const ReviewRound round = *r.reviews().latest();
    CHECK(round.signedOffBy == QStringLiteral("Jo Bloggs"));
    REQUIRE(round.signedOffAt.isValid());
    CHECK(round.signedOffAt.toLocalTime().date() == QDate::currentDate());
    const QStringList row = r.roundRow(0);
    CHECK(row[ReviewRoundsDialog::SignedOffBy] == QStringLiteral("Jo Bloggs"));
    CHECK(row[ReviewRoundsDialog::SignedOffAt]
          == QLocale().toString(round.signedOffAt.toLocalTime(), QLocale::ShortFormat));
    // Signed off once: the button says by whom and offers nothing more.
    CHECK_FALSE(r.dialog->signOffButton()->isEnabled());
    CHECK(r.dialog->signOffButton()->toolTip().contains(QStringLiteral("Jo Bloggs")));
    CHECK_FALSE(r.reviews().signOff(round.id, QStringLiteral("Al Moss")).ok());
    CHECK(r.reviews().latest()->signedOffBy == QStringLiteral("Jo Bloggs"));
}

TEST_CASE("Review rounds: Undo takes a round back out, Redo brings the same one back",
          "[gui][reviews]")
{
    ReviewFixture r;
    r.start();
    r.start(QStringLiteral("After the workshop"));
    REQUIRE(r.dialog->roundList()->topLevelItemCount() == 2);
    const ReviewRound second = *r.reviews().latest();

    // The window's Undo and Redo keys work from the dialog.
    r.dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(r.dialog));
    r.dialog->roundList()->setFocus();
    QTest::keyClick(r.dialog->roundList(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(r.reviews().rounds().size() == 1);
    REQUIRE(r.dialog->roundList()->topLevelItemCount() == 1);
    CHECK(r.roundRow(0)[ReviewRoundsDialog::Name] == QStringLiteral("Round 1"));
    CHECK(r.dialog->selectedRound()->number == 1);

    QTest::keyClick(r.dialog->roundList(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(r.dialog->roundList()->topLevelItemCount() == 2);
    const ReviewRound back = *r.reviews().latest();
    CHECK(back.name == QStringLiteral("After the workshop"));
    CHECK(back.uuid == second.uuid);
    CHECK(back.pdf == second.pdf);
}

TEST_CASE("Review rounds: a read-only workspace shows its rounds and exports their packs only",
          "[gui][reviews][readonly]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.clientele"));
    {
        auto created = Workspace::create(path);
        REQUIRE(created.ok());
        (*created)->profiles()->add(QStringLiteral("Owner"));
        REQUIRE((*created)->reviews()->start({}, [](const ReviewRound &, const auto &) {
            return Result<QByteArray>(QByteArray("%PDF-1.4 round 1"));
        }));
    }
    auto opened = Workspace::open(path, WorkspaceFile::Access::ReadOnly);
    REQUIRE(opened.ok());
    MainWindow window;
    window.setWorkspace(std::move(*opened));
    window.show();
    ReviewRoundsDialog *dialog = window.showPage<ProfilesPage>()->openReviewRounds();
    REQUIRE(dialog->roundList()->topLevelItemCount() == 1);
    CHECK(dialog->selectedRound()->number == 1);
    CHECK(dialog->exportButton()->isEnabled());
    CHECK_FALSE(dialog->startButton()->isEnabled());
    CHECK_FALSE(dialog->signOffButton()->isEnabled());
}
