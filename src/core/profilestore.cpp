#include "clientele/core/profilestore.h"

#include <QCoreApplication>

namespace clientele {

namespace {

Error gone()
{
    return Error{
        QCoreApplication::translate("clientele::ProfileStore", "That profile no longer exists.")};
}

MergeId mergeOf(ProfileField field)
{
    return static_cast<MergeId>(static_cast<int>(MergeId::ProfileName) + static_cast<int>(field));
}

} // namespace

ProfileStore::ProfileStore(Workspace *workspace)
    : SnapshotStore(workspace)
{
}

int ProfileStore::count() const
{
    if (!isLoaded()) {
        try {
            return ProfileRepository(m_workspace->file().database()).count();
        } catch (const std::exception &) {
            // Reading them all reports the damage.
        }
    }
    return SnapshotStore::count();
}

void ProfileStore::change(const CustomerProfile &before, CustomerProfile after, const QString &text,
                          MergeId merge)
{
    after.updated = QDateTime::currentDateTimeUtc();
    push({before}, {after}, text, merge);
}

Status ProfileStore::setField(qint64 id, ProfileField field, const QString &text)
{
    const auto before = find(id);
    if (!before)
        return gone();
    if (fieldText(*before, field) == text)
        return success();
    CustomerProfile after = *before;
    if (auto set = setFieldText(after, field, text); !set)
        return set;
    change(*before, after, fieldEditText(field), mergeOf(field));
    return success();
}

qint64 ProfileStore::add(const QString &name)
{
    CustomerProfile created;
    created.name = name;
    created.created = QDateTime::currentDateTimeUtc();
    created.updated = created.created;
    push({std::nullopt}, {created}, tr("Add profile"));
    return lastAdded();
}

void ProfileStore::remove(qint64 id)
{
    if (const auto before = find(id))
        push({before}, {std::nullopt}, tr("Remove profile \u201c%1\u201d").arg(before->name));
}

qint64 ProfileStore::duplicate(qint64 id)
{
    const auto original = find(id);
    if (!original)
        return 0;
    CustomerProfile copy = *original;
    copy.id = 0;
    copy.uuid = {};
    copy.name = tr("%1 (copy)").arg(original->name);
    copy.created = QDateTime::currentDateTimeUtc();
    copy.updated = copy.created;
    for (ProfileList list : allProfileLists())
        for (auto &item : listItems(copy, list)) {
            item.id = 0;
            item.uuid = {};
        }
    push({std::nullopt}, {copy}, tr("Duplicate profile"));
    return lastAdded();
}

void ProfileStore::insertListItem(qint64 id, ProfileList list, int row, const ProfileItem &item)
{
    const auto before = find(id);
    if (!before)
        return;
    CustomerProfile after = *before;
    auto &items = listItems(after, list);
    ProfileItem added = item;
    added.id = 0;
    added.uuid = {};
    items.insert(qBound(0, row, static_cast<int>(items.size())), added);
    change(*before, after, listEditTexts(list).add);
}

void ProfileStore::removeListItem(qint64 id, ProfileList list, int row)
{
    const auto before = find(id);
    if (!before || row < 0 || row >= listItems(*before, list).size())
        return;
    CustomerProfile after = *before;
    listItems(after, list).removeAt(row);
    change(*before, after, listEditTexts(list).remove);
}

void ProfileStore::moveListItem(qint64 id, ProfileList list, int from, int to)
{
    const auto before = find(id);
    if (!before)
        return;
    const int size = static_cast<int>(listItems(*before, list).size());
    if (from < 0 || from >= size || to < 0 || to >= size || from == to)
        return;
    CustomerProfile after = *before;
    listItems(after, list).move(from, to);
    change(*before, after, listEditTexts(list).reorder);
}

void ProfileStore::editListItem(qint64 id, ProfileList list, int row, const QString &text,
                                const QString &detail)
{
    const auto before = find(id);
    if (!before || row < 0 || row >= listItems(*before, list).size())
        return;
    CustomerProfile after = *before;
    auto &item = listItems(after, list)[row];
    if (item.text == text && item.detail == detail)
        return;
    item.text = text;
    item.detail = detail;
    change(*before, after, listEditTexts(list).edit);
}

Status ProfileStore::setExclusionRule(qint64 id, int row, const std::optional<ExclusionRule> &rule)
{
    const auto before = find(id);
    if (!before)
        return gone();
    if (row < 0 || row >= before->exclusions.size())
        return Error{tr("That entry is no longer in the list.")};
    std::optional<ExclusionRule> kept = rule;
    if (kept && kept->isEmpty())
        kept.reset(); // a rule without a value matches nothing
    if (before->exclusions.at(row).rule == kept)
        return success();
    CustomerProfile after = *before;
    after.exclusions[row].rule = kept;
    change(*before, after,
           kept ? tr("Set the rule of \u201c%1\u201d").arg(before->exclusions.at(row).text)
                : tr("Remove the rule of \u201c%1\u201d").arg(before->exclusions.at(row).text));
    return success();
}

Status ProfileStore::replace(const CustomerProfile &before, const CustomerProfile &after,
                             const QString &text)
{
    if (find(before.id) != before)
        return Error{tr("The profile has changed meanwhile; try again.")};
    change(before, after, text);
    return success();
}

Status ProfileStore::restoreField(qint64 id, const QString &key, const QString &text)
{
    const auto before = find(id);
    if (!before)
        return gone();
    CustomerProfile after = *before;
    if (Status set = setFieldFromText(profileFields(), after, key, text); !set)
        return set;
    if (after != *before)
        change(*before, after, tr("Restore an earlier value"));
    return success();
}

QString ProfileStore::fieldEditText(ProfileField field)
{
    switch (field) {
    case ProfileField::Name: return tr("Rename the profile");
    case ProfileField::Customer: return tr("Edit the customer");
    case ProfileField::Demographics: return tr("Edit the demographics");
    case ProfileField::Psychographics: return tr("Edit the psychographics");
    case ProfileField::Industry: return tr("Edit the industry");
    case ProfileField::BusinessSize: return tr("Edit the business size");
    case ProfileField::BusinessType: return tr("Edit the business type");
    case ProfileField::Person: return tr("Edit the description of the person");
    case ProfileField::Company: return tr("Edit the description of the company");
    case ProfileField::IndustryLayer: return tr("Edit the description of the industry");
    case ProfileField::Utopia: return tr("Edit the utopia");
    case ProfileField::Notes: return tr("Edit the notes");
    }
    return {};
}

ProfileStore::ListEditTexts ProfileStore::listEditTexts(ProfileList list)
{
    switch (list) {
    case ProfileList::Technographics:
        return {tr("Add to the technographics"), tr("Remove from the technographics"),
                tr("Reorder the technographics"), tr("Edit the technographics")};
    case ProfileList::Obstacles:
        return {tr("Add to the obstacles"), tr("Remove from the obstacles"),
                tr("Reorder the obstacles"), tr("Edit the obstacles")};
    case ProfileList::Needs:
        return {tr("Add to the needs"), tr("Remove from the needs"), tr("Reorder the needs"),
                tr("Edit the needs")};
    case ProfileList::Wants:
        return {tr("Add to the wants"), tr("Remove from the wants"), tr("Reorder the wants"),
                tr("Edit the wants")};
    case ProfileList::Exclusions:
        return {tr("Add to the \u201cNot our customer\u201d list"),
                tr("Remove from the \u201cNot our customer\u201d list"),
                tr("Reorder the \u201cNot our customer\u201d list"),
                tr("Edit the \u201cNot our customer\u201d list")};
    }
    return {};
}

} // namespace clientele
