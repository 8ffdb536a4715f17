// Pictures of Profile ▸ Review Rounds…, light and dark, at the smallest and a large window size.
// Hidden from the normal run: CLIENTELE_SHOTS=DIR clientele_gui_tests "[.reviewshots]"

#include "guifixture.h"

#include "clientele/core/offercatalogue.h"
#include "clientele/core/reviewrounds.h"
#include "clientele/gui/fileactions.h"
#include "clientele/gui/reviewroundsdialog.h"
#include "clientele/gui/theme.h"
#include "clientele/render/reviewpack.h"

#include <QDir>

using namespace clientele;

namespace {

void save(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CLIENTELE_SHOTS", QDir::tempPath());
    REQUIRE(widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

void startRound(Workspace &workspace, const QString &name)
{
    const WorkspaceSettings settings = workspace.settings();
    REQUIRE(workspace.reviews()->start(name, [&](const ReviewRound &round, const auto &changes) {
        return reviewPackPdf(round, settings, changes);
    }));
}

} // namespace

TEST_CASE("Screenshots of Review Rounds", "[.reviewshots]")
{
    GuiFixture f;
    REQUIRE(f.window.fileActions()->openSample());
    Workspace &workspace = f.workspace();
    startRound(workspace, {});
    REQUIRE(workspace.reviews()->signOff(workspace.reviews()->latest()->id,
                                         QStringLiteral("Dave Hunter")));
    const CustomerProfile owner = workspace.profiles()->all().first();
    REQUIRE(workspace.profiles()->setField(owner.id, ProfileField::Industry,
                                           QStringLiteral("Electrical contracting")));
    workspace.profiles()->insertListItem(
        owner.id, ProfileList::Exclusions, 0,
        {0, QStringLiteral("Franchisees"),
         QStringLiteral("Head office decides their systems and procedures.")});
    const Offer offer = workspace.offers()->all().first();
    REQUIRE(workspace.offers()->setPrice(
        offer.id, Money(offer.price.minorUnits() + 50000, offer.price.currency())));
    startRound(workspace, QStringLiteral("After the workshop"));

    auto *page = f.window.showPage<ProfilesPage>();
    REQUIRE(page != nullptr);
    for (const auto &[theme, themeName] : {std::pair(Theme::Light, QStringLiteral("light")),
                                           std::pair(Theme::Dark, QStringLiteral("dark"))}) {
        applyTheme(theme);
        f.window.resize(1024, 700);
        QTest::qWait(50);
        save(f.window, QStringLiteral("profiles-1024-") + themeName);
        ReviewRoundsDialog *dialog = page->openReviewRounds();
        for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
            dialog->resize(size);
            dialog->selectRound(2);
            QTest::qWait(80);
            save(*dialog, QStringLiteral("reviewrounds-%1-%2").arg(size.width()).arg(themeName));
        }
        dialog->selectRound(1);
        QTest::qWait(50);
        save(*dialog, QStringLiteral("reviewrounds-first-") + themeName);
        dialog->close();
        QTest::qWait(20);
    }
    applyTheme(Theme::System);
}
