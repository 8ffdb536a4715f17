#include "clientele/domain/idealstatistics.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace clientele {

namespace {

// The one or two positions (in `sorted`) whose values make the median; both equal when the
// running weight passes half inside one value.
template <typename T>
std::optional<std::pair<int, int>> medianPositions(const QList<std::pair<T, double>> &sorted)
{
    double total = 0;
    for (const auto &item : sorted)
        total += item.second;
    if (sorted.isEmpty() || total <= 0)
        return std::nullopt;
    const double half = total / 2;
    double running = 0;
    for (int i = 0; i < sorted.size(); ++i) {
        running += sorted.at(i).second;
        if (sameWeight(running, half, total))
            return std::pair{i, std::min(i + 1, int(sorted.size()) - 1)};
        if (running > half)
            return std::pair{i, i};
    }
    return std::pair{int(sorted.size()) - 1, int(sorted.size()) - 1};
}

template <typename T> QList<std::pair<T, double>> sortedPositive(QList<std::pair<T, double>> in)
{
    in.removeIf([](const auto &item) { return !(item.second > 0); });
    std::stable_sort(in.begin(), in.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    return in;
}

} // namespace

bool sameWeight(double a, double b, double total)
{
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(total));
}

std::optional<double> weightedMedian(const QList<WeightedValue> &values)
{
    QList<std::pair<double, double>> items;
    for (const WeightedValue &v : values)
        items.append({v.value, v.weight});
    items = sortedPositive(items);
    const auto at = medianPositions(items);
    if (!at)
        return std::nullopt;
    return (items.at(at->first).first + items.at(at->second).first) / 2.0;
}

std::optional<Money> weightedMedian(const QList<WeightedMoney> &values)
{
    QList<std::pair<Money, double>> items;
    for (const WeightedMoney &v : values)
        items.append({v.value, v.weight});
    items = sortedPositive(items);
    const auto at = medianPositions(items);
    if (!at)
        return std::nullopt;
    return Money::midpoint(items.at(at->first).first, items.at(at->second).first);
}

} // namespace clientele
