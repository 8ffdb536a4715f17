#pragma once

#include "clientele/gui/historydialog.h"
#include "clientele/render/pageddocument.h"

#include <QList>
#include <QWidget>

#include <QByteArray>

#include <optional>

class QAction;

namespace clientele {

// One section of an open workspace (Profiles, ICP Chart, Offers, ...): the page the sidebar
// shows, the number beside its name, the menu of actions that work on it, and the document that
// Print and Export PDF produce from it. The main window knows sections only through this.
class SectionPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // How many items the sidebar shows beside the section's name.
    virtual int count() const = 0;
    // The window's section menu ("&Profile") and what it holds; empty for no menu.
    virtual QString menuTitle() const { return {}; }
    virtual QList<QAction *> pageActions() const { return {}; }
    // For a workspace opened read-only: everything can be read, searched and printed.
    virtual void setReadOnly(bool readOnly) { Q_UNUSED(readOnly); }
    // Edit ▸ Find: put the cursor in the page's search field.
    virtual void focusSearch() {}
    // Edit ▸ History of This Item: the selected item; nothing when none is selected.
    virtual std::optional<HistoryItem> historyItem() const { return std::nullopt; }

    // What Print and Export PDF produce from the page now; nothing when nothing is selected.
    virtual std::optional<PagedDocument> document() const { return std::nullopt; }
    // Whether document() has something, without typesetting it: the print actions ask on
    // every change of page or selection, and a big chart takes a while to set.
    virtual bool hasDocument() const { return document().has_value(); }
    // A PDF kept as it went out (a sent proposal version): Export PDF writes these bytes
    // unchanged instead of typesetting document() again.
    virtual std::optional<QByteArray> keptPdf() const { return std::nullopt; }
    // A file name (without folder) for the exported PDF.
    virtual QString documentFileName() const { return tr("Document.pdf"); }
    // How the print actions describe what they print ("the profile", "the chart").
    virtual QString documentDescription() const { return tr("the page"); }

Q_SIGNALS:
    void countChanged(int count);
    // The page's document() changed from nothing to something or back.
    void documentChanged();
};

} // namespace clientele
