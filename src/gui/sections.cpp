#include "clientele/gui/sections.h"

#include "clientele/gui/profilespage.h"

namespace clientele {

QList<SectionEntry> workspaceSections()
{
    return {
        {QStringLiteral("Profiles"), QStringLiteral("profiles"),
         [](Workspace *workspace, QWidget *parent) -> SectionPage * {
             return new ProfilesPage(workspace, parent);
         }},
    };
}

} // namespace clientele
