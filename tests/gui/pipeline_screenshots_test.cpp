// Pictures of the Proposals page with its pipeline, light and dark, at the smallest and a large
// window size, and of Close as Won and Close as Lost. Hidden from the normal run:
// CLIENTELE_SHOTS=DIR clientele_gui_tests "[.pipelineshots]"

#include "guifixture.h"

#include "clientele/core/proposalbook.h"
#include "clientele/gui/closeproposaldialog.h"
#include "clientele/gui/fileactions.h"
#include "clientele/gui/proposalspage.h"
#include "clientele/gui/settingsdialog.h"
#include "clientele/gui/theme.h"

#include <QComboBox>
#include <QDir>

#include <array>

using namespace clientele;

namespace {

void save(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CLIENTELE_SHOTS", QDir::tempPath());
    REQUIRE(widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

// Opens the dialog `action` shows, lets `prepare` fill it in, saves its picture and cancels.
template <typename Dialog>
void shootDialog(QAction *action, const QString &name,
                 const std::function<void(Dialog *)> &prepare = {})
{
    bool shot = false;
    whenShown<Dialog>([&](Dialog *dialog) {
        if (prepare)
            prepare(dialog);
        QTest::qWait(80);
        save(*dialog, name);
        shot = true;
        dialog->reject();
    });
    action->trigger();
    CHECK(shot);
}

const std::array<std::pair<Theme, QString>, 2> &themes()
{
    static const std::array<std::pair<Theme, QString>, 2> both = {
        std::pair(Theme::Light, QStringLiteral("light")),
        std::pair(Theme::Dark, QStringLiteral("dark"))};
    return both;
}

} // namespace

TEST_CASE("Screenshots of the proposals pipeline", "[.pipelineshots]")
{
    GuiFixture f;
    REQUIRE(f.window.fileActions()->openSample());
    auto *page = f.window.showPage<ProposalsPage>();
    REQUIRE(page != nullptr);
    // The sent proposal won, so every figure has something to show.
    ProposalBook *book = f.workspace().proposals();
    const auto sent = book->findByNumber(QStringLiteral("P-2026-001"));
    REQUIRE(sent.has_value());
    for (const auto &[theme, themeName] : themes()) {
        applyTheme(theme);
        for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
            f.window.resize(size);
            QTest::qWait(80);
            save(f.window, QStringLiteral("pipeline-%1-%2").arg(size.width()).arg(themeName));
        }
        f.window.resize(1024, 700);
        page->selectItem(sent->id);
        QTest::qWait(50);
        shootDialog<CloseWonDialog>(childOf<QAction>(page, QStringLiteral("closeWonAction")),
                                    QStringLiteral("close-won-") + themeName);
        shootDialog<CloseLostDialog>(childOf<QAction>(page, QStringLiteral("closeLostAction")),
                                     QStringLiteral("close-lost-") + themeName);
        shootDialog<CloseLostDialog>(childOf<QAction>(page, QStringLiteral("closeLostAction")),
                                     QStringLiteral("close-lost-not-a-fit-") + themeName,
                                     [](CloseLostDialog *dialog) {
                                         dialog->reasonCombo()->setCurrentText(notAFitReason());
                                     });
    }
    REQUIRE(book->closeWon(sent->id, QDate::currentDate(), QStringLiteral("Dave Kowalski"), {}));
    for (const auto &[theme, themeName] : themes()) {
        applyTheme(theme);
        QTest::qWait(80);
        save(f.window, QStringLiteral("pipeline-won-1024-") + themeName);
    }
    // Large sums, and proposals in another currency.
    for (const QString &currency : {QStringLiteral("AUD"), QStringLiteral("NZD")})
        for (int i = 0; i < 6; ++i) {
            Proposal big;
            big.currency = currency;
            big.lines = {{0, QStringLiteral("Rollout"), 1, Money::fromMajor(987'654, currency)}};
            REQUIRE(book->add(big).ok());
        }
    f.window.resize(1024, 700);
    for (const auto &[theme, themeName] : themes()) {
        applyTheme(theme);
        QTest::qWait(80);
        save(f.window, QStringLiteral("pipeline-busy-1024-") + themeName);
    }
    // The settings with the approval threshold and a reason the user added.
    WorkspaceSettings settings = f.workspace().settings();
    settings.approvalThresholdMinor = 2'500'000;
    settings.lostReasons = {QStringLiteral("Budget moved to next year")};
    f.workspace().setSettings(settings);
    for (const auto &[theme, themeName] : themes()) {
        applyTheme(theme);
        SettingsDialog dialog(&f.workspace(), &f.window);
        dialog.show();
        QTest::qWait(80);
        save(dialog, QStringLiteral("settings-") + themeName);
    }
    applyTheme(Theme::System);
}
