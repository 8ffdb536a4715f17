#pragma once

#include "clientele/core/commands/mergeid.h"
#include "clientele/domain/workspacesettings.h"
#include "clientele/storage/changelogrepository.h"
#include "clientele/storage/workspacefile.h"

#include <QObject>

#include <functional>
#include <memory>
#include <utility>

class QUndoStack;
class QUndoCommand;

namespace clientele {

class ChartEditor;
class CustomerBook;
class History;
class OfferCatalogue;
class ProfileStore;
class ProposalBook;
class ProspectBook;
class ReviewRounds;

// The open workspace: opens the file, owns the undo stack and the stores, and is the one path
// every change takes to the file (commit()). Every edit is a command on the undo stack written
// through in the same step, with its history, so there is nothing to save.
class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(std::unique_ptr<WorkspaceFile> file, QObject *parent = nullptr);
    ~Workspace() override;

    // When the items are read: the window reads them when a view first asks; a command that
    // reports on the whole file reads them as it opens, so damage is an error there.
    enum class ProfileReading { OnFirstUse, AtOpen };
    static Result<std::unique_ptr<Workspace>>
    open(const QString &path, WorkspaceFile::Access access = WorkspaceFile::Access::ReadWrite,
         ProfileReading reading = ProfileReading::OnFirstUse);
    // A new, empty workspace whose documents are written in `documentLanguage` (a code from
    // documentLanguages(); empty for the default): the language its maker speaks.
    static Result<std::unique_ptr<Workspace>> create(const QString &path,
                                                     const QString &documentLanguage = {});

    WorkspaceFile &file() { return *m_file; }
    QString path() const { return m_file->path(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The stores; every edit of them goes through the same undo stack and commit().
    ProfileStore *profiles() const { return m_profiles; }
    ChartEditor *chart() const { return m_chart; }
    OfferCatalogue *offers() const { return m_offers; }
    ProposalBook *proposals() const { return m_proposals; }
    ProspectBook *prospects() const { return m_prospects; }
    ReviewRounds *reviews() const { return m_reviews; }
    CustomerBook *customers() const { return m_customers.get(); }
    History *history() const { return m_history.get(); }

    WorkspaceSettings settings() const { return m_settings; }
    // One undoable change of the settings.
    void setSettings(const WorkspaceSettings &settings);
    // One undoable change of the grade bands; refused unless they are valid.
    Status setFitBands(const FitBands &bands);
    // What the workspace holds, by the keys `info --json` reports ("profiles", ...).
    QList<std::pair<QString, int>> counts() const;

    // Who the history names for changes made here: the operating-system user unless set.
    QString author() const { return m_author; }
    void setAuthor(const QString &author);

    // Pushes a command onto the undo stack.
    void push(QUndoCommand *command);

    // The change path. Runs `write` in one transaction and appends the history it returns
    // (stamped with the time and the author) in the same transaction; then runs `applied`
    // (the stores update memory and announce the change) and announces saved(). On failure
    // nothing is applied, writeFailed() says why, and the result is false.
    bool commit(const std::function<QList<ChangeRecord>(SQLite::Database &)> &write,
                const std::function<void()> &applied);
    // Writes the settings in place of `replaced` (the settings command's apply path).
    bool writeSettings(const WorkspaceSettings &settings, const WorkspaceSettings &replaced,
                       MergeId merge);

    // A store could not read its items (a damaged file): the workspace announces readFailed()
    // from the event loop, never from inside the call that asked.
    void reportReadFailure(const std::exception &e) const;

Q_SIGNALS:
    void settingsChanged();
    // After every successful commit.
    void saved();
    void writeFailed(const QString &message);
    // Items could not be read when first used (a damaged file); their store then holds none.
    void readFailed(const QString &message);

private:
    Status readAllNow();
    void changeSettings(const WorkspaceSettings &settings, const QString &text);

    std::unique_ptr<WorkspaceFile> m_file;
    QUndoStack *m_undoStack;
    WorkspaceSettings m_settings;
    QString m_author;
    ProfileStore *m_profiles = nullptr;
    ChartEditor *m_chart = nullptr;
    OfferCatalogue *m_offers = nullptr;
    ProposalBook *m_proposals = nullptr;
    ProspectBook *m_prospects = nullptr;
    ReviewRounds *m_reviews = nullptr;
    std::unique_ptr<CustomerBook> m_customers;
    std::unique_ptr<History> m_history;
};

} // namespace clientele
