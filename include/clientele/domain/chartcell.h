#pragma once

#include "clientele/domain/chartvalue.h"

namespace clientele {

// A cell as the chart shows it: the value, and whether it was computed from another cell
// (spend per month from spend per year or back) rather than entered. Derived cells are never
// stored; entering a value replaces the derived one.
struct ChartCell {
    ChartValue value;
    bool derived = false;
    QString note{}; // what the value leaves out or rests on, when something had to be said

    bool isUnknown() const { return value.isUnknown(); }

    friend bool operator==(const ChartCell &, const ChartCell &) = default;
};

// An entered (stored) cell with its address, as listed by IcpChart::entries(). A note belongs
// to its value: storing a value without one clears the note.
struct ChartEntry {
    qint64 clientId = 0;
    qint64 attributeId = 0;
    ChartValue value;
    QString note{};

    friend bool operator==(const ChartEntry &, const ChartEntry &) = default;
};

} // namespace clientele
