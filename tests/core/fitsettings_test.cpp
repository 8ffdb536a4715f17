// Editing what the fit score reads: an attribute's fit, an exclusion's rule and the grade bands,
// each one undoable step written with its history, and the scoring entry point that follows them.

#include "clientele/core/charteditor.h"
#include "clientele/core/history.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/prospectfit.h"
#include "clientele/core/workspace.h"
#include "clientele/storage/chartrepository.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/settingsrepository.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace clientele;

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("fit.clientele"));
    std::unique_ptr<Workspace> workspace;

    Fixture()
    {
        REQUIRE(writeSampleWorkspace(path).ok());
        auto opened = Workspace::open(path);
        REQUIRE(opened.ok());
        workspace = std::move(*opened);
    }

    std::unique_ptr<WorkspaceFile> reopened() const
    {
        auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
        REQUIRE(file.ok());
        return std::move(*file);
    }
    AttributeFit fitOnDisk(qint64 attribute) const
    {
        return ChartRepository(reopened()->database()).load().attribute(attribute)->fit;
    }
    std::optional<ExclusionRule> ruleOnDisk(qint64 profile, int row) const
    {
        return ProfileRepository(reopened()->database()).find(profile)->exclusions.at(row).rule;
    }
    ChartEditor *chart() const { return workspace->chart(); }
    ProfileStore *profiles() const { return workspace->profiles(); }
    QUndoStack *stack() const { return workspace->undoStack(); }
    const Attribute &revenue() const
    {
        return *chart()->chart().attribute(StandardAttribute::Revenue);
    }
    const Attribute &employees() const
    {
        return *chart()->chart().attribute(StandardAttribute::Employees);
    }
    // The sample's first profile, "Swamped owner …", and its "One-person operators".
    qint64 owner() const { return profiles()->all().constFirst().id; }
};

} // namespace

TEST_CASE("An attribute's fit is one undoable step, kept in the file with its history",
          "[core][fit]")
{
    Fixture f;
    const qint64 id = f.revenue().id;
    const AttributeFit chosen{false, FitImportance::Somewhat, std::optional<double>(15)};
    REQUIRE(f.chart()->setAttributeFit(id, chosen));
    CHECK(f.stack()->count() == 1);
    CHECK(f.stack()->undoText() == QStringLiteral("Change fit of \u201cAverage revenue\u201d"));
    CHECK(f.revenue().fit == chosen);
    CHECK(f.fitOnDisk(id) == chosen);

    const QList<ChangeRecord> records = f.workspace->history()->ofItem(History::kAttribute, id);
    REQUIRE(records.size() == 3);
    QStringList lines;
    for (const ChangeRecord &record : records)
        lines << QStringLiteral("%1: %2 \u2192 %3")
                     .arg(record.label, record.oldValue, record.newValue);
    lines.sort();
    CHECK(lines
          == QStringList{QStringLiteral("Fit distance: Default \u2192 15"),
                         QStringLiteral("Fit importance: Default \u2192 Somewhat important"),
                         QStringLiteral("Used for fit: Default \u2192 No")});

    f.stack()->undo();
    CHECK(f.revenue().fit == AttributeFit{});
    CHECK(f.fitOnDisk(id) == AttributeFit{});
    f.stack()->redo();
    CHECK(f.revenue().fit == chosen);
    CHECK(f.fitOnDisk(id) == chosen);

    // The same choices again change nothing; a distance of 0 is refused.
    REQUIRE(f.chart()->setAttributeFit(id, chosen));
    CHECK(f.stack()->count() == 1);
    const Status refused = f.chart()->setAttributeFit(id, {{}, {}, std::optional<double>(0)});
    CHECK_FALSE(refused.ok());
    CHECK(f.stack()->count() == 1);
    CHECK(f.revenue().fit == chosen);
}

TEST_CASE("An exclusion's rule is one undoable step, kept in the file with its history",
          "[core][fit]")
{
    Fixture f;
    const qint64 owner = f.owner();
    const CustomerProfile before = *f.profiles()->find(owner);
    REQUIRE(before.exclusions.at(2).text
            == QStringLiteral("Buyers who only want the cheapest licence"));
    REQUIRE_FALSE(before.exclusions.at(2).rule);
    const ExclusionRule rule{f.employees().uuid, RuleComparison::Greater, QStringLiteral("500")};
    const int steps = f.stack()->count();
    REQUIRE(f.profiles()->setExclusionRule(owner, 2, rule));
    CHECK(f.stack()->count() == steps + 1);
    CHECK(
        f.stack()->undoText()
        == QStringLiteral("Set the rule of \u201cBuyers who only want the cheapest licence\u201d"));
    CHECK(f.profiles()->find(owner)->exclusions.at(2).rule == rule);
    CHECK(f.ruleOnDisk(owner, 2) == rule);
    // The history shows the rule with the entry, and restoring the list brings it back.
    const ChangeRecord record =
        f.workspace->history()->ofItem(History::kProfile, owner).constFirst();
    CHECK(record.field == QStringLiteral("exclusions"));
    CHECK(record.newValue.contains(rule.toJson()));
    CHECK_FALSE(record.oldValue.contains(rule.toJson()));

    f.stack()->undo();
    CHECK_FALSE(f.profiles()->find(owner)->exclusions.at(2).rule);
    CHECK_FALSE(f.ruleOnDisk(owner, 2));
    // The undo's row holds the rule as the value before it.
    const ChangeRecord undone =
        f.workspace->history()->ofItem(History::kProfile, owner).constFirst();
    REQUIRE(undone.oldValue == record.newValue);
    REQUIRE(f.workspace->history()->restore(undone));
    CHECK(f.profiles()->find(owner)->exclusions.at(2).rule == rule);
    CHECK(f.ruleOnDisk(owner, 2) == rule);

    // Editing the entry's text keeps its rule; clearing the rule is a step of its own.
    f.profiles()->editListItem(owner, ProfileList::Exclusions, 2, QStringLiteral("Price shoppers"),
                               before.exclusions.at(2).detail);
    CHECK(f.profiles()->find(owner)->exclusions.at(2).rule == rule);
    REQUIRE(f.profiles()->setExclusionRule(owner, 2, std::nullopt));
    CHECK(f.stack()->undoText() == QStringLiteral("Remove the rule of \u201cPrice shoppers\u201d"));
    CHECK_FALSE(f.ruleOnDisk(owner, 2));
    CHECK_FALSE(f.profiles()->setExclusionRule(owner, 99, rule).ok());
}

TEST_CASE("Grade bands are an undoable setting, refused unless they fall from A to C",
          "[core][fit]")
{
    Fixture f;
    REQUIRE(f.workspace->setFitBands({90, 75, 50}));
    CHECK(f.workspace->settings().fitBands == FitBands{90, 75, 50});
    CHECK(SettingsRepository(f.reopened()->database()).load().fitBands == FitBands{90, 75, 50});
    const ChangeRecord record = f.workspace->history()->ofItem(History::kSettings, 0).constFirst();
    CHECK(record.oldValue == QStringLiteral("80 / 60 / 40"));
    CHECK(record.newValue == QStringLiteral("90 / 75 / 50"));
    f.stack()->undo();
    CHECK(f.workspace->settings().fitBands == FitBands{80, 60, 40});
    CHECK(SettingsRepository(f.reopened()->database()).load().fitBands == FitBands{80, 60, 40});

    for (const FitBands &bad : {FitBands{60, 60, 40}, FitBands{101, 60, 40}, FitBands{80, 30, 40},
                                FitBands{80, 60, -1}}) {
        CHECK_FALSE(f.workspace->setFitBands(bad).ok());
    }
    CHECK(f.stack()->count() == 1);
}

TEST_CASE("The fit model follows the chart, the rules and the bands, and says when it changes",
          "[core][fit]")
{
    Fixture f;
    ProspectFit fit(f.workspace.get());
    QSignalSpy changed(&fit, &ProspectFit::changed);
    CHECK(fit.model().bands() == FitBands{80, 60, 40});
    const auto counted = [&](qint64 attribute) {
        const auto &attributes = fit.model().attributes();
        return std::any_of(attributes.cbegin(), attributes.cend(),
                           [&](const FitAttribute &a) { return a.attribute.id == attribute; });
    };
    const qint64 employees = f.employees().id;
    REQUIRE(counted(employees));

    // A fit choice: the attribute no longer counts.
    REQUIRE(f.chart()->setAttributeFit(employees, {false, {}, {}}));
    CHECK(changed.count() == 1);
    CHECK_FALSE(counted(employees));

    // The sample's rule makes a one-person firm not a fit; without it, it is scored.
    Prospect solo;
    solo.company = QStringLiteral("Solo Fabrication");
    solo.values.insert(employees, ChartValue::fromNumber(NumberRange::exactly(1)));
    REQUIRE(fit.model().score(solo).disqualifiedBy);
    REQUIRE(f.profiles()->setExclusionRule(f.owner(), 0, std::nullopt));
    CHECK(changed.count() == 2);
    CHECK_FALSE(fit.model().score(solo).disqualifiedBy);
    REQUIRE(f.profiles()->setExclusionRule(
        f.owner(), 0,
        ExclusionRule{f.employees().uuid, RuleComparison::Less, QStringLiteral("2")}));
    CHECK(changed.count() == 3);
    const FitScore scored = fit.model().score(solo);
    REQUIRE(scored.disqualifiedBy);
    CHECK(scored.disqualifiedBy->entry == QStringLiteral("One-person operators"));
    CHECK(scored.grade == FitGrade::NotAFit);

    // A profile's name or another setting changes no score and says nothing.
    REQUIRE(f.profiles()->setField(f.owner(), ProfileField::Name, QStringLiteral("Owner")));
    WorkspaceSettings settings = f.workspace->settings();
    settings.consultancyName = QStringLiteral("Elsewhere");
    f.workspace->setSettings(settings);
    CHECK(changed.count() == 3);

    REQUIRE(f.workspace->setFitBands({70, 50, 30}));
    CHECK(changed.count() == 4);
    CHECK(fit.model().bands() == FitBands{70, 50, 30});
    // Undo is a change like any other.
    f.stack()->undo();
    CHECK(changed.count() == 5);
    CHECK(fit.model().bands() == FitBands{80, 60, 40});
    CHECK(ProspectFit::build(*f.workspace).bands() == FitBands{80, 60, 40});
    CHECK(ProspectFit::build(*f.workspace).score(solo).grade == FitGrade::NotAFit);
}
