#pragma once

#include "clientele/domain/customerprofile.h"
#include "clientele/domain/workspacesettings.h"
#include "clientele/render/pageddocument.h"
#include "clientele/render/profilesheet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace clientele {

// The customer profile as the business owner reads it on paper: the segment as a definition
// table, then the person, company and industry, their utopia and obstacles, needs and wants,
// and who is not our customer. Several profiles print one after another, each on a new page.
class ProfilePrintout {
    Q_DECLARE_TR_FUNCTIONS(clientele::ProfilePrintout)

public:
    explicit ProfilePrintout(const WorkspaceSettings &settings);

    PagedDocument document(const CustomerProfile &profile) const;
    PagedDocument document(const QList<CustomerProfile> &profiles) const;

    // The body of one sheet; every user string in it is escaped.
    static QString html(const ProfileSheet &sheet);

private:
    WorkspaceSettings m_settings;
};

} // namespace clientele
