#include "clientele/gui/profileitemseditor.h"

#include "clientele/core/models/profileitemsmodel.h"
#include "clientele/gui/itemtableview.h"

#include <QHeaderView>

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
    m_model = new ProfileItemsModel(workspace, list, this);
    setModel(m_model);
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
