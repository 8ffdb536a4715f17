#pragma once

// Items' uuids in tests: their form, exports compared apart from them, charts compared apart
// from them. Every comparison that sets uuids aside is paired with a check of the uuids.

#include "clientele/domain/customerprofile.h"
#include "clientele/domain/icpchart.h"
#include "clientele/domain/profilefields.h"

#include <nlohmann/json.hpp>

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <string>

namespace clientele::test {

// A uuid as Clientele writes it: random (version 4, variant 8, 9, a or b), lowercase 8-4-4-4-12
// hex without braces.
inline bool isVersion4Uuid(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return form.match(text).hasMatch();
}

inline bool allDistinct(const QStringList &texts)
{
    return QSet<QString>(texts.cbegin(), texts.cend()).size() == texts.size();
}

inline bool shareNone(const QStringList &some, const QStringList &others)
{
    return !QSet<QString>(some.cbegin(), some.cend())
                .intersects(QSet<QString>(others.cbegin(), others.cend()));
}

// How many items of a workspace document carry a uuid: profiles and their list items, chart
// attributes and clients, prospects, offers, proposals and their lines.
template <typename Json> int identifiedItems(const Json &document)
{
    int count = 0;
    const auto each = [&](const Json &parent, const char *key, auto &&inner) {
        if (!parent.contains(key))
            return;
        for (const auto &item : parent.at(key)) {
            ++count;
            inner(item);
        }
    };
    const auto none = [](const Json &) {};
    each(document, "profiles", [&](const Json &profile) {
        for (const char *list : {"technographics", "obstacles", "needs", "wants", "exclusions"})
            each(profile, list, none);
    });
    if (document.contains("chart")) {
        each(document.at("chart"), "attributes", none);
        each(document.at("chart"), "clients", none);
    }
    each(document, "prospects", none);
    each(document, "offers", none);
    each(document, "proposals", [&](const Json &proposal) { each(proposal, "lines", none); });
    return count;
}

// Takes every "uuid" out of a workspace export and returns them in document order.
inline QStringList takeUuids(nlohmann::ordered_json &json)
{
    QStringList uuids;
    if (json.is_object()) {
        if (const auto found = json.find("uuid"); found != json.end()) {
            uuids << QString::fromStdString(found->is_string() ? found->get<std::string>()
                                                               : found->dump());
            json.erase(found);
        }
    }
    if (json.is_structured()) {
        for (auto &child : json)
            uuids << takeUuids(child);
    }
    return uuids;
}

// An export's text with every "uuid" taken out, laid out as Clientele lays exports out; the
// uuids taken out go to `uuids` when given.
inline std::string withoutUuids(const std::string &exported, QStringList *uuids = nullptr)
{
    auto json = nlohmann::ordered_json::parse(exported);
    const QStringList taken = takeUuids(json);
    if (uuids)
        *uuids = taken;
    return json.dump(2, ' ', false) + '\n';
}

inline QStringList uuidsOf(const std::string &exported)
{
    QStringList uuids;
    withoutUuids(exported, &uuids);
    return uuids;
}

// `chart` with each attribute and client given the uuid of the one with its id in `source`, so
// two charts can be compared in everything but their items' identities.
inline IcpChart withUuidsOf(const IcpChart &chart, const IcpChart &source)
{
    IcpChart copy;
    copy.setCurrency(chart.currency());
    copy.setOrientation(chart.orientation());
    copy.setWeighting(chart.weighting());
    for (Attribute attribute : chart.attributes()) {
        if (const Attribute *same = source.attribute(attribute.id))
            attribute.uuid = same->uuid;
        copy.addAttribute(attribute);
    }
    for (ChartClient client : chart.clients()) {
        if (const ChartClient *same = source.client(client.id))
            client.uuid = same->uuid;
        copy.insertClient(int(copy.clients().size()), client);
    }
    for (const ChartEntry &entry : chart.entries())
        copy.setEntry(entry);
    return copy;
}

// Profiles with their own and their items' uuids set aside, to compare everything else.
inline QList<CustomerProfile> uuidsCleared(QList<CustomerProfile> profiles)
{
    for (CustomerProfile &profile : profiles) {
        profile.uuid = {};
        for (ProfileList list : allProfileLists()) {
            for (ProfileItem &item : listItems(profile, list))
                item.uuid = {};
        }
    }
    return profiles;
}

// The uuids of profiles and their items, in order.
inline QStringList uuidsOf(const QList<CustomerProfile> &profiles)
{
    QStringList uuids;
    for (const CustomerProfile &profile : profiles) {
        uuids << profile.uuid.toString(QUuid::WithoutBraces);
        for (ProfileList list : allProfileLists()) {
            for (const ProfileItem &item : listItems(profile, list))
                uuids << item.uuid.toString(QUuid::WithoutBraces);
        }
    }
    return uuids;
}

// The uuids of a chart's attributes and clients, in chart order.
inline QStringList uuidsOf(const IcpChart &chart)
{
    QStringList uuids;
    for (const Attribute &attribute : chart.attributes())
        uuids << attribute.uuid.toString(QUuid::WithoutBraces);
    for (const ChartClient &client : chart.clients())
        uuids << client.uuid.toString(QUuid::WithoutBraces);
    return uuids;
}

} // namespace clientele::test
