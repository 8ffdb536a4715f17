#include "clientele/domain/reviewchanges.h"

#include "clientele/domain/exclusionrule.h"
#include "clientele/domain/idealprofile.h"
#include "clientele/domain/profilefields.h"
#include "itemmatching.h"

#include <QCoreApplication>

namespace clientele {

using namespace detail;

namespace {

// Items with a uuid are the same item when their uuids are; older ones without, by their id.
template <typename Item>
QList<MatchedPair> matchByIdentity(const QList<Item> &before, const QList<Item> &after)
{
    using Same = std::function<bool(const Item &, const Item &)>;
    return matchItems(before, after,
                      QList<Same>{[](const Item &a, const Item &b) {
                                      return !a.uuid.isNull() && a.uuid == b.uuid;
                                  },
                                  [](const Item &a, const Item &b) {
                                      return (a.uuid.isNull() || b.uuid.isNull()) && a.id != 0
                                             && a.id == b.id;
                                  }});
}

template <typename Item> QString identity(const Item &item)
{
    return item.uuid.isNull() ? QString::number(item.id) : item.uuid.toString(QUuid::WithoutBraces);
}

// One group per item of a list: its field changes when in both, one change when added or
// removed.
template <typename Item>
void itemGroups(QList<ReviewChangeGroup> &groups, const QList<Item> &before,
                const QList<Item> &after, const QList<ItemField<Item>> &fields,
                const QString &title, const QString &presence)
{
    for (const MatchedPair &pair : matchByIdentity(before, after)) {
        const Item &shown = pair.after >= 0 ? after[pair.after] : before[pair.before];
        ReviewChangeGroup group{title.arg(shown.name), {}};
        if (pair.before < 0)
            group.changes.append({QStringLiteral("added"), presence, QString(), shown.name});
        else if (pair.after < 0)
            group.changes.append({QStringLiteral("removed"), presence, shown.name, QString()});
        else
            group.changes = changedFields(fields, before[pair.before], after[pair.after]);
        if (!group.changes.isEmpty())
            groups.append(group);
    }
}

// A "not our customer" list as its change shows it: each entry's rule in the words of the
// round's chart ("Number of employees is less than 2"), not in the form it is stored in.
QString readableExclusions(const QString &lines, const IcpChart &chart)
{
    QStringList shown;
    for (const QString &line : lines.split(u'\n')) {
        QStringList parts = line.split(u'\t');
        if (parts.size() > 2)
            if (const auto rule = ExclusionRule::fromJson(parts.mid(2).join(u'\t')))
                parts = {parts.at(0), parts.at(1), rule->describe(chart)};
        shown << parts.join(u'\t');
    }
    return shown.join(u'\n');
}

void describeRules(QList<ReviewChangeGroup> &profileGroups, const IcpChart &before,
                   const IcpChart &after)
{
    const QString key = listKey(ProfileList::Exclusions);
    for (ReviewChangeGroup &group : profileGroups)
        for (FieldChange &change : group.changes)
            if (change.key == key) {
                change.before = readableExclusions(change.before, before);
                change.after = readableExclusions(change.after, after);
            }
}

// A profile's lists entry by entry: one "not our customer" entry added reads as that entry,
// not as the whole list twice.
void splitLists(QList<ReviewChangeGroup> &profileGroups)
{
    QStringList keys;
    for (ProfileList list : allProfileLists())
        keys << listKey(list);
    for (ReviewChangeGroup &group : profileGroups) {
        QList<FieldChange> split;
        for (const FieldChange &change : group.changes)
            split += keys.contains(change.key) ? entryChanges(change) : QList<FieldChange>{change};
        group.changes = split;
    }
}

// --- The chart ----------------------------------------------------------------------------

QString clientName(const IcpChart &chart, qsizetype index)
{
    const QString name = chart.clients().at(index).name.simplified();
    return name.isEmpty() ? ChartClient::defaultName(int(index) + 1) : name;
}

QString attributeName(const IcpChart &chart, qsizetype index)
{
    return chart.attributes().at(index).label.simplified();
}

// Added, removed and renamed: the name before and after.
template <typename Item>
void nameChanges(QList<FieldChange> &changes, const QString &kind, const QString &label,
                 const QList<Item> &before, const QList<Item> &after,
                 const std::function<QString(bool later, qsizetype index)> &name)
{
    for (const MatchedPair &pair : matchByIdentity(before, after)) {
        const QString old = pair.before >= 0 ? name(false, pair.before) : QString();
        const QString now = pair.after >= 0 ? name(true, pair.after) : QString();
        if (old != now)
            changes.append(
                {kind + u'/' + identity(pair.after >= 0 ? after[pair.after] : before[pair.before]),
                 label, old, now});
    }
}

ReviewChangeGroup chartGroup(const IcpChart &before, const IcpChart &after)
{
    ReviewChangeGroup group{QCoreApplication::translate("clientele::ReviewChanges", "ICP chart"),
                            {}};
    nameChanges<ChartClient>(group.changes, QStringLiteral("clients"),
                             QCoreApplication::translate("clientele::ReviewChanges", "Client"),
                             before.clients(), after.clients(), [&](bool later, qsizetype index) {
                                 return clientName(later ? after : before, index);
                             });
    const QList<MatchedPair> attributes = matchByIdentity(before.attributes(), after.attributes());
    nameChanges<Attribute>(
        group.changes, QStringLiteral("attributes"),
        QCoreApplication::translate("clientele::ReviewChanges", "Attribute"), before.attributes(),
        after.attributes(),
        [&](bool later, qsizetype index) { return attributeName(later ? after : before, index); });
    if (before.weighting() != after.weighting())
        group.changes.append({QStringLiteral("weighting"),
                              QCoreApplication::translate("clientele::ReviewChanges", "Weighting"),
                              weightingLabel(before.weighting()),
                              weightingLabel(after.weighting())});

    const IdealProfile idealBefore = deriveIdealProfile(before);
    const IdealProfile idealAfter = deriveIdealProfile(after);
    const auto idealText = [](const IdealProfile &ideal, const Attribute &attribute) {
        const DerivedValue *value = ideal.value(attribute.id);
        return value ? value->text : QString();
    };
    for (const MatchedPair &pair : attributes) {
        if (pair.after < 0)
            continue; // its removal says it all
        const Attribute &attribute = after.attributes().at(pair.after);
        const QString old = pair.before >= 0
                                ? idealText(idealBefore, before.attributes().at(pair.before))
                                : QString();
        const QString now = idealText(idealAfter, attribute);
        if (old != now)
            group.changes.append(
                {QStringLiteral("ideal/") + identity(attribute),
                 QCoreApplication::translate("clientele::ReviewChanges", "%1: ideal")
                     .arg(attributeName(after, pair.after)),
                 old, now});
    }
    return group;
}

} // namespace

QList<ReviewChangeGroup> reviewChanges(const ReviewSnapshot &before, const ReviewSnapshot &after)
{
    QList<ReviewChangeGroup> groups;
    itemGroups(groups, before.profiles, after.profiles, profileFields(),
               QCoreApplication::translate("clientele::ReviewChanges", "Profile: %1"),
               QCoreApplication::translate("clientele::ReviewChanges", "Profile"));
    describeRules(groups, before.chart, after.chart);
    splitLists(groups);
    if (ReviewChangeGroup chart = chartGroup(before.chart, after.chart); !chart.changes.isEmpty())
        groups.append(chart);
    itemGroups(groups, before.offers, after.offers, offerFields(),
               QCoreApplication::translate("clientele::ReviewChanges", "Offer: %1"),
               QCoreApplication::translate("clientele::ReviewChanges", "Offer"));
    return groups;
}

} // namespace clientele
