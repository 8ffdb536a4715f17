#pragma once

#include "clientele/render/chartsheet.h"
#include "clientele/render/documentstyle.h"

#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>

class QTextDocument;

namespace clientele {

// The printout's charts (spend per client, years as customer, industry mix, match to the
// ideal), painted at print resolution and set two to a row. Charts without data to show are
// left out.
class ChartFigures {
public:
    ChartFigures(const ChartSheet &sheet, const DocumentStyle &style, qreal bodyWidthMm);

    // Registers the images with the document; call before setting HTML that uses html().
    void addResources(QTextDocument *document) const;
    // The "Charts" section; empty when there is nothing to chart.
    QString html() const;

private:
    struct Figure {
        QString name;
        QString title;
        QString caption;
        QImage image;
        QSizeF sizeMm;
    };

    const DocumentStyle &m_style;
    QList<Figure> m_figures;
};

} // namespace clientele
