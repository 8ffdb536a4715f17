#pragma once

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace clientele {

class SectionPage;
class Workspace;

// A section of the main window: its sidebar entry and how to make its page for a workspace.
struct SectionEntry {
    QString title;
    QString iconName;
    std::function<SectionPage *(Workspace *, QWidget *)> create;
};

// The sections in the order of the consultant's work; Ctrl+1 … follow this order.
QList<SectionEntry> workspaceSections();

} // namespace clientele
