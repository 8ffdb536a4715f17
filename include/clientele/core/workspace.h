#pragma once

#include "clientele/domain/customerprofile.h"
#include "clientele/domain/profilefields.h"
#include "clientele/domain/workspacesettings.h"
#include "clientele/storage/workspacefile.h"

#include <QMap>
#include <QObject>

#include <memory>
#include <optional>
#include <utility>

class QUndoStack;
class QUndoCommand;

namespace clientele {

class ChartEditor;
class OfferStore;

// The open workspace: owns the file and the undo stack, keeps the profiles in memory, and tells
// views what changed. Profiles are read on first use, so opening costs the same however many
// there are. Every edit goes through a command on the undo stack and is committed to
// the file in the same step, so there is nothing to save.
class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(std::unique_ptr<WorkspaceFile> file, QObject *parent = nullptr);
    ~Workspace() override;

    // When the profiles are read: the window reads them when a view first asks; a command that
    // reports on the whole file reads them as it opens, so damage is an error there.
    enum class ProfileReading { OnFirstUse, AtOpen };
    static Result<std::unique_ptr<Workspace>>
    open(const QString &path, WorkspaceFile::Access access = WorkspaceFile::Access::ReadWrite,
         ProfileReading reading = ProfileReading::OnFirstUse);
    static Result<std::unique_ptr<Workspace>> create(const QString &path);

    WorkspaceFile &file() { return *m_file; }
    QString path() const { return m_file->path(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    QList<CustomerProfile> profiles() const { return loadedProfiles().values(); }
    std::optional<CustomerProfile> profile(qint64 id) const;
    int profileCount() const;
    WorkspaceSettings settings() const { return m_settings; }
    // The ICP chart and its derived ideal; edits go through the same undo stack.
    ChartEditor *chart() const { return m_chart; }
    // The offer catalogue, ladder and proposals; edits go through the same undo stack.
    OfferStore *offerStore() const { return m_offerStore; }
    // What the workspace holds, by the keys `info --json` reports ("profiles", ...).
    QList<std::pair<QString, int>> counts() const;

    // User edits: each pushes one undoable command. Edits refused by validation return the
    // reason and change nothing.
    Status setProfileField(qint64 id, ProfileField field, const QString &text);
    qint64 addProfile(const QString &name);
    void removeProfile(qint64 id);
    qint64 duplicateProfile(qint64 id);
    void insertListItem(qint64 id, ProfileList list, int row, const ProfileItem &item);
    void removeListItem(qint64 id, ProfileList list, int row);
    void moveListItem(qint64 id, ProfileList list, int from, int to);
    void editListItem(qint64 id, ProfileList list, int row, const QString &text,
                      const QString &detail);
    void setSettings(const WorkspaceSettings &settings);
    // Pushes any command onto the undo stack (for edits defined outside this class).
    void push(QUndoCommand *command);

    // Used by commands: write through to the file, then update memory and announce it.
    // `profile` gets its assigned ids. A failure is reported through writeFailed().
    bool storeProfile(CustomerProfile &profile);
    bool eraseProfile(qint64 id);
    bool storeSettings(const WorkspaceSettings &settings);

Q_SIGNALS:
    void profileAdded(qint64 id);
    void profileChanged(qint64 id);
    void profileRemoved(qint64 id);
    void settingsChanged();
    // After every successful commit.
    void saved();
    void writeFailed(const QString &message);
    // The profiles could not be read when first used (a damaged file); the workspace then
    // holds none. Announced from the event loop, never from inside the call that asked.
    void readFailed(const QString &message);

private:
    const QMap<qint64, CustomerProfile> &loadedProfiles() const;
    Status readProfiles() const;

    std::unique_ptr<WorkspaceFile> m_file;
    QUndoStack *m_undoStack;
    mutable std::optional<QMap<qint64, CustomerProfile>> m_profiles;
    WorkspaceSettings m_settings;
    qint64 m_lastAddedId = 0;
    ChartEditor *m_chart = nullptr;
    OfferStore *m_offerStore = nullptr;
};

} // namespace clientele
