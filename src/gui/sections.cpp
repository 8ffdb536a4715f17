#include "clientele/gui/sections.h"

#include "clientele/gui/chartpage.h"
#include "clientele/gui/customerspage.h"
#include "clientele/gui/offerspage.h"
#include "clientele/gui/profilespage.h"
#include "clientele/gui/proposalspage.h"

namespace clientele {

QList<SectionEntry> workspaceSections()
{
    return {
        {QStringLiteral("Customers"), QStringLiteral("customers"),
         [](Workspace *workspace, QWidget *parent) -> SectionPage * {
             return new CustomersPage(workspace, parent);
         }},
        {QStringLiteral("ICP Chart"), QStringLiteral("chart"),
         [](Workspace *workspace, QWidget *parent) -> SectionPage * {
             return new ChartPage(workspace, parent);
         }},
        {QStringLiteral("Profiles"), QStringLiteral("profiles"),
         [](Workspace *workspace, QWidget *parent) -> SectionPage * {
             return new ProfilesPage(workspace, parent);
         }},
        {QStringLiteral("Offers"), QStringLiteral("offers"),
         [](Workspace *workspace, QWidget *parent) -> SectionPage * {
             return new OffersPage(workspace, parent);
         }},
        {QStringLiteral("Proposals"), QStringLiteral("proposals"),
         [](Workspace *workspace, QWidget *parent) -> SectionPage * {
             return new ProposalsPage(workspace, parent);
         }},
    };
}

} // namespace clientele
