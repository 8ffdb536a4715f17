#include "pdftools.h"
#include "proposalfixture.h"

#include "clientele/core/models/proposallinesmodel.h"
#include "clientele/gui/printactions.h"

#include <QCheckBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>

using namespace clientele;

namespace {

// Stands in for the render layer where a test needs a sent version, not its typesetting.
Result<QByteArray> pdfOf(const Proposal &p)
{
    return QByteArray("%PDF-1.4 ") + p.number.toUtf8() + " v" + QByteArray::number(p.version);
}

QString day(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

// The button of a message box whose text reads `text` once its mnemonic is taken out.
QAbstractButton *boxButton(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons())
        if (button->text().remove(QLatin1Char('&')) == text)
            return button;
    return nullptr;
}

// Answers the confirmation of Mark as Sent: whether to save the PDF now, then Mark as Sent.
void confirmSending(bool savePdf)
{
    whenShown<QMessageBox>([savePdf](QMessageBox *box) {
        REQUIRE(box->objectName() == QStringLiteral("markSentBox"));
        REQUIRE(box->checkBox() != nullptr);
        box->checkBox()->setChecked(savePdf);
        QAbstractButton *send = boxButton(box, QStringLiteral("Mark as Sent"));
        REQUIRE(send != nullptr);
        send->click();
    });
}

// A draft for Coastal Pump with one procedure writing day at $1,400, shown in the editor.
qint64 addDraft(ProposalFixture &f)
{
    Proposal proposal;
    proposal.prospect.company = QStringLiteral("Coastal Pump");
    proposal.lines.append({0, QStringLiteral("Procedure writing day"), 1,
                           Money::fromMajor(1400, QStringLiteral("AUD"))});
    const auto id = f.store().add(proposal);
    REQUIRE(id.ok());
    f.page->selectItem(*id);
    return *id;
}

QList<QStringList> rowsOf(const QTableWidget *table)
{
    QList<QStringList> rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList texts;
        for (int column = 0; column < table->columnCount(); ++column)
            texts << table->item(row, column)->text();
        rows << texts;
    }
    return rows;
}

QStringList headersOf(const QTableWidget *table)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column)
        texts << table->horizontalHeaderItem(column)->text();
    return texts;
}

} // namespace

TEST_CASE("Mark as Sent freezes the version and the editor refuses edits until undone",
          "[gui][proposals][versions]")
{
    ProposalFixture f;
    const qint64 id = addDraft(f);
    ProposalEditor *editor = f.editor();
    CHECK(editor->statusText() == QStringLiteral("Version 1 \u00b7 Draft"));
    CHECK_FALSE(editor->fieldsReadOnly());
    CHECK_FALSE(editor->reviseAction()->isEnabled());
    CHECK(editor->sentNotice()->isHidden());

    confirmSending(false);
    QTest::keyClick(&f.window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    const Proposal sent = *f.store().find(id);
    REQUIRE(sent.isFrozen());
    REQUIRE(sent.sent.size() == 1);
    CHECK(sent.sent.first().pdf.startsWith("%PDF"));
    CHECK(sent.status == ProposalStatus::Sent);

    const QDate today = QDate::currentDate();
    CHECK(editor->statusText()
          == QStringLiteral("Version 1 \u00b7 Sent %1 \u00b7 valid until %2")
                 .arg(day(today), day(today.addDays(30))));
    CHECK(editor->sentNotice()->text()
          == QStringLiteral("Version 1 was sent on %1. Revise to change it.").arg(day(today)));
    CHECK(editor->sentNotice()->isVisibleTo(editor));
    // Valid for 30 days from today: nothing has run out.
    CHECK(editor->validityNotice()->isHidden());
    CHECK(editor->fieldsReadOnly());
    CHECK(editor->companyEdit()->isReadOnly());
    CHECK_FALSE(editor->staffSpin()->isEnabled());
    CHECK_FALSE(editor->markSentAction()->isEnabled());
    CHECK(editor->reviseAction()->isEnabled());
    // Typing into the frozen version changes nothing, in the form or in the workspace.
    editor->companyEdit()->setFocus();
    QTest::keyClicks(editor->companyEdit(), QStringLiteral("X"));
    CHECK(editor->companyEdit()->text() == QStringLiteral("Coastal Pump"));
    CHECK(f.store().find(id)->prospect.company == QStringLiteral("Coastal Pump"));
    CHECK(editor->linesView()->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK(rowsOf(editor->versionsTable()).size() == 1);

    // Sending is one step: undo makes it the draft it was.
    // (Offscreen, closing the message box leaves no window active.)
    f.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    QTest::keyClick(&f.window, Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(f.store().find(id)->isFrozen());
    CHECK(editor->statusText() == QStringLiteral("Version 1 \u00b7 Draft"));
    CHECK_FALSE(editor->fieldsReadOnly());
    CHECK_FALSE(editor->companyEdit()->isReadOnly());
    CHECK(editor->sentNotice()->isHidden());
    CHECK_FALSE(editor->versionsTable()->isVisibleTo(editor));
    CHECK(editor->markSentAction()->isEnabled());
}

TEST_CASE("Revise makes a sent proposal editable again as version 2", "[gui][proposals][versions]")
{
    ProposalFixture f;
    const qint64 id = addDraft(f);
    REQUIRE(f.store().send(id, pdfOf));
    ProposalEditor *editor = f.editor();
    REQUIRE(editor->fieldsReadOnly());

    QTest::mouseClick(noticeButton(editor->sentNotice(), QStringLiteral("Revise")), Qt::LeftButton);
    const Proposal revised = *f.store().find(id);
    CHECK(revised.version == 2);
    CHECK_FALSE(revised.isFrozen());
    CHECK(editor->statusText() == QStringLiteral("Version 2 \u00b7 Draft"));
    CHECK_FALSE(editor->fieldsReadOnly());
    CHECK(editor->sentNotice()->isHidden());
    QTest::keyClick(editor->companyEdit(), Qt::Key_End);
    QTest::keyClicks(editor->companyEdit(), QStringLiteral(" Co"));
    CHECK(f.store().find(id)->prospect.company == QStringLiteral("Coastal Pump Co"));
    // Version 1 stays listed as it went out.
    const QList<QStringList> versions = rowsOf(editor->versionsTable());
    REQUIRE(versions.size() == 1);
    CHECK(versions.first().at(0) == QStringLiteral("1"));
    CHECK(versions.first().at(3)
          == QString::fromLatin1(
              QCryptographicHash::hash("%PDF-1.4 P-2026-001 v1", QCryptographicHash::Sha256)
                  .toHex()
                  .left(12)));
}

TEST_CASE("A proposal above the approval threshold is sent only once its approval is recorded",
          "[gui][proposals][approval]")
{
    ProposalFixture f;
    WorkspaceSettings settings = f.workspace().settings();
    settings.approvalThresholdMinor = 500000; // $5,000
    f.workspace().setSettings(settings);
    Proposal proposal;
    proposal.prospect.company = QStringLiteral("Coastal Pump");
    proposal.prospect.staff = 60; // formal
    proposal.lines.append(
        {0, QStringLiteral("Odoo project"), 1, Money::fromMajor(7500, QStringLiteral("AUD"))});
    const qint64 id = *f.store().add(proposal);
    f.page->selectItem(id);
    ProposalEditor *editor = f.editor();
    CHECK(editor->statusText() == QStringLiteral("Version 1 \u00b7 Draft \u00b7 needs approval"));
    CHECK(editor->approvalNotice()->text()
          == QStringLiteral("This formal proposal's one-off total of $7,500 is above the approval "
                            "threshold of $5,000: record who approved it before it is sent."));
    CHECK(editor->recordApprovalAction()->isEnabled());

    // Sending says what is missing; cancelled, nothing is sent.
    whenShown<QMessageBox>([](QMessageBox *box) {
        REQUIRE(box->objectName() == QStringLiteral("approvalMissingBox"));
        box->button(QMessageBox::Cancel)->click();
    });
    editor->markSentAction()->trigger();
    CHECK_FALSE(f.store().find(id)->isFrozen());

    // Its way to record the approval leads on to sending.
    whenShown<QMessageBox>([](QMessageBox *box) {
        REQUIRE(box->objectName() == QStringLiteral("approvalMissingBox"));
        whenShown<QInputDialog>([](QInputDialog *dialog) {
            confirmSending(false);
            dialog->setTextValue(QStringLiteral("Dana Kerr"));
            dialog->accept();
        });
        boxButton(box, QStringLiteral("Record Approval\u2026"))->click();
    });
    editor->markSentAction()->trigger();
    const Proposal sent = *f.store().find(id);
    REQUIRE(sent.isFrozen());
    CHECK(sent.sent.first().approvedBy == QStringLiteral("Dana Kerr"));
    CHECK(rowsOf(editor->versionsTable()).first().at(4) == QStringLiteral("Dana Kerr"));
    CHECK(editor->approvalNotice()->isHidden());
    CHECK_FALSE(editor->recordApprovalAction()->isEnabled());
}

TEST_CASE("Changes since the version sent show a changed price old beside new",
          "[gui][proposals][versions]")
{
    ProposalFixture f;
    const qint64 id = addDraft(f);
    ProposalEditor *editor = f.editor();
    CHECK_FALSE(editor->changesShown());
    REQUIRE(f.store().send(id, pdfOf));
    // One version alone has nothing to compare with.
    CHECK_FALSE(editor->changesShown());
    REQUIRE(f.store().revise(id));
    CHECK(editor->changesShown());
    CHECK(editor->changesTitle() == QStringLiteral("Changes since version 1"));
    CHECK(rowsOf(editor->changesTable()).isEmpty());

    // The price typed into the line, as the user edits it.
    QAbstractItemModel *lines = editor->linesView()->model();
    REQUIRE(lines->setData(lines->index(0, ProposalLinesModel::UnitPrice), QStringLiteral("1550")));
    CHECK(headersOf(editor->changesTable())
          == QStringList{QStringLiteral("What changed"), QStringLiteral("Version 1"),
                         QStringLiteral("Now")});
    CHECK(rowsOf(editor->changesTable())
          == QList<QStringList>{{QStringLiteral("Procedure writing day: unit price"),
                                 QStringLiteral("AUD 1,400.00"), QStringLiteral("AUD 1,550.00")},
                                {QStringLiteral("One-off total"), QStringLiteral("AUD 1,400.00"),
                                 QStringLiteral("AUD 1,550.00")}});
    // The status line points to them.
    QLabel *link = nullptr;
    for (auto *label : editor->findChildren<QLabel *>())
        if (label->accessibleName() == QStringLiteral("Changes since the version sent"))
            link = label;
    REQUIRE(link != nullptr);
    CHECK(link->isVisibleTo(editor));
    CHECK(link->text().contains(QStringLiteral(">2 changes since version 1<")));

    // Printing them is the draft's choice, one undo step.
    QCheckBox *print = editor->printChangesBox();
    CHECK(print->isVisibleTo(editor));
    CHECK(print->text().remove(QLatin1Char('&'))
          == QStringLiteral("Print the changes since version 1 as the last page"));
    CHECK_FALSE(print->isChecked());
    QTest::mouseClick(print, Qt::LeftButton);
    CHECK(f.store().find(id)->printChanges);
    f.workspace().undoStack()->undo();
    CHECK_FALSE(f.store().find(id)->printChanges);
    CHECK_FALSE(print->isChecked());

    // Once version 2 went out, any two versions compare.
    REQUIRE(f.store().send(id, pdfOf));
    CHECK(editor->changesTitle() == QStringLiteral("Changes from version 1 to version 2"));
    CHECK(rowsOf(editor->changesTable()).size() == 2);
    CHECK_FALSE(print->isEnabled());
    editor->compareVersions(2, 2);
    CHECK(rowsOf(editor->changesTable()).isEmpty());
}

TEST_CASE("Export Version as PDF writes exactly the bytes that were sent",
          "[gui][proposals][versions][print]")
{
    ProposalFixture f;
    const qint64 id = addDraft(f);
    QSettings().setValue(QStringLiteral("lastPdfFolder"), f.dir.path());
    // Marking it sent offers to save the PDF to send straight away.
    confirmSending(true);
    saveInNextFileDialog();
    f.editor()->markSentAction()->trigger();
    REQUIRE(QTest::qWaitFor([&] { return !f.store().find(id)->sent.isEmpty(); }));
    const QByteArray pdf = f.store().find(id)->sent.first().pdf;
    QFile saved(f.dir.filePath(QStringLiteral("P-2026-001 v1 Coastal Pump.pdf")));
    REQUIRE(QTest::qWaitFor([&] { return saved.exists(); }));
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll() == pdf);
    saved.close();
    // The copy the prospect gets reads as sent: no DRAFT across it.
    const QString text = test::pdfText(saved.fileName());
    CHECK(text.contains(QStringLiteral("Coastal Pump")));
    CHECK_FALSE(text.contains(QStringLiteral("DRAFT")));
    REQUIRE(saved.remove());

    // After revising and changing the price, version 1 still exports as it went out.
    REQUIRE(f.store().revise(id));
    Proposal changed = *f.store().find(id);
    changed.lines[0].unitPrice = Money::fromMajor(1550, QStringLiteral("AUD"));
    REQUIRE(f.store().update(changed, QStringLiteral("Change the price")));
    saveInNextFileDialog();
    f.editor()->exportVersionAction()->trigger();
    REQUIRE(QTest::qWaitFor([&] { return saved.exists(); }));
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll() == pdf);
}

TEST_CASE("Export PDF of a sent proposal writes the version as it was sent", "[gui][proposals]")
{
    ProposalFixture f;
    f.openWithRunOutProposal();
    const QString path = f.dir.filePath(QStringLiteral("P-2024-009.pdf"));
    REQUIRE(f.window.printActions()->exportPdfTo(path).isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("%PDF-1.4 as sent"));
}
