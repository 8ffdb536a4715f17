#pragma once

#include <QList>
#include <QString>

#include <functional>

class QWidget;
struct QMetaObject;

namespace clientele {

class SectionPage;
class Workspace;

// A section of the main window: its sidebar entry, how to make its page for a workspace, and
// how to count its items without the page (pages are built only when first shown).
struct SectionEntry {
    QString title;
    QString iconName;
    const QMetaObject *pageType;
    std::function<SectionPage *(Workspace *, QWidget *)> create;
    std::function<int(Workspace *)> count;
};

// The sections in the order of the consultant's work; Ctrl+1 … follow this order.
QList<SectionEntry> workspaceSections();

} // namespace clientele
