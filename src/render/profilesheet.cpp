#include "clientele/render/profilesheet.h"

#include "clientele/domain/profilefields.h"

#include <QStringList>

namespace clientele {

namespace {

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

QList<ProfileItem> filledItems(const QList<ProfileItem> &items)
{
    QList<ProfileItem> filled;
    for (const ProfileItem &item : items) {
        if (!isBlank(item.text) || !isBlank(item.detail))
            filled.append(item);
    }
    return filled;
}

QString staffText(const StaffRange &range)
{
    if (range.isEmpty())
        return {};
    return ProfileSheet::tr("%1 staff").arg(range.toString());
}

QString commaList(const QList<ProfileItem> &items)
{
    QStringList texts;
    for (const ProfileItem &item : filledItems(items))
        texts.append(item.text.simplified());
    return texts.join(QStringLiteral(", "));
}

} // namespace

ProfileSheet ProfileSheet::from(const CustomerProfile &profile)
{
    ProfileSheet sheet;
    sheet.title = isBlank(profile.name) ? tr("Untitled profile") : profile.name.trimmed();
    sheet.updated = profile.updated.toLocalTime().date();

    const Segment &segment = profile.segment;
    const QList<SheetRow> rows = {
        {fieldLabel(ProfileField::Customer), segment.customer},
        {fieldLabel(ProfileField::Demographics), segment.demographics},
        {fieldLabel(ProfileField::Psychographics), segment.psychographics},
        {fieldLabel(ProfileField::Industry), segment.industry},
        {fieldLabel(ProfileField::BusinessSize), staffText(segment.businessSize)},
        {fieldLabel(ProfileField::BusinessType), segment.businessType},
        {listLabel(ProfileList::Technographics), commaList(segment.technographics)},
    };
    for (const SheetRow &row : rows) {
        if (!isBlank(row.value))
            sheet.segment.append(row);
    }

    auto addText = [&sheet](ProfileField field, const QString &text) {
        if (!isBlank(text))
            sheet.sections.append({fieldLabel(field), text, {}});
    };
    auto listOf = [](ProfileList list, const QList<ProfileItem> &items, bool numbered) {
        return SheetList{listLabel(list), filledItems(items), numbered};
    };
    // A section of lists; a lone list needs no heading of its own under the section's.
    auto addLists = [&sheet](const QString &heading, const QList<SheetList> &lists) {
        SheetSection section{heading, {}, {}};
        for (const SheetList &list : lists) {
            if (!list.items.isEmpty())
                section.lists.append(list);
        }
        if (section.lists.size() == 1) {
            section.heading = section.lists.first().heading;
            section.lists.first().heading.clear();
        }
        if (!section.lists.isEmpty())
            sheet.sections.append(section);
    };

    addText(ProfileField::Person, profile.person);
    addText(ProfileField::Company, profile.company);
    addText(ProfileField::IndustryLayer, profile.industryLayer);
    addText(ProfileField::Utopia, profile.utopia);
    addLists(listLabel(ProfileList::Obstacles),
             {listOf(ProfileList::Obstacles, profile.obstacles, true)});
    addLists(tr("Needs and wants"), {listOf(ProfileList::Needs, profile.needs, false),
                                     listOf(ProfileList::Wants, profile.wants, false)});
    addLists(listLabel(ProfileList::Exclusions),
             {listOf(ProfileList::Exclusions, profile.exclusions, false)});
    addText(ProfileField::Notes, profile.notes);
    return sheet;
}

} // namespace clientele
