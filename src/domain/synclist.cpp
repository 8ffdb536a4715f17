#include "clientele/domain/syncmerge.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace clientele {

double positionBetween(std::optional<double> before, std::optional<double> after)
{
    if (before && after)
        return (*before + *after) / 2;
    if (before)
        return *before + 1;
    if (after)
        return *after - 1;
    return 1;
}

QStringList orderListItems(const SyncState &state, const QString &kind,
                           const QStringList &itemUuids, const QString &positionField)
{
    struct Place {
        double position = std::numeric_limits<double>::infinity();
        HlcTimestamp at;
        QString uuid;
    };
    QList<Place> places;
    for (const QString &uuid : itemUuids) {
        if (state.isDeleted(kind, uuid))
            continue;
        Place place;
        place.uuid = uuid;
        if (const auto change = state.current({kind, uuid, positionField})) {
            bool isNumber = false;
            const double position = change->value.toDouble(&isNumber);
            if (isNumber)
                place = {position, change->hlc, uuid};
        }
        places.append(place);
    }
    std::sort(places.begin(), places.end(), [](const Place &a, const Place &b) {
        if (a.position != b.position)
            return a.position < b.position;
        if (const int order = compare(a.at, b.at); order != 0)
            return order < 0;
        return a.uuid < b.uuid;
    });
    QStringList ordered;
    for (const Place &place : std::as_const(places))
        ordered.append(place.uuid);
    return ordered;
}

} // namespace clientele
