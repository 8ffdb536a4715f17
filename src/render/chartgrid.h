#pragma once

#include "clientele/render/chartsheet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace clientele {

// A run of clients printed as one table: the clients first ... first + count - 1.
struct ChartPart {
    int first = 0;
    int count = 0;
};

// The grid as HTML: attributes down the side, clients across, the Ideal column last. A chart
// wider than perPart clients is split into parts of about equal size, each repeating the
// attribute and Ideal columns under a caption such as "Clients 1–5 of 14".
class ChartGrid {
    Q_DECLARE_TR_FUNCTIONS(clientele::ChartGrid)

public:
    ChartGrid(const ChartSheet &sheet, int perPart);

    const QList<ChartPart> &parts() const { return m_parts; }
    QString html() const;
    QString partHtml(const ChartPart &part) const;

    // Balanced parts: 14 clients at 6 per part print as 5, 5 and 4, never 6, 6 and 2.
    static QList<ChartPart> split(int clientCount, int perPart);

private:
    const ChartSheet *m_sheet;
    QList<ChartPart> m_parts;
};

} // namespace clientele
