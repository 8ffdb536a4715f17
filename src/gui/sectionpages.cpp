#include "clientele/gui/sectionpages.h"

#include "clientele/core/workspace.h"
#include "clientele/gui/sectionpage.h"
#include "clientele/gui/sidebar.h"
#include "icons.h"

#include <QStackedWidget>

namespace clientele {

SectionPages::SectionPages(QStackedWidget *stack, Sidebar *sidebar, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_sidebar(sidebar)
    , m_sections(workspaceSections())
{
    // Sidebar rows and pages share their indexes, in the order workspaceSections() gives.
    for (const SectionEntry &section : std::as_const(m_sections))
        m_sidebar->addSection(themedIcon(section.iconName), section.title);
    m_pages.resize(m_sections.size(), nullptr);
}

void SectionPages::setWorkspace(Workspace *workspace)
{
    for (SectionPage *&page : m_pages) {
        if (!page)
            continue;
        m_stack->removeWidget(page);
        delete page;
        page = nullptr;
    }
    m_workspace = workspace;
    recount();
}

SectionPage *SectionPages::page(int section)
{
    if (!m_workspace || section < 0 || section >= size())
        return nullptr;
    if (SectionPage *built = m_pages.at(section))
        return built;
    SectionPage *page = m_sections.at(section).create(m_workspace, m_stack);
    page->setReadOnly(m_workspace->file().isReadOnly());
    m_stack->addWidget(page);
    m_pages[section] = page;
    m_sidebar->setCount(section, page->count());
    connect(page, &SectionPage::countChanged, this,
            [this, section](int count) { m_sidebar->setCount(section, count); });
    return page;
}

SectionPage *SectionPages::builtPage(int section) const
{
    return section >= 0 && section < size() ? m_pages.at(section) : nullptr;
}

QList<SectionPage *> SectionPages::builtPages() const
{
    QList<SectionPage *> built;
    for (SectionPage *page : m_pages)
        if (page)
            built.append(page);
    return built;
}

int SectionPages::indexOf(const QMetaObject &pageType) const
{
    for (int section = 0; section < size(); ++section)
        if (m_sections.at(section).pageType->inherits(&pageType))
            return section;
    return -1;
}

void SectionPages::recount()
{
    for (int section = 0; section < size(); ++section)
        if (!m_pages.at(section))
            m_sidebar->setCount(section,
                                m_workspace ? m_sections.at(section).count(m_workspace) : 0);
}

} // namespace clientele
