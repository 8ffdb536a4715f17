#pragma once

#include "clientele/domain/fitsettings.h"

#include <QString>
#include <QStringList>

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
    // A formal proposal whose one-off total is above this, in minor units of the workspace's
    // currency, needs an internal approval before it is sent; 0: never.
    qint64 approvalThresholdMinor = 0;
    // The language documents are written in ("en", "de"; documentLanguages()), apart from the
    // interface's: a consultant may write to a client in another language than their own.
    QString documentLanguage = QStringLiteral("en");
    // The reasons for losing a proposal the user added to the defaults (defaultLostReasons()).
    QStringList lostReasons;

    friend bool operator==(const WorkspaceSettings &, const WorkspaceSettings &) = default;
};

} // namespace clientele
