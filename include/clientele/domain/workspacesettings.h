#pragma once

#include "clientele/domain/fitsettings.h"

#include <QString>

namespace clientele {

// The consultancy behind a workspace; appears in every document's header and footer.
struct WorkspaceSettings {
    QString consultancyName;
    QString contactDetails;
    QString currency = QStringLiteral("AUD");
    QString accentColor = QStringLiteral("#1f5f8b");
    QString taxNote;
    QString pageSize = QStringLiteral("A4");
    // A PNG or SVG file shown on proposals and the offer catalogue; empty for none.
    QString logoPath;
    // Prospects with fewer staff get an informal proposal, others a formal one.
    int formalStaffThreshold = 20;
    // The lowest score of grades A, B and C in the prospects' fit.
    FitBands fitBands;

    friend bool operator==(const WorkspaceSettings &, const WorkspaceSettings &) = default;
};

} // namespace clientele
