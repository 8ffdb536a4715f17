#include "clientele/gui/chartstructureactions.h"

#include "chartattributedialog.h"
#include "clientele/core/charteditor.h"
#include "clientele/core/models/chartmodel.h"
#include "clientele/gui/charttableview.h"
#include "clientele/gui/chartviewmodel.h"
#include "headernameedit.h"
#include "icons.h"

#include <QAction>
#include <QActionGroup>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace clientele {

ChartStructureActions::ChartStructureActions(ChartEditor *editor, ChartTableView *view,
                                             QWidget *dialogParent)
    : QObject(view)
    , m_editor(editor)
    , m_view(view)
    , m_dialogParent(dialogParent)
{
    m_addClient = makeAction(tr("Add &Client"), QKeySequence(Qt::CTRL | Qt::Key_N),
                             &ChartStructureActions::addClient);
    m_addClient->setIcon(themedIcon(QStringLiteral("list-add")));
    m_removeClient = makeAction(tr("Remo&ve Client"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
                                &ChartStructureActions::removeClient);
    m_renameClient = makeAction(tr("Re&name Client"), QKeySequence(Qt::SHIFT | Qt::Key_F2),
                                &ChartStructureActions::renameClient);
    m_moveClientBack = makeAction(tr("Move Client &Left"), {}, nullptr);
    m_moveClientOn = makeAction(tr("Move Client &Right"), {}, nullptr);
    connect(m_moveClientBack, &QAction::triggered, this, [this] { moveClient(-1); });
    connect(m_moveClientOn, &QAction::triggered, this, [this] { moveClient(1); });
    m_reference = makeAction(tr("R&eference Client"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), nullptr);
    m_reference->setCheckable(true);
    m_reference->setStatusTip(tr("Reference clients make up the ideal; others are "
                                 "shown greyed for comparison."));
    connect(m_reference, &QAction::triggered, this, &ChartStructureActions::setReference);

    m_addAttribute =
        makeAction(tr("Add &Attribute\u2026"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N),
                   &ChartStructureActions::addAttribute);
    m_renameAttribute =
        makeAction(tr("Rena&me Attribute\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F2),
                   &ChartStructureActions::renameAttribute);
    m_removeAttribute =
        makeAction(tr("Remove Attri&bute"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
                   &ChartStructureActions::removeAttribute);
    m_moveAttributeBack = makeAction(tr("Move Attribute &Up"), {}, nullptr);
    m_moveAttributeOn = makeAction(tr("Move Attribute &Down"), {}, nullptr);
    connect(m_moveAttributeBack, &QAction::triggered, this, [this] { moveAttribute(-1); });
    connect(m_moveAttributeOn, &QAction::triggered, this, [this] { moveAttribute(1); });

    m_retypeMenu = new QMenu(tr("Attribute &Type"), m_dialogParent);
    m_types = new QActionGroup(this);
    for (AttributeType type : allAttributeTypes()) {
        QAction *action = m_retypeMenu->addAction(attributeTypeLabel(type));
        action->setCheckable(true);
        action->setData(int(type));
        action->setToolTip(attributeTypeHint(type));
        m_types->addAction(action);
        connect(action, &QAction::triggered, this, [this, type] { retypeAttribute(type); });
    }

    // Cell-bound actions listen where the cells are: the grid and its editors.
    for (QAction *action : clientActions() + attributeActions())
        if (action != m_addClient && action != m_addAttribute && !action->isSeparator()) {
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            m_view->addAction(action);
        }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChartStructureActions::updateActions);
    connect(editor, &ChartEditor::chartChanged, this, &ChartStructureActions::updateActions);
    // A name being typed over a header that moved or went away is dropped.
    connect(editor, &ChartEditor::structureChanged, this, [this] {
        if (m_naming)
            m_naming->cancel();
    });
    for (QHeaderView *header : {m_view->horizontalHeader(), m_view->verticalHeader()})
        connect(header, &QWidget::customContextMenuRequested, this,
                [this, header](const QPoint &at) { showHeaderMenu(header->orientation(), at); });
    connect(m_view, &ChartTableView::headerActivated, this, &ChartStructureActions::renameSection);
    updateActions();
}

QAction *ChartStructureActions::makeAction(const QString &text, const QKeySequence &key,
                                           void (ChartStructureActions::*slot)())
{
    auto *action = new QAction(text, this);
    if (!key.isEmpty())
        action->setShortcut(key);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

QList<QAction *> ChartStructureActions::clientActions() const
{
    return {m_addClient,    m_renameClient, m_moveClientBack,
            m_moveClientOn, m_reference,    m_removeClient};
}

QList<QAction *> ChartStructureActions::attributeActions() const
{
    return {m_addAttribute,      m_renameAttribute, m_retypeMenu->menuAction(),
            m_moveAttributeBack, m_moveAttributeOn, m_removeAttribute};
}

void ChartStructureActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

qint64 ChartStructureActions::currentClient() const
{
    const QModelIndex at = m_view->viewModel()->mapToSource(m_view->currentIndex());
    return m_view->chartModel()->clientIdAt(at);
}

qint64 ChartStructureActions::currentAttribute() const
{
    const QModelIndex at = m_view->viewModel()->mapToSource(m_view->currentIndex());
    return m_view->chartModel()->attributeIdAt(at);
}

void ChartStructureActions::updateActions()
{
    const IcpChart &chart = m_editor->chart();
    const ChartClient *client = chart.client(currentClient());
    const Attribute *attribute = chart.attribute(currentAttribute());
    const bool across = m_view->chartModel()->clientHeader() == Qt::Horizontal;
    const int clientAt = client ? chart.clientIndex(client->id) : -1;
    const int attributeAt = attribute ? chart.attributeIndex(attribute->id) : -1;
    const bool editable = !m_readOnly;

    m_addClient->setEnabled(editable);
    m_addAttribute->setEnabled(editable);
    for (QAction *action : {m_removeClient, m_renameClient, m_reference})
        action->setEnabled(editable && client);
    m_moveClientBack->setEnabled(editable && clientAt > 0);
    m_moveClientOn->setEnabled(editable && client && clientAt < chart.clients().size() - 1);
    m_reference->setChecked(client && client->isReference);
    for (QAction *action : {m_renameAttribute, m_removeAttribute, m_retypeMenu->menuAction()})
        action->setEnabled(editable && attribute);
    m_moveAttributeBack->setEnabled(editable && attributeAt > 0);
    m_moveAttributeOn->setEnabled(editable && attribute
                                  && attributeAt < chart.attributes().size() - 1);
    for (QAction *type : m_types->actions())
        type->setChecked(attribute && type->data().toInt() == int(attribute->type));

    // The arrows follow the grid: clients move sideways when they are columns.
    const QKeyCombination back(Qt::ALT | Qt::SHIFT, across ? Qt::Key_Left : Qt::Key_Up);
    const QKeyCombination on(Qt::ALT | Qt::SHIFT, across ? Qt::Key_Right : Qt::Key_Down);
    const QKeyCombination up(Qt::ALT | Qt::SHIFT, across ? Qt::Key_Up : Qt::Key_Left);
    const QKeyCombination down(Qt::ALT | Qt::SHIFT, across ? Qt::Key_Down : Qt::Key_Right);
    m_moveClientBack->setText(across ? tr("Move Client &Left") : tr("Move Client &Up"));
    m_moveClientOn->setText(across ? tr("Move Client &Right") : tr("Move Client &Down"));
    m_moveAttributeBack->setText(across ? tr("Move Attribute U&p") : tr("Move Attribute Le&ft"));
    m_moveAttributeOn->setText(across ? tr("Move Attribute Do&wn") : tr("Move Attribute Ri&ght"));
    m_moveClientBack->setShortcut(QKeySequence(back));
    m_moveClientOn->setShortcut(QKeySequence(on));
    m_moveAttributeBack->setShortcut(QKeySequence(up));
    m_moveAttributeOn->setShortcut(QKeySequence(down));
}

void ChartStructureActions::selectCell(qint64 clientId, qint64 attributeId)
{
    const QModelIndex at = m_view->chartModel()->indexOf(clientId, attributeId);
    if (at.isValid())
        m_view->setCurrentIndex(m_view->viewModel()->mapFromSource(at));
}

void ChartStructureActions::complain(const QString &message)
{
    m_view->showMessage(m_view->currentIndex(), message);
}

void ChartStructureActions::addClient()
{
    const qint64 attribute = currentAttribute();
    const qint64 id = m_editor->addClient();
    if (id == 0)
        return;
    selectCell(id, attribute ? attribute : m_editor->chart().attributes().value(0).id);
    m_view->setFocus();
    editClientName(id, true);
}

void ChartStructureActions::removeClient()
{
    const ChartClient *client = m_editor->chart().client(currentClient());
    if (!client)
        return;
    const QString name = client->name;
    if (const Status removed = m_editor->removeClient(client->id); !removed)
        complain(removed.errorMessage());
    else
        Q_EMIT statusMessage(tr("Removed %1 \u2014 Ctrl+Z brings it back").arg(name));
}

void ChartStructureActions::renameClient()
{
    if (const ChartClient *client = m_editor->chart().client(currentClient()); client)
        editClientName(client->id, false);
}

void ChartStructureActions::editClientName(qint64 id, bool isNew)
{
    const ChartClient *client = m_editor->chart().client(id);
    if (!client || m_readOnly)
        return;
    if (m_naming)
        m_naming->cancel();
    // The chart's clients come first in the grid, in order, then the ideal.
    const int section = m_editor->chart().clientIndex(id);
    QHeaderView *header = m_view->chartModel()->clientHeader() == Qt::Horizontal
                              ? m_view->horizontalHeader()
                              : m_view->verticalHeader();
    m_naming = new HeaderNameEdit(header, section, client->name, m_view);
    m_naming->setAccessibleName(tr("Client name"));
    const QString proposed = client->name;
    connect(m_naming, &HeaderNameEdit::accepted, this, [this, id, isNew](const QString &name) {
        const Status named =
            isNew ? m_editor->nameNewClient(id, name) : m_editor->renameClient(id, name);
        m_view->setFocus();
        if (!named)
            complain(named.errorMessage());
        else if (const ChartClient *client = m_editor->chart().client(id); client && isNew)
            Q_EMIT statusMessage(tr("Added %1").arg(client->name));
    });
    connect(m_naming, &HeaderNameEdit::cancelled, this, [this, isNew, proposed] {
        m_view->setFocus();
        if (isNew)
            Q_EMIT statusMessage(tr("Added %1").arg(proposed));
    });
}

void ChartStructureActions::moveClient(int step)
{
    const qint64 client = currentClient();
    const qint64 attribute = currentAttribute();
    const int at = m_editor->chart().clientIndex(client);
    if (at < 0)
        return;
    if (const Status moved = m_editor->moveClient(client, at + step); !moved)
        complain(moved.errorMessage());
    selectCell(client, attribute);
}

void ChartStructureActions::setReference(bool isReference)
{
    const qint64 client = currentClient();
    if (client == 0)
        return;
    if (const Status marked = m_editor->setClientReference(client, isReference); !marked)
        complain(marked.errorMessage());
}

void ChartStructureActions::addAttribute()
{
    if (m_readOnly)
        return;
    ChartAttributeDialog dialog(m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int at = m_editor->chart().attributeIndex(currentAttribute());
    const qint64 id = m_editor->addAttribute(dialog.attribute(), at < 0 ? -1 : at + 1);
    if (id == 0)
        return;
    selectCell(currentClient() ? currentClient() : m_editor->chart().clients().value(0).id, id);
    m_view->setFocus();
}

void ChartStructureActions::renameAttribute()
{
    const Attribute *attribute = m_editor->chart().attribute(currentAttribute());
    if (!attribute || m_readOnly)
        return;
    const qint64 id = attribute->id;
    bool ok = false;
    const QString label =
        QInputDialog::getText(m_dialogParent, tr("Rename Attribute"), tr("Attribute name:"),
                              QLineEdit::Normal, attribute->label, &ok);
    if (!ok)
        return;
    if (const Status renamed = m_editor->renameAttribute(id, label); !renamed)
        complain(renamed.errorMessage());
}

void ChartStructureActions::retypeAttribute(AttributeType type)
{
    const Attribute *attribute = m_editor->chart().attribute(currentAttribute());
    if (!attribute || attribute->type == type) {
        updateActions();
        return;
    }
    // Tried on a copy first, so the question can say exactly what would be lost.
    IcpChart probe = m_editor->chart();
    const int clears = probe.setAttributeType(attribute->id, type);
    if (clears > 0) {
        QMessageBox box(QMessageBox::Warning, tr("Change Attribute Type"),
                        (clears == 1 ? tr("Changing \u201c%1\u201d to \u201c%2\u201d clears 1 "
                                          "cell that cannot be read that way.")
                                     : tr("Changing \u201c%1\u201d to \u201c%2\u201d clears %n "
                                          "cells that cannot be read that way.",
                                          nullptr, clears))
                            .arg(attribute->label, attributeTypeLabel(type)),
                        QMessageBox::Cancel, m_dialogParent);
        box.setInformativeText(tr("Undo brings them back."));
        box.addButton(tr("Change Type"), QMessageBox::AcceptRole);
        if (box.exec() == QMessageBox::Cancel) {
            updateActions();
            return;
        }
    }
    const auto retyped = m_editor->retypeAttribute(attribute->id, type);
    if (!retyped)
        complain(retyped.errorMessage());
    updateActions();
}

void ChartStructureActions::removeAttribute()
{
    const Attribute *attribute = m_editor->chart().attribute(currentAttribute());
    if (!attribute)
        return;
    const QString label = attribute->label;
    if (const Status removed = m_editor->removeAttribute(attribute->id); !removed)
        complain(removed.errorMessage());
    else
        Q_EMIT statusMessage(tr("Removed \u201c%1\u201d \u2014 Ctrl+Z brings it back").arg(label));
}

void ChartStructureActions::moveAttribute(int step)
{
    const qint64 client = currentClient();
    const qint64 attribute = currentAttribute();
    const int at = m_editor->chart().attributeIndex(attribute);
    if (at < 0)
        return;
    if (const Status moved = m_editor->moveAttribute(attribute, at + step); !moved)
        complain(moved.errorMessage());
    selectCell(client, attribute);
}

void ChartStructureActions::renameSection(Qt::Orientation orientation, int section)
{
    const QModelIndex current = m_view->currentIndex();
    const bool across = orientation == Qt::Horizontal;
    m_view->setCurrentIndex(m_view->viewModel()->index(
        across ? qMax(0, current.row()) : section, across ? section : qMax(0, current.column())));
    if (orientation == m_view->chartModel()->clientHeader())
        renameClient();
    else
        renameAttribute();
}

void ChartStructureActions::showHeaderMenu(Qt::Orientation orientation, const QPoint &position)
{
    QHeaderView *header =
        orientation == Qt::Horizontal ? m_view->horizontalHeader() : m_view->verticalHeader();
    const int section = header->logicalIndexAt(position);
    if (section < 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    const bool across = orientation == Qt::Horizontal;
    m_view->setCurrentIndex(m_view->viewModel()->index(
        across ? qMax(0, current.row()) : section, across ? section : qMax(0, current.column())));
    QMenu menu(m_view);
    menu.addActions(orientation == m_view->chartModel()->clientHeader() ? clientActions()
                                                                        : attributeActions());
    menu.exec(header->viewport()->mapToGlobal(position));
}

} // namespace clientele
