#pragma once

#include "clientele/domain/fitscore.h"
#include "clientele/domain/workspacesettings.h"
#include "clientele/render/pageddocument.h"
#include "clientele/render/tabledocument.h"

#include <QCoreApplication>
#include <QList>

namespace clientele {

// A prospect with its explained score, as the documents print it.
struct ScoredProspect {
    Prospect prospect;
    FitScore score; // with its reasons (FitModel::explain)
};

// The prospect documents: the list by grade, and a fit sheet per prospect.
class ProspectDocuments {
    Q_DECLARE_TR_FUNCTIONS(clientele::ProspectDocuments)

public:
    ProspectDocuments(const WorkspaceSettings &settings, const IcpChart &chart);

    // Every prospect, best first ("not a fit" last), with grade, score, confidence, status,
    // staff, industry, location and, for a prospect that is not a fit, why.
    TableSheet listSheet(const QList<ScoredProspect> &prospects) const;
    PagedDocument list(const QList<ScoredProspect> &prospects) const;
    // One page per prospect: grade, score and confidence, the reason it is not a fit if it is
    // not, and a line per attribute (the prospect's value, the ideal's, importance and points)
    // ending with the points' sum, which is the score.
    PagedDocument fitSheets(const QList<ScoredProspect> &prospects) const;
    QString fitSheetHtml(const ScoredProspect &scored) const;

private:
    QString valueText(const Prospect &prospect, StandardAttribute which) const;

    WorkspaceSettings m_settings;
    IcpChart m_chart;
};

} // namespace clientele
