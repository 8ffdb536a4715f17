#pragma once

#include "clientele/render/chartsheet.h"
#include "clientele/render/documentstyle.h"

#include "clientele/domain/icpchart.h"
#include "clientele/domain/idealprofile.h"
#include "clientele/domain/workspacesettings.h"
#include "clientele/render/chartsheet.h"
#include "clientele/render/pageddocument.h"

#include <QCoreApplication>
#include <QString>

namespace clientele {

// The ICP chart on landscape paper: the grid with the derived Ideal column highlighted (split
// into parts of a few clients each when the chart is wide), the four charts (spend, years as
// customer, industry mix, match to the ideal), then the attribute notes and how the Ideal
// column is derived. Used by print preview, print and PDF export alike.
class ChartPrintout {
    Q_DECLARE_TR_FUNCTIONS(clientele::ChartPrintout)

public:
    // `margins` leave room for comments beside the body when asked; the grid and the figures
    // are sized to the narrower body.
    explicit ChartPrintout(const WorkspaceSettings &settings,
                           PageMargins margins = PageMargins::Standard);

    // The ideal given, not derived again: its texts stay in the language they were derived in.
    PagedDocument document(const IcpChart &chart, const IdealProfile &ideal) const;
    // Derives the ideal with the chart's own weighting first, in the document's language; what
    // the window and the command line print.
    PagedDocument document(const IcpChart &chart) const;

    // How many client columns one part of the grid holds on this workspace's paper, at most.
    int clientsPerPart() const;

private:
    // The same for these clients, whose names must fit their columns word by word.
    int clientsPerPart(const ChartSheet &sheet, const DocumentStyle &style) const;

    WorkspaceSettings m_settings;
    PageMargins m_margins;
};

} // namespace clientele
