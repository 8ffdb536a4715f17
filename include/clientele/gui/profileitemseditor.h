#pragma once

#include "clientele/domain/profilefields.h"
#include "clientele/gui/itemlisteditor.h"

namespace clientele {

class ProfileItemsModel;
class Workspace;

// One ordered list of a profile (obstacles, needs, exclusions, ...), edited through its
// ProfileItemsModel: every change is one undo step on the workspace.
class ProfileItemsEditor : public ItemListEditor {
    Q_OBJECT
public:
    explicit ProfileItemsEditor(QWidget *parent = nullptr);

    void setup(Workspace *workspace, ProfileList list);
    void setProfile(qint64 profileId);
    // Exclusions only: opens the rule of the current entry (ExclusionRuleDialog); null for
    // other lists.
    QAction *ruleAction() const { return m_rule; }

private:
    bool hasList() const override;
    void updateActions() override;
    void editRule();
    void insertRow(int row) override;
    void removeRow(int row) override;
    void moveRow(int from, int to) override;
    void selectRow(int row);

    Workspace *m_workspace = nullptr;
    ProfileItemsModel *m_model = nullptr;
    QAction *m_rule = nullptr;
};

} // namespace clientele
