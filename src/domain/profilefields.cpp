#include "clientele/domain/profilefields.h"

#include <QCoreApplication>

namespace clientele {

namespace {

QString *textMember(CustomerProfile &p, ProfileField field)
{
    switch (field) {
    case ProfileField::Name: return &p.name;
    case ProfileField::Customer: return &p.segment.customer;
    case ProfileField::Demographics: return &p.segment.demographics;
    case ProfileField::Psychographics: return &p.segment.psychographics;
    case ProfileField::Industry: return &p.segment.industry;
    case ProfileField::BusinessType: return &p.segment.businessType;
    case ProfileField::Person: return &p.person;
    case ProfileField::Company: return &p.company;
    case ProfileField::IndustryLayer: return &p.industryLayer;
    case ProfileField::Utopia: return &p.utopia;
    case ProfileField::Notes: return &p.notes;
    case ProfileField::BusinessSize: return nullptr;
    }
    return nullptr;
}

} // namespace

QList<ProfileField> allProfileFields()
{
    return {ProfileField::Name,           ProfileField::Customer, ProfileField::Demographics,
            ProfileField::Psychographics, ProfileField::Industry, ProfileField::BusinessSize,
            ProfileField::BusinessType,   ProfileField::Person,   ProfileField::Company,
            ProfileField::IndustryLayer,  ProfileField::Utopia,   ProfileField::Notes};
}

QList<ProfileList> allProfileLists()
{
    return {ProfileList::Technographics, ProfileList::Obstacles, ProfileList::Needs,
            ProfileList::Wants, ProfileList::Exclusions};
}

QString fieldKey(ProfileField field)
{
    switch (field) {
    case ProfileField::Name: return QStringLiteral("name");
    case ProfileField::Customer: return QStringLiteral("customer");
    case ProfileField::Demographics: return QStringLiteral("demographics");
    case ProfileField::Psychographics: return QStringLiteral("psychographics");
    case ProfileField::Industry: return QStringLiteral("industry");
    case ProfileField::BusinessSize: return QStringLiteral("businessSize");
    case ProfileField::BusinessType: return QStringLiteral("businessType");
    case ProfileField::Person: return QStringLiteral("person");
    case ProfileField::Company: return QStringLiteral("company");
    case ProfileField::IndustryLayer: return QStringLiteral("industryLayer");
    case ProfileField::Utopia: return QStringLiteral("utopia");
    case ProfileField::Notes: return QStringLiteral("notes");
    }
    return {};
}

QString listKey(ProfileList list)
{
    switch (list) {
    case ProfileList::Technographics: return QStringLiteral("technographics");
    case ProfileList::Obstacles: return QStringLiteral("obstacles");
    case ProfileList::Needs: return QStringLiteral("needs");
    case ProfileList::Wants: return QStringLiteral("wants");
    case ProfileList::Exclusions: return QStringLiteral("exclusions");
    }
    return {};
}

QString fieldLabel(ProfileField field)
{
    switch (field) {
    case ProfileField::Name: return QCoreApplication::translate("clientele::ProfileField", "Name");
    case ProfileField::Customer:
        return QCoreApplication::translate("clientele::ProfileField", "Customer");
    case ProfileField::Demographics:
        return QCoreApplication::translate("clientele::ProfileField", "Demographics");
    case ProfileField::Psychographics:
        return QCoreApplication::translate("clientele::ProfileField", "Psychographics");
    case ProfileField::Industry:
        return QCoreApplication::translate("clientele::ProfileField", "Industry");
    case ProfileField::BusinessSize:
        return QCoreApplication::translate("clientele::ProfileField", "Business size");
    case ProfileField::BusinessType:
        return QCoreApplication::translate("clientele::ProfileField", "Business type");
    case ProfileField::Person:
        return QCoreApplication::translate("clientele::ProfileField", "The person");
    case ProfileField::Company:
        return QCoreApplication::translate("clientele::ProfileField", "The company");
    case ProfileField::IndustryLayer:
        return QCoreApplication::translate("clientele::ProfileField", "The industry");
    case ProfileField::Utopia:
        return QCoreApplication::translate("clientele::ProfileField", "Utopia");
    case ProfileField::Notes:
        return QCoreApplication::translate("clientele::ProfileField", "Notes");
    }
    return {};
}

QString listLabel(ProfileList list)
{
    switch (list) {
    case ProfileList::Technographics:
        return QCoreApplication::translate("clientele::ProfileField", "Technographics");
    case ProfileList::Obstacles:
        return QCoreApplication::translate("clientele::ProfileField", "Obstacles");
    case ProfileList::Needs: return QCoreApplication::translate("clientele::ProfileField", "Needs");
    case ProfileList::Wants: return QCoreApplication::translate("clientele::ProfileField", "Wants");
    case ProfileList::Exclusions:
        return QCoreApplication::translate("clientele::ProfileField", "Not our customer");
    }
    return {};
}

QString fieldText(const CustomerProfile &profile, ProfileField field)
{
    if (field == ProfileField::BusinessSize)
        return profile.segment.businessSize.toString();
    return *textMember(const_cast<CustomerProfile &>(profile), field);
}

Status setFieldText(CustomerProfile &profile, ProfileField field, const QString &text)
{
    if (field == ProfileField::BusinessSize) {
        auto range = StaffRange::parse(text);
        if (!range)
            return range.error();
        profile.segment.businessSize = *range;
        return success();
    }
    *textMember(profile, field) = text;
    return success();
}

const QList<ProfileItem> &listItems(const CustomerProfile &profile, ProfileList list)
{
    return listItems(const_cast<CustomerProfile &>(profile), list);
}

QList<ProfileItem> &listItems(CustomerProfile &profile, ProfileList list)
{
    switch (list) {
    case ProfileList::Technographics: return profile.segment.technographics;
    case ProfileList::Obstacles: return profile.obstacles;
    case ProfileList::Needs: return profile.needs;
    case ProfileList::Wants: return profile.wants;
    case ProfileList::Exclusions: return profile.exclusions;
    }
    return profile.obstacles;
}

} // namespace clientele
