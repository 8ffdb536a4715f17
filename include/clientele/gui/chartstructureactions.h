#pragma once

#include "clientele/domain/attributetype.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;
class QPoint;
class QWidget;

namespace clientele {

class ChartEditor;
class ChartTableView;
class HeaderNameEdit;

// Changes to the chart's shape, each one undo step: add, remove, move, rename and mark
// clients as reference clients; add, rename, retype, remove and move attributes. They act on
// the client and attribute of the grid's current cell, so the same actions serve the Chart
// menu, the keyboard and the context menus of the headers (which first make the clicked
// section current).
class ChartStructureActions : public QObject {
    Q_OBJECT
public:
    ChartStructureActions(ChartEditor *editor, ChartTableView *view, QWidget *dialogParent);

    QAction *addClientAction() const { return m_addClient; }
    QAction *renameClientAction() const { return m_renameClient; }
    QAction *referenceAction() const { return m_reference; }
    QAction *addAttributeAction() const { return m_addAttribute; }

    // For the Chart menu: client actions, then attribute actions.
    QList<QAction *> clientActions() const;
    QList<QAction *> attributeActions() const;
    void setReadOnly(bool readOnly);

public Q_SLOTS:
    void updateActions();
    // Adds a client and names it in place over its header, in one undo step.
    void addClient();
    void removeClient();
    // Names the current client in place over its header.
    void renameClient();
    void setReference(bool isReference);
    void addAttribute();
    void renameAttribute();
    void retypeAttribute(AttributeType type);
    void removeAttribute();
    // A double click on a header renames what it names.
    void renameSection(Qt::Orientation orientation, int section);
    // The context menu of a client's or attribute's header.
    void showHeaderMenu(Qt::Orientation orientation, const QPoint &position);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    QAction *makeAction(const QString &text, const QKeySequence &key,
                        void (ChartStructureActions::*slot)());
    qint64 currentClient() const;
    qint64 currentAttribute() const;
    void moveClient(int step);
    void moveAttribute(int step);
    void selectCell(qint64 clientId, qint64 attributeId);
    void complain(const QString &message);
    void editClientName(qint64 id, bool isNew);

    ChartEditor *m_editor;
    ChartTableView *m_view;
    QWidget *m_dialogParent;
    bool m_readOnly = false;
    QPointer<HeaderNameEdit> m_naming; // the client name being typed in place, if any
    QAction *m_addClient;
    QAction *m_removeClient;
    QAction *m_renameClient;
    QAction *m_moveClientBack;
    QAction *m_moveClientOn;
    QAction *m_reference;
    QAction *m_addAttribute;
    QAction *m_renameAttribute;
    QAction *m_removeAttribute;
    QAction *m_moveAttributeBack;
    QAction *m_moveAttributeOn;
    QMenu *m_retypeMenu;
    QActionGroup *m_types;
};

} // namespace clientele
