#pragma once

#include <QStringList>
#include <QWidget>

class QAction;
class QStandardItemModel;

namespace clientele {

class ItemTableView;

// An ordered list of short texts (what an offer includes, a proposal's needs, ...) with add,
// remove and reorder. It holds no data of its own: every change is reported as the whole new
// list through edited(), which the page turns into one undoable command, and setItems() shows
// what the workspace holds again. Keyboard as in the profile lists: Insert adds, Delete removes,
// Ctrl+Up/Down moves, typing edits in place.
class TextListEditor : public QWidget {
    Q_OBJECT
public:
    explicit TextListEditor(QWidget *parent = nullptr);

    // `singular` names one entry ("inclusion") in button texts and the empty hint.
    void setup(const QString &accessibleName, const QString &singular);
    void setItems(const QStringList &items);
    QStringList items() const;
    void setReadOnly(bool readOnly);

    ItemTableView *view() const { return m_view; }
    QAction *addItemAction() const { return m_add; }
    QAction *removeItemAction() const { return m_remove; }

public Q_SLOTS:
    void addItem();
    void removeItem();
    void moveUp();
    void moveDown();

Q_SIGNALS:
    void edited(const QStringList &items);

private:
    QAction *makeAction(const QString &icon, const QString &text, const QKeySequence &key,
                        void (TextListEditor::*slot)());
    void moveBy(int offset);
    void onItemChanged();
    void updateActions();

    ItemTableView *m_view;
    QStandardItemModel *m_model;
    bool m_refreshing = false;
    bool m_readOnly = false;
    // Row to start editing once the workspace has taken the new entry.
    int m_editRow = -1;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_moveUp;
    QAction *m_moveDown;
};

} // namespace clientele
