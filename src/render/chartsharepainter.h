#pragma once

#include "clientele/render/chartsheet.h"
#include "clientele/render/documentstyle.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPicture>
#include <QSizeF>

namespace clientele {

// A ring chart of shares (the industry mix) with its legend beside it: each share's colour,
// name, count and percentage. Colours are shades of the accent, darkest for the largest share.
class ChartSharePainter {
    Q_DECLARE_TR_FUNCTIONS(clientele::ChartSharePainter)

public:
    explicit ChartSharePainter(const DocumentStyle &style);

    QPicture paint(const QList<ChartShare> &shares, QSizeF sizeMm) const;
    // The colour of the share at index (of count), "Not recorded" grey when unknown.
    QColor colour(int index, int count, bool unknown) const;

private:
    const DocumentStyle &m_style;
};

} // namespace clientele
