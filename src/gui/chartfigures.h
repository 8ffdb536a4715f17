#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class QChart;

namespace clientele {

// One bar per client (or per value), in order from the top.
struct ClientBars {
    QString title;
    QString axisTitle;   // "AUD thousand per year", "years", "% match"
    QStringList clients; // names as the chart shows them
    QList<double> values;
    QList<bool> greyed;       // a client outside the ideal
    double maximum = 0;       // fixed top of the scale, or 0 to fit the values
    QString labelFormat;      // printf-style, "%.0f"
    bool valueLabels = false; // the value written at the end of each bar
    bool whole = false;       // counts and years: whole-number steps on the scale
    // Optional, one per bar: the text written at its end instead of the value ("100% of 3"),
    // its tooltip, and whether it is hatched (a value resting on too little to trust).
    QStringList valueTexts;
    QStringList toolTips;
    QList<bool> hatched;

    // Keeps the bars at the given indexes, in that order.
    ClientBars pick(const QList<qsizetype> &indexes) const;
};

// A figure beneath the ICP chart: horizontal bars in the workspace's accent colour (greyed
// ones in grey, hatched ones hatched), with label fonts sized for the number of bars in `height`
// pixels so that 5 to 20 names never overlap.
QChart *clientBarsChart(const ClientBars &bars, const QColor &accent, int height);

} // namespace clientele
