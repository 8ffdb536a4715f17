#pragma once

#include "clientele/render/chartsheet.h"
#include "clientele/render/documentstyle.h"

#include <QCoreApplication>
#include <QList>
#include <QPicture>
#include <QSizeF>
#include <QString>

namespace clientele {

class PagedDocument;

// The printout's charts (spend per client, years as customer, industry mix, match to the
// ideal), drawn as shapes and text and set two to a row. Charts without data to show are
// left out.
class ChartFigures {
    Q_DECLARE_TR_FUNCTIONS(clientele::ChartFigures)

public:
    // A bar chart shows at most this many clients: the top ones, with a word on the rest.
    static constexpr int kMostBars = 20;

    ChartFigures(const ChartSheet &sheet, const DocumentStyle &style, qreal bodyWidthMm);

    // Registers the charts with the document and returns the "Charts" section that shows them;
    // empty when there is nothing to chart.
    QString html(PagedDocument &document) const;

private:
    struct Figure {
        QString name;
        QString title;
        QString caption;
        QPicture picture;
        QSizeF sizeMm;
    };

    const DocumentStyle &m_style;
    QList<Figure> m_figures;
};

} // namespace clientele
