#pragma once

#include "clientele/core/snapshotstore.h"
#include "clientele/domain/profilefields.h"
#include "clientele/storage/profilerepository.h"

namespace clientele {

// The workspace's customer profiles. Every edit is one undoable change of the whole profile
// (profiles are small), written through with its history. Profiles are read on first use, so
// opening costs the same however many there are. Owned by the Workspace.
class ProfileStore : public SnapshotStore<CustomerProfile, ProfileRepository> {
    Q_OBJECT
public:
    explicit ProfileStore(Workspace *workspace);

    // How many there are, without reading them when they have not been read yet.
    int count() const;

    // Edits: each pushes one undoable change. Edits refused by validation return the reason
    // and change nothing. Typing into one field merges into one step.
    Status setField(qint64 id, ProfileField field, const QString &text);
    qint64 add(const QString &name);
    void remove(qint64 id);
    qint64 duplicate(qint64 id);
    void insertListItem(qint64 id, ProfileList list, int row, const ProfileItem &item);
    void removeListItem(qint64 id, ProfileList list, int row);
    void moveListItem(qint64 id, ProfileList list, int from, int to);
    void editListItem(qint64 id, ProfileList list, int row, const QString &text,
                      const QString &detail);
    // Gives the exclusion at `row` a rule that disqualifies the prospects it matches, or none
    // (std::nullopt, or a rule without a value).
    Status setExclusionRule(qint64 id, int row, const std::optional<ExclusionRule> &rule);
    // Replaces the whole profile as one step named `text` (applying the chart's ideal).
    Status replace(const CustomerProfile &before, const CustomerProfile &after,
                   const QString &text);
    // Sets a field from the text its history shows ("Restore this value").
    Status restoreField(qint64 id, const QString &key, const QString &text);

    // Undo texts, one whole sentence per field and list so a translation can inflect each name.
    struct ListEditTexts {
        QString add;
        QString remove;
        QString reorder;
        QString edit;
    };
    static QString fieldEditText(ProfileField field);
    static ListEditTexts listEditTexts(ProfileList list);

private:
    void change(const CustomerProfile &before, CustomerProfile after, const QString &text,
                MergeId merge = MergeId::None);
};

} // namespace clientele
