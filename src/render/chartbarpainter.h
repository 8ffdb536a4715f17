#pragma once

#include "clientele/render/chartsheet.h"
#include "clientele/render/documentstyle.h"

#include <QCoreApplication>
#include <QList>
#include <QPicture>
#include <QSizeF>
#include <QString>

#include <functional>

namespace clientele {

// A horizontal bar chart, one bar per client: names on the left, a value axis with light
// gridlines below, the value at the end of each bar. A range is a solid bar to its low end and
// a lighter one on to its high end; clients who are not reference clients are grey.
class ChartBarPainter {
    Q_DECLARE_TR_FUNCTIONS(clientele::ChartBarPainter)

public:
    explicit ChartBarPainter(const DocumentStyle &style);

    // Under the axis, e.g. "Spend per year (AUD)".
    void setAxisTitle(const QString &title) { m_axisTitle = title; }
    // Tick labels ("$10k", "4", "50%").
    void setTickText(std::function<QString(double)> text) { m_tickText = std::move(text); }
    // A fixed end of the axis (100 for percentages); otherwise a round number above the data.
    void setMaximum(double maximum) { m_maximum = maximum; }
    // Only whole-number ticks (years).
    void setWholeTicks(bool whole) { m_wholeTicks = whole; }

    // The height a chart of this many bars needs to stay legible.
    static qreal heightMm(int barCount);
    QPicture paint(const QList<ChartBar> &bars, QSizeF sizeMm) const;

private:
    const DocumentStyle &m_style;
    QString m_axisTitle;
    std::function<QString(double)> m_tickText;
    double m_maximum = 0;
    bool m_wholeTicks = false;
};

} // namespace clientele
