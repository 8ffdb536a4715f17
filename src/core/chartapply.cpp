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

// The weakest share among the leaders a value is made of.
double leadersShare(const DerivedValue *value)
{
    if (!value || value->leaders.isEmpty())
        return 1.0;
    double share = 1.0;
    for (const ValueShare &leader : value->leaders)
        share = std::min(share, value->share(leader));
    return share;
}

// `freeText`: a field the user writes in words, where longer text is a description of their own
// rather than a value (a staff range is never that).
ChartApplyDoubt doubtOf(const QString &before, const QString &after, double share, bool freeText)
{
    if (freeText && !before.trimmed().isEmpty() && before != after && before.size() > after.size())
        return ChartApplyDoubt::HandWritten;
    if (share < strongMajority)
        return ChartApplyDoubt::WeakMajority;
    return ChartApplyDoubt::None;
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

    const QList<std::pair<ProfileField, double>> fields = {
        {ProfileField::Industry, leadersShare(derived(StandardAttribute::Industry))},
        {ProfileField::BusinessSize, 1.0},
        {ProfileField::BusinessType, leadersShare(derived(StandardAttribute::BusinessType))}};
    for (const auto &[field, share] : fields) {
        const QString before = fieldText(preview.before, field);
        const QString after = fieldText(preview.after, field);
        if (before == after)
            continue;
        preview.changes.append({fieldKey(field), fieldLabel(field), before, after,
                                doubtOf(before, after, share, field != ProfileField::BusinessSize),
                                share});
    }
    if (preview.before.segment.technographics != segment.technographics) {
        const Attribute *software = technographicsAttribute(chart);
        const double share = leadersShare(software ? ideal.value(software->id) : nullptr);
        const QString before = itemsText(preview.before.segment.technographics);
        const QString after = itemsText(segment.technographics);
        // Technographics only add items, so the profile's own are never lost.
        preview.changes.append({listKey(ProfileList::Technographics),
                                listLabel(ProfileList::Technographics), before, after,
                                doubtOf({}, after, share, false), share});
    }
    return preview;
}

} // namespace clientele

namespace clientele {

CustomerProfile ChartApplyPreview::chosen(const QStringList &fields) const
{
    CustomerProfile profile = before;
    Segment &segment = profile.segment;
    if (fields.contains(fieldKey(ProfileField::Industry)))
        segment.industry = after.segment.industry;
    if (fields.contains(fieldKey(ProfileField::BusinessSize)))
        segment.businessSize = after.segment.businessSize;
    if (fields.contains(fieldKey(ProfileField::BusinessType)))
        segment.businessType = after.segment.businessType;
    if (fields.contains(listKey(ProfileList::Technographics)))
        segment.technographics = after.segment.technographics;
    return profile;
}

} // namespace clientele
