#pragma once

#include "clientele/gui/sectionpage.h"

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
class QKeySequence;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;

namespace clientele {

class ItemStore;
class SectionListPanel;

// A section of items listed on the left, searchable, with the selected item's editor on the
// right and New, Duplicate and Delete actions: Profiles, Offers, Proposals. The page keeps the
// editor on the item selected, shows whatever an edit, undo or redo touched once the step is
// complete, and says what to do when no item is in the editor. A page gives its model, list view
// and editor, its words, and what differs in how its items are found, shown, made and removed.
class ListEditorPage : public SectionPage {
    Q_OBJECT
public:
    // Every item model under a list page gives an item's id in this role.
    static constexpr int kIdRole = Qt::UserRole + 1;

    ~ListEditorPage() override;

    // The item in the editor; 0 when none is.
    qint64 currentItemId() const { return shownItemId(); }
    // Makes the item current, clearing a search that hides it.
    void selectItem(qint64 id);

    int count() const override;
    QList<QAction *> pageActions() const override { return m_actions; }
    void setReadOnly(bool readOnly) override;
    void focusSearch() override;
    // The item in the editor is the document, unless a page prints something else.
    bool hasDocument() const override { return exists(currentItemId()); }

protected:
    // The words the shared parts use.
    struct Texts {
        QString search;        // the search field's placeholder and accessible name
        QString list;          // the list's accessible name
        QString newIcon;       // the New action's icon
        QString newItem;       // "&New Profile"
        QString duplicateItem; // "D&uplicate Profile"
        QString deleteItem;    // "&Delete Profile"
        QString deleted;       // "Deleted profile “%1”", %1 the item's name
        QString noItems;       // the note while there are none
        QString noMatch;       // the note while the search hides every item; %1 is the search
        QString noneSelected;  // the note while none is selected
    };
    // What the page is made of; every part belongs to the page already.
    struct Parts {
        ItemStore *store;
        QAbstractItemModel *model;    // one row per item, its id in kIdRole
        QSortFilterProxyModel *proxy; // over model: the rows the search lets through
        QAbstractItemView *list;      // shows proxy
        QWidget *editor;
        QList<QAction *> moreActions = {}; // after New, Duplicate and Delete
    };
    // How wide the list starts beside the editor, and where the split the user drags is kept.
    struct ListWidth {
        QString settingsKey;
        int start;
        int minimum;
        // The width of the list's viewport that shows every column in full. Until the user
        // drags the divider, a wide window widens the list towards it from `start`, leaving
        // the editor most of the room; none: the list keeps `start`.
        std::function<int()> whole = {};
        // The width the editor reads well at: a wide window gives the list what lies beyond
        // it, up to `whole`; 0: the list takes up to two fifths of the page.
        int editor = 0;
    };

    ListEditorPage(const Texts &texts, QWidget *parent);
    // Puts the page together around its parts: called once, at the end of its constructor.
    void build(const Parts &parts, const ListWidth &width);
    // Adds a widget across the top of the page, under any added before.
    void addAbove(QWidget *widget);
    // An action with an icon, text, shortcut and a tooltip naming the shortcut.
    QAction *newAction(const QString &icon, const QString &text, const QKeySequence &key);
    QLineEdit *searchField() const;
    QLabel *emptyNote() const { return m_empty; }
    bool isReadOnly() const { return m_readOnly; }
    // Brings the editor, the note and the actions in line with the items and the selection.
    void updateState();

    // Whether the store holds the item.
    virtual bool exists(qint64 id) const = 0;
    // The item's row in Parts::model.
    virtual QModelIndex sourceIndex(qint64 id) const = 0;
    // The item in the editor, 0 for none; showItem(0) empties it.
    virtual qint64 shownItemId() const = 0;
    virtual void showItem(qint64 id) = 0;
    // Puts the cursor where a new or duplicated item is typed into first.
    virtual void focusEditor() = 0;
    // Changes through the store: each returns the new item's id, or 0 when refused.
    virtual qint64 createItem() = 0;
    virtual qint64 duplicateItem(qint64 id) = 0;
    virtual void removeItem(qint64 id) = 0;
    // The name the status bar gives the item once deleted.
    virtual QString itemName(qint64 id) const = 0;
    // Lets through the proxy only the items the search text matches.
    virtual void search(const QString &text) = 0;
    // Enables Parts::moreActions; `editing` says whether an item is in the editor.
    virtual void updateMoreActions(bool editing) { Q_UNUSED(editing); }

    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void newItem();
    void duplicateCurrent();
    void deleteCurrent();
    void onCurrentChanged();
    void revealTouched();
    QString noteText() const;
    void shareWidth();

    Texts m_texts;
    ListWidth m_width;
    // Set once the user drags the divider (now or in an earlier run): the split is theirs.
    bool m_userSplit = false;
    QSplitter *m_splitter;
    SectionListPanel *m_panel;
    QStackedWidget *m_right;
    QLabel *m_empty;
    QAction *m_new;
    QAction *m_duplicate;
    QAction *m_delete;
    QList<QAction *> m_actions;
    ItemStore *m_store = nullptr;
    QAbstractItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QAbstractItemView *m_list = nullptr;
    QWidget *m_editor = nullptr;
    // The items an edit, undo or redo touched; one of them is shown once the step is complete.
    QList<qint64> m_touched;
    bool m_readOnly = false;
    bool m_hadDocument = false;
};

} // namespace clientele
