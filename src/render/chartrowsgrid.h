#pragma once

#include "clientele/render/chartsheet.h"
#include "clientele/render/documentstyle.h"

#include <QCoreApplication>
#include <QString>

namespace clientele {

// The grid turned, as the chart page's Flip shows it: one row per client, one column per
// attribute, and the Ideal row first. For charts with more clients than columns could hold
// side by side: the attributes' head row repeats on every page. Each column is as wide as its
// widest word at least, so no name or value breaks inside a word, and the room left goes to
// the columns whose values run longest.
class ChartRowsGrid {
    Q_DECLARE_TR_FUNCTIONS(clientele::ChartRowsGrid)

public:
    explicit ChartRowsGrid(const ChartSheet &sheet)
        : m_sheet(sheet)
    {
    }

    static constexpr int kHeadRows = 1;
    // `widthPx`: the body's width at 96 px an inch.
    QString html(const DocumentStyle &style, qreal widthPx) const;

private:
    const ChartSheet &m_sheet;
};

} // namespace clientele
