#include "guifixture.h"

#include "clientele/core/proposalbook.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/closeproposaldialog.h"
#include "clientele/gui/fileactions.h"
#include "clientele/gui/pipelineview.h"
#include "clientele/gui/proposalspage.h"
#include "clientele/storage/proposalrepository.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>

using namespace clientele;

namespace {

// What the band above the proposals list shows, figure by figure.
struct Shown {
    QString draft, sent, won, lost, winRate, days, monthly;

    friend bool operator==(const Shown &, const Shown &) = default;
};

Shown shown(const PipelineView *view)
{
    return {view->shownFigure(QStringLiteral("pipelineDraft")),
            view->shownFigure(QStringLiteral("pipelineSent")),
            view->shownFigure(QStringLiteral("pipelineWon")),
            view->shownFigure(QStringLiteral("pipelineLost")),
            view->shownFigure(QStringLiteral("pipelineWinRate")),
            view->shownFigure(QStringLiteral("pipelineDaysToDecision")),
            view->shownFigure(QStringLiteral("pipelineMonthlyWon"))};
}

// The bars' lengths as shares of the longest, in percent.
QList<int> barPercents(const PipelineView *view)
{
    QList<int> percents;
    for (const QString &name :
         {QStringLiteral("pipelineDraftBar"), QStringLiteral("pipelineSentBar"),
          QStringLiteral("pipelineWonBar"), QStringLiteral("pipelineLostBar")})
        percents << qRound(childOf<QWidget>(view, name)->property("fraction").toDouble() * 100);
    return percents;
}

// Closes the selected proposal through the page's action and its dialog, as a user would.
void closeSelected(ProposalsPage *page, bool won, const QString &reason = {})
{
    whenShown<CloseProposalDialog>([won, reason](CloseProposalDialog *dialog) {
        if (!won)
            static_cast<CloseLostDialog *>(dialog)->reasonCombo()->setCurrentText(reason);
        QTest::mouseClick(childOf<QDialogButtonBox>(dialog)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    childOf<QAction>(page,
                     won ? QStringLiteral("closeWonAction") : QStringLiteral("closeLostAction"))
        ->trigger();
}

} // namespace

namespace Catch {
template <> struct StringMaker<Shown> {
    static std::string convert(const Shown &s)
    {
        return QStringList({s.draft, s.sent, s.won, s.lost, s.winRate, s.days, s.monthly})
            .join(QStringLiteral(" | "))
            .toStdString();
    }
};
} // namespace Catch

TEST_CASE("The pipeline shows the sample's proposals as worked out by hand",
          "[gui][proposals][pipeline]")
{
    GuiFixture f;
    REQUIRE(f.window.fileActions()->openSample());
    auto *page = f.window.showPage<ProposalsPage>();
    REQUIRE(page != nullptr);
    const auto *view = childOf<PipelineView>(page);

    // resources/sample/sample-workspace.json, a proposal's value being its one-off total and
    // twelve months of its monthly total:
    // P-2026-001, sent: 2 × $1,400 once + $1,650 a month → $2,800 + $19,800 = $22,600.
    // P-2026-002, draft: $18,500 + 3 × $1,400 once + $1,650 a month
    //   → $22,700 + $19,800 = $42,500.
    CHECK(shown(view)
          == Shown{QStringLiteral("1 \u00b7 $42,500"), QStringLiteral("1 \u00b7 $22,600"),
                   QStringLiteral("0 \u00b7 $0"), QStringLiteral("0 \u00b7 $0"),
                   QStringLiteral("\u2014"), QStringLiteral("\u2014"), QStringLiteral("$0")});
    // One scale: the draft is the longest bar, the sent one 22,600 / 42,500 = 53 % of it.
    CHECK(barPercents(view) == QList<int>({100, 53, 0, 0}));
    CHECK(childOf<QLabel>(view, QStringLiteral("pipelineOtherCurrencies"))->isHidden());

    // The sent proposal won, the draft lost: each closed from the page.
    ProposalBook *book = f.workspace().proposals();
    page->selectItem(book->findByNumber(QStringLiteral("P-2026-001"))->id);
    closeSelected(page, true);
    CHECK(shown(view)
          == Shown{QStringLiteral("1 \u00b7 $42,500"), QStringLiteral("0 \u00b7 $0"),
                   QStringLiteral("1 \u00b7 $22,600"), QStringLiteral("0 \u00b7 $0"),
                   QStringLiteral("100%"), QStringLiteral("\u2014"), QStringLiteral("$1,650")});
    page->selectItem(book->findByNumber(QStringLiteral("P-2026-002"))->id);
    closeSelected(page, false, QStringLiteral("Price"));
    // One won of two decided; neither was sent as a frozen version, so no days to a decision.
    CHECK(shown(view)
          == Shown{QStringLiteral("0 \u00b7 $0"), QStringLiteral("0 \u00b7 $0"),
                   QStringLiteral("1 \u00b7 $22,600"), QStringLiteral("1 \u00b7 $42,500"),
                   QStringLiteral("50%"), QStringLiteral("\u2014"), QStringLiteral("$1,650")});
    CHECK(barPercents(view) == QList<int>({0, 0, 53, 100}));

    // Undo follows at once.
    f.workspace().undoStack()->undo();
    CHECK(shown(view).lost == QStringLiteral("0 \u00b7 $0"));
    CHECK(shown(view).draft == QStringLiteral("1 \u00b7 $42,500"));
    CHECK(shown(view).winRate == QStringLiteral("100%"));
}

TEST_CASE("The pipeline averages the days from sending to a decision and names other currencies",
          "[gui][proposals][pipeline]")
{
    GuiFixture f;
    const QDate today = QDate::currentDate();

    // Three proposals sent 3, 8 and 10 days ago, each one line of $1,000 once, written to a
    // file below the book (sending today could not date them back) and then opened.
    const QString path = f.dir.filePath(QStringLiteral("sent.clientele"));
    auto created = Workspace::create(path);
    REQUIRE(created.ok());
    ProposalRepository repository((*created)->file().database());
    auto sentDaysAgo = [&](const QString &number, int days, const QString &currency) {
        Proposal proposal;
        proposal.number = number;
        proposal.currency = currency;
        proposal.status = ProposalStatus::Sent;
        proposal.issued = today.addDays(-days);
        proposal.validUntil = today.addDays(30);
        proposal.lines = {{0, QStringLiteral("Review"), 1, Money::fromMajor(1000, currency)}};
        // Stored first: a version keeps the content of the stored proposal, id and all.
        proposal = repository.save(proposal);
        ProposalVersion version;
        version.sentAt = QDateTime(today.addDays(-days), QTime(12, 0)).toUTC();
        version.validUntil = proposal.validUntil;
        version.pdf = QByteArray("%PDF-1.4 sent");
        version.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(version.pdf, QCryptographicHash::Sha256).toHex());
        version.content = std::make_shared<const Proposal>(proposalContent(proposal));
        proposal.sent = {version};
        return repository.save(proposal).id;
    };
    const qint64 a = sentDaysAgo(QStringLiteral("P-1"), 3, QStringLiteral("AUD"));
    const qint64 b = sentDaysAgo(QStringLiteral("P-2"), 8, QStringLiteral("AUD"));
    const qint64 c = sentDaysAgo(QStringLiteral("P-3"), 10, QStringLiteral("NZD"));
    created->reset();
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    f.window.setWorkspace(std::move(*opened));
    auto *page = f.window.showPage<ProposalsPage>();
    REQUIRE(page != nullptr);
    const auto *view = childOf<PipelineView>(page);
    REQUIRE(f.workspace().proposals()->find(a)->isFrozen());
    CHECK(shown(view).sent == QStringLiteral("3 \u00b7 $2,000"));
    // The NZD proposal is counted but left out of the money, and the band says so.
    const auto *note = childOf<QLabel>(view, QStringLiteral("pipelineOtherCurrencies"));
    CHECK_FALSE(note->isHidden());
    CHECK(note->text()
          == QStringLiteral(
              "One proposal in another currency than AUD is counted but left out of the money."));

    // Won today after 3 and 10 days, lost today after 8: (3 + 8 + 10) / 3 = 7 days.
    page->selectItem(a);
    closeSelected(page, true);
    page->selectItem(b);
    closeSelected(page, false, QStringLiteral("Timing"));
    page->selectItem(c);
    closeSelected(page, true);
    // Two won of three decided: 66.7 %; the NZD win adds to the count only.
    CHECK(shown(view)
          == Shown{QStringLiteral("0 \u00b7 $0"), QStringLiteral("0 \u00b7 $0"),
                   QStringLiteral("2 \u00b7 $1,000"), QStringLiteral("1 \u00b7 $1,000"),
                   QStringLiteral("66.7%"), QStringLiteral("7"), QStringLiteral("$0")});
    // Undoing the last win: (3 + 8) / 2 = 5.5 days, one won of two.
    f.workspace().undoStack()->undo();
    CHECK(shown(view).days == QStringLiteral("5.5"));
    CHECK(shown(view).winRate == QStringLiteral("50%"));
}
