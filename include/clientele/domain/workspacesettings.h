#pragma once

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

    friend bool operator==(const WorkspaceSettings &, const WorkspaceSettings &) = default;
};

} // namespace clientele
