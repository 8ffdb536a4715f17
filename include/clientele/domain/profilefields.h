#pragma once

#include "clientele/domain/customerprofile.h"

#include <QList>
#include <QString>

namespace clientele {

// The single-value fields of a profile, addressed uniformly so one edit command serves all.
enum class ProfileField {
    Name,
    Customer,
    Demographics,
    Psychographics,
    Industry,
    BusinessSize,
    BusinessType,
    Person,
    Company,
    IndustryLayer,
    Utopia,
    Notes,
};

// The ordered lists of a profile.
enum class ProfileList {
    Technographics,
    Obstacles,
    Needs,
    Wants,
    Exclusions,
};

QList<ProfileField> allProfileFields();
QList<ProfileList> allProfileLists();

// Stable key used in storage and JSON ("businessSize", "obstacles", ...).
QString fieldKey(ProfileField field);
QString listKey(ProfileList list);
// Words a user reads ("Business size", "Obstacles", ...).
QString fieldLabel(ProfileField field);
QString listLabel(ProfileList list);

QString fieldText(const CustomerProfile &profile, ProfileField field);
// Sets the field from text as typed; refuses text the field cannot hold (e.g. a bad range).
Status setFieldText(CustomerProfile &profile, ProfileField field, const QString &text);

const QList<ProfileItem> &listItems(const CustomerProfile &profile, ProfileList list);
QList<ProfileItem> &listItems(CustomerProfile &profile, ProfileList list);

} // namespace clientele
