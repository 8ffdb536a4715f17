#pragma once

#include "clientele/domain/exclusionrule.h"
#include "clientele/domain/staffrange.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace clientele {

// One entry of a profile's ordered lists. `detail` is the reason for an exclusion and is
// unused by the other lists. The id stays stable so offers can link to an obstacle or need.
struct ProfileItem {
    qint64 id = 0;
    QString text;
    QString detail;
    // The item's identity across workspaces, so merging two never confuses items; null until
    // the store gives one. Last and defaulted, so positional initialisers may leave it out.
    QUuid uuid = {};
    // An exclusion's disqualifier: the rule a prospect must match to be "not our customer".
    std::optional<ExclusionRule> rule = {};

    friend bool operator==(const ProfileItem &, const ProfileItem &) = default;
};

// Who the customer is, in the words a consultant segments a market with.
struct Segment {
    QString customer;
    QString demographics;
    QString psychographics;
    QString industry;
    StaffRange businessSize;
    QString businessType;
    QList<ProfileItem> technographics;

    friend bool operator==(const Segment &, const Segment &) = default;
};

// The written description of one ideal customer: segment, the person, company and industry
// layers, what they dream of, what stands in their way, and who is not our customer.
struct CustomerProfile {
    qint64 id = 0;
    QString name;
    Segment segment;
    QString person;
    QString company;
    QString industryLayer;
    QString utopia;
    QList<ProfileItem> obstacles;
    QList<ProfileItem> needs;
    QList<ProfileItem> wants;
    QList<ProfileItem> exclusions;
    QString notes;
    QDateTime created;
    QDateTime updated;
    // The profile's identity across workspaces; null until the store gives one.
    QUuid uuid = {};

    friend bool operator==(const CustomerProfile &, const CustomerProfile &) = default;
};

} // namespace clientele
