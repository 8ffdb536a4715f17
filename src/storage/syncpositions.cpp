#include "syncfields.h"

#include <tuple>

namespace clientele::syncfields {

namespace {

bool before(const KnownPlace &a, const KnownPlace &b)
{
    if (a.position != b.position)
        return a.position < b.position;
    if (const int order = compare(a.at, b.at); order != 0)
        return order < 0;
    return a.uuid < b.uuid;
}

// The indexes of the longest run of known places that rises in list order; of several equally
// long, the one ending first, each step taking the earliest predecessor, so the choice depends
// on the list alone.
QList<qsizetype> longestAgreeingRun(const QList<std::optional<KnownPlace>> &known)
{
    const qsizetype n = known.size();
    QList<qsizetype> length(n, 0);
    QList<qsizetype> previous(n, -1);
    qsizetype bestEnd = -1;
    for (qsizetype i = 0; i < n; ++i) {
        if (!known[i])
            continue;
        length[i] = 1;
        for (qsizetype j = 0; j < i; ++j) {
            if (known[j] && before(*known[j], *known[i]) && length[j] + 1 > length[i]) {
                length[i] = length[j] + 1;
                previous[i] = j;
            }
        }
        if (bestEnd < 0 || length[i] > length[bestEnd])
            bestEnd = i;
    }
    QList<qsizetype> run;
    for (qsizetype i = bestEnd; i >= 0; i = previous[i])
        run.prepend(i);
    return run;
}

} // namespace

QList<double> listPositions(const QList<std::optional<KnownPlace>> &known)
{
    const qsizetype n = known.size();
    QList<std::optional<double>> kept(n);
    for (qsizetype i : longestAgreeingRun(known))
        kept[i] = known[i]->position;
    QList<double> positions(n, 0);
    std::optional<double> last;
    for (qsizetype i = 0; i < n; ++i) {
        if (!kept[i]) {
            std::optional<double> next;
            for (qsizetype j = i + 1; j < n && !next; ++j)
                next = kept[j];
            kept[i] = positionBetween(last, next);
        }
        positions[i] = *kept[i];
        last = kept[i];
    }
    return positions;
}

} // namespace clientele::syncfields
