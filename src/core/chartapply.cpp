#include "clientele/core/chartapply.h"

#include "clientele/domain/profilefields.h"

namespace clientele {

namespace {

QString leadersText(const DerivedValue *value)
{
    if (!value || !value->isKnown())
        return {};
    QStringList names;
    for (const ValueShare &leader : value->leaders)
        names << leader.value;
    return names.join(QStringLiteral(", "));
}

const Attribute *technographicsAttribute(const IcpChart &chart)
{
    static const QStringList labels = {QStringLiteral("technographics"), QStringLiteral("software"),
                                       QStringLiteral("systems")};
    for (const Attribute &attribute : chart.attributes()) {
        if (!attribute.isStandard() && labels.contains(attribute.label.trimmed().toLower()))
            return &attribute;
    }
    return nullptr;
}

QString itemsText(const QList<ProfileItem> &items)
{
    QStringList texts;
    for (const ProfileItem &item : items)
        texts << item.text;
    return texts.join(QStringLiteral("; "));
}

} // namespace

ChartApplyPreview previewChartApply(const IcpChart &chart, const IdealProfile &ideal,
                                    const CustomerProfile &profile)
{
    ChartApplyPreview preview;
    preview.profileId = profile.id;
    preview.before = profile;
    preview.after = profile;
    Segment &segment = preview.after.segment;

    auto derived = [&](StandardAttribute which) -> const DerivedValue * {
        const Attribute *attribute = chart.attribute(which);
        return attribute ? ideal.value(attribute->id) : nullptr;
    };
    if (const QString industry = leadersText(derived(StandardAttribute::Industry));
        !industry.isEmpty())
        segment.industry = industry;
    if (const QString type = leadersText(derived(StandardAttribute::BusinessType)); !type.isEmpty())
        segment.businessType = type;
    if (const DerivedValue *staff = derived(StandardAttribute::Employees);
        staff && staff->isKnown() && staff->range) {
        const StaffRange size = StaffRange::fromNumberRange(*staff->range);
        if (!size.isEmpty())
            segment.businessSize = size;
    }
    if (const Attribute *software = technographicsAttribute(chart)) {
        const DerivedValue *value = ideal.value(software->id);
        for (const ValueShare &leader : value ? value->leaders : QList<ValueShare>()) {
            const bool listed =
                std::any_of(segment.technographics.cbegin(), segment.technographics.cend(),
                            [&](const ProfileItem &item) {
                                return item.text.compare(leader.value, Qt::CaseInsensitive) == 0;
                            });
            if (!listed)
                segment.technographics.append(ProfileItem{0, leader.value, {}});
        }
    }

    for (ProfileField field :
         {ProfileField::Industry, ProfileField::BusinessSize, ProfileField::BusinessType}) {
        const QString before = fieldText(preview.before, field);
        const QString after = fieldText(preview.after, field);
        if (before != after)
            preview.changes.append({fieldKey(field), fieldLabel(field), before, after});
    }
    if (preview.before.segment.technographics != segment.technographics)
        preview.changes.append(
            {listKey(ProfileList::Technographics), listLabel(ProfileList::Technographics),
             itemsText(preview.before.segment.technographics), itemsText(segment.technographics)});
    return preview;
}

} // namespace clientele
