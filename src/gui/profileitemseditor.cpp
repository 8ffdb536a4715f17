#include "clientele/gui/profileitemseditor.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/models/profileitemsmodel.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/exclusionruledialog.h"
#include "clientele/gui/itemtableview.h"
#include "disqualifierdelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QMessageBox>

namespace clientele {

namespace {

ItemListEditor::Entry entryOf(ProfileList list)
{
    switch (list) {
    case ProfileList::Technographics: return ItemListEditor::Entry::Tool;
    case ProfileList::Obstacles: return ItemListEditor::Entry::Obstacle;
    case ProfileList::Needs: return ItemListEditor::Entry::Need;
    case ProfileList::Wants: return ItemListEditor::Entry::Want;
    case ProfileList::Exclusions: return ItemListEditor::Entry::Exclusion;
    }
    return ItemListEditor::Entry::Need;
}

} // namespace

ProfileItemsEditor::ProfileItemsEditor(QWidget *parent)
    : ItemListEditor(parent)
{
    updateActions();
}

void ProfileItemsEditor::setup(Workspace *workspace, ProfileList list)
{
    delete m_model;
    m_workspace = workspace;
    m_model = new ProfileItemsModel(workspace, list, this);
    setModel(m_model);
    if (list == ProfileList::Exclusions && !m_rule) {
        view()->setItemDelegate(new DisqualifierDelegate(4, view()));
        m_rule = addEntryAction(QStringLiteral("disqualify"), tr("Rule\u2026"),
                                QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
        m_rule->setObjectName(QStringLiteral("exclusionRuleAction"));
        m_rule->setToolTip(tr("Disqualify prospects that match this entry (%1)")
                               .arg(m_rule->shortcut().toString(QKeySequence::NativeText)));
        connect(m_rule, &QAction::triggered, this, &ProfileItemsEditor::editRule);
        updateActions();
    }
    view()->horizontalHeader()->setVisible(list == ProfileList::Exclusions);
    // Obstacles are ranked; the row number says so.
    view()->verticalHeader()->setVisible(list == ProfileList::Obstacles);
    setNames(listLabel(list), entryOf(list));
}

void ProfileItemsEditor::setProfile(qint64 profileId)
{
    if (m_model)
        m_model->setProfile(profileId);
    updateActions();
}

bool ProfileItemsEditor::hasList() const
{
    return m_model && m_model->profileId() != 0;
}

void ProfileItemsEditor::updateActions()
{
    ItemListEditor::updateActions();
    if (m_rule)
        m_rule->setEnabled(canChange() && currentRow() >= 0);
}

void ProfileItemsEditor::editRule()
{
    const int row = currentRow();
    if (!m_rule || !canChange() || row < 0)
        return;
    const qint64 profileId = m_model->profileId();
    auto *dialog =
        new ExclusionRuleDialog(m_workspace->chart()->chart(),
                                m_model->index(row, 0).data().toString(), m_model->rule(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, profileId, row] {
        // One undoable step, which the history of the profile records.
        const Status set =
            m_workspace->profiles()->setExclusionRule(profileId, row, dialog->rule());
        if (!set)
            QMessageBox::warning(this, tr("Rule not set"), set.errorMessage());
    });
    dialog->open();
}

void ProfileItemsEditor::insertRow(int row)
{
    if (!m_model->insertRows(row, 1))
        return;
    selectRow(row);
    view()->setFocus();
    view()->edit(m_model->index(row, 0));
}

void ProfileItemsEditor::removeRow(int row)
{
    m_model->removeRows(row, 1);
    selectRow(qMin(row, m_model->rowCount() - 1));
}

void ProfileItemsEditor::moveRow(int from, int to)
{
    // Qt's moveRows counts the destination before the move.
    m_model->moveRows({}, from, 1, {}, to > from ? to + 1 : to);
    selectRow(to);
}

void ProfileItemsEditor::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    view()->setCurrentIndex(m_model->index(row, 0));
    view()->selectRow(row);
}

} // namespace clientele
