#pragma once

#include "clientele/gui/sections.h"

#include <QList>
#include <QObject>

class QStackedWidget;

namespace clientele {

class SectionPage;
class Sidebar;
class Workspace;

// The open workspace's section pages in the window's page stack. A page is built the first
// time it is asked for, so opening a workspace builds the page on show, not all five; the
// sidebar's counts come from the built pages or, until then, from the sections' own counts.
class SectionPages : public QObject {
public:
    SectionPages(QStackedWidget *stack, Sidebar *sidebar, QObject *parent = nullptr);

    // Drops every page of the workspace open now and follows `workspace` (nullptr: none).
    void setWorkspace(Workspace *workspace);

    int size() const { return int(m_sections.size()); }
    const SectionEntry &entry(int section) const { return m_sections.at(section); }
    // The page of `section`, built now if it has not been asked for yet; nullptr when no
    // workspace is open or `section` is out of range.
    SectionPage *page(int section);
    // The page of `section` if it has been built, else nullptr.
    SectionPage *builtPage(int section) const;
    QList<SectionPage *> builtPages() const;
    // The section whose page is of `pageType` (or derived from it), -1 if none.
    int indexOf(const QMetaObject &pageType) const;
    // Counts again the sections whose page is not built (built pages report their own).
    void recount();

private:
    QStackedWidget *m_stack;
    Sidebar *m_sidebar;
    Workspace *m_workspace = nullptr;
    QList<SectionEntry> m_sections;
    QList<SectionPage *> m_pages;
};

} // namespace clientele
