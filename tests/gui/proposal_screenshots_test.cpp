// Pictures of a proposal's life in the editor, light and dark, at the smallest and a large
// window size: a sent version frozen, version 2 with its changes, and a formal proposal
// waiting for its approval. Hidden from the normal
// run: CLIENTELE_SHOTS=DIR clientele_gui_tests "[.proposalshots]"

#include "proposalfixture.h"

#include "clientele/gui/fileactions.h"
#include "clientele/gui/theme.h"

#include <QDir>
#include <QLabel>

using namespace clientele;

namespace {

void save(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CLIENTELE_SHOTS", QDir::tempPath());
    REQUIRE(widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

Result<QByteArray> pdfOf(const Proposal &p)
{
    return QByteArray("%PDF-1.4 ") + p.number.toUtf8() + " v" + QByteArray::number(p.version);
}

} // namespace

TEST_CASE("Screenshots of a proposal's versions", "[.proposalshots]")
{
    ProposalFixture f;
    REQUIRE(f.window.fileActions()->openSample());
    f.page = f.window.showPage<ProposalsPage>();
    const auto proposal = f.store().findByNumber(QStringLiteral("P-2026-001"));
    REQUIRE(proposal.has_value());
    const qint64 id = proposal->id;
    f.page->selectItem(id);
    REQUIRE(f.store().send(id, pdfOf));
    const auto shoot = [&](const QString &what, const std::function<void()> &prepare = {}) {
        for (const auto &[theme, themeName] : {std::pair(Theme::Light, QStringLiteral("light")),
                                               std::pair(Theme::Dark, QStringLiteral("dark"))}) {
            applyTheme(theme);
            for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
                f.window.resize(size);
                QTest::qWait(80);
                if (prepare) {
                    prepare();
                    QTest::qWait(40);
                }
                save(
                    f.window,
                    QStringLiteral("proposal-%1-%2-%3").arg(what).arg(size.width()).arg(themeName));
            }
        }
    };
    shoot(QStringLiteral("sent"));

    REQUIRE(f.store().revise(id));
    Proposal changed = *f.store().find(id);
    changed.lines[1].unitPrice = Money::fromMajor(1550, changed.currency);
    changed.lines[1].quantity = 3;
    changed.terms += QStringLiteral(" Prices include two review meetings.");
    REQUIRE(f.store().update(changed, QStringLiteral("Change")));
    shoot(QStringLiteral("revised"));
    shoot(QStringLiteral("changes"), [&] {
        for (auto *label : f.editor()->findChildren<QLabel *>())
            if (label->accessibleName() == QStringLiteral("Changes since the version sent"))
                Q_EMIT label->linkActivated(QStringLiteral("#changes"));
    });

    // The formal proposal for Coastal Pump, above a $5,000 threshold, waits for its approval.
    WorkspaceSettings settings = f.workspace().settings();
    settings.approvalThresholdMinor = 500000;
    f.workspace().setSettings(settings);
    f.page->selectItem(f.store().findByNumber(QStringLiteral("P-2026-002"))->id);
    shoot(QStringLiteral("approval"));
    applyTheme(Theme::System);
}
