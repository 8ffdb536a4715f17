#include "clientele/gui/sections.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/customerbook.h"
#include "clientele/core/offercatalogue.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/proposalbook.h"
#include "clientele/core/prospectbook.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/chartpage.h"
#include "clientele/gui/customerspage.h"
#include "clientele/gui/offerspage.h"
#include "clientele/gui/profilespage.h"
#include "clientele/gui/proposalspage.h"
#include "clientele/gui/prospectspage.h"

#include <QCoreApplication>

namespace clientele {

namespace {

template <typename Page>
SectionEntry section(const QString &title, const QString &iconName,
                     std::function<int(Workspace *)> count)
{
    return {title, iconName, &Page::staticMetaObject,
            [](Workspace *workspace, QWidget *parent) -> SectionPage * {
                return new Page(workspace, parent);
            },
            std::move(count)};
}

} // namespace

QList<SectionEntry> workspaceSections()
{
    return {
        section<CustomersPage>(
            QCoreApplication::translate("clientele::Sections", "Customers"),
            QStringLiteral("customers"),
            [](Workspace *workspace) { return workspace->customers()->count(); }),
        section<ChartPage>(QCoreApplication::translate("clientele::Sections", "ICP Chart"),
                           QStringLiteral("chart"),
                           [](Workspace *workspace) { return workspace->chart()->clientCount(); }),
        section<ProfilesPage>(QCoreApplication::translate("clientele::Sections", "Profiles"),
                              QStringLiteral("profiles"),
                              [](Workspace *workspace) { return workspace->profiles()->count(); }),
        section<OffersPage>(QCoreApplication::translate("clientele::Sections", "Offers"),
                            QStringLiteral("offers"),
                            [](Workspace *workspace) { return workspace->offers()->count(); }),
        section<ProposalsPage>(
            QCoreApplication::translate("clientele::Sections", "Proposals"),
            QStringLiteral("proposals"),
            [](Workspace *workspace) { return workspace->proposals()->count(); }),
        section<ProspectsPage>(
            QCoreApplication::translate("clientele::Sections", "Prospects"),
            QStringLiteral("prospects"),
            [](Workspace *workspace) { return workspace->prospects()->count(); }),
    };
}

} // namespace clientele
