#include "clientele/core/workspace.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/commands/changevalue.h"
#include "clientele/core/customerbook.h"
#include "clientele/core/history.h"
#include "clientele/core/itemhistory.h"
#include "clientele/core/offercatalogue.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/proposalbook.h"
#include "clientele/core/prospectbook.h"
#include "clientele/core/reviewrounds.h"
#include "clientele/storage/settingsrepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUndoStack>

#include <spdlog/spdlog.h>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace clientele {

namespace {

Error damaged(const QString &path, const std::exception &e)
{
    return Error{QCoreApplication::translate("clientele::Workspace",
                                             "Cannot open \"%1\": the file is damaged (%2).")
                     .arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what()))};
}

// The operating-system user, as the history names them unless told otherwise.
QString systemUser()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"})
        if (const QString user = qEnvironmentVariable(name); !user.isEmpty())
            return user;
#ifdef Q_OS_UNIX
    if (const passwd *account = getpwuid(geteuid()))
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QCoreApplication::translate("clientele::Workspace", "unknown");
}

} // namespace

Workspace::Workspace(std::unique_ptr<WorkspaceFile> file, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_undoStack(new QUndoStack(this))
    , m_author(systemUser())
{
    m_settings = SettingsRepository(m_file->database()).load();
    m_profiles = new ProfileStore(this);
    m_chart = new ChartEditor(this);
    m_offers = new OfferCatalogue(this);
    m_proposals = new ProposalBook(this);
    m_prospects = new ProspectBook(this);
    m_reviews = new ReviewRounds(this);
    m_customers = std::make_unique<CustomerBook>(this);
    m_history = std::make_unique<History>(this);
}

Workspace::~Workspace()
{
    // Commands refer back to this workspace; drop them before anything else goes.
    m_undoStack->clear();
}

Result<std::unique_ptr<Workspace>>
Workspace::open(const QString &path, WorkspaceFile::Access access, ProfileReading reading)
{
    auto file = WorkspaceFile::open(path, access);
    if (!file)
        return file.error();
    // Garbled data pages pass the checks made on opening and only show when the content is
    // read; the repositories then throw, and the user gets the reason instead of a crash.
    std::unique_ptr<Workspace> workspace;
    try {
        workspace = std::make_unique<Workspace>(std::move(*file));
    } catch (const std::exception &e) {
        return damaged(path, e);
    }
    if (reading == ProfileReading::AtOpen)
        if (const Status read = workspace->readAllNow(); !read)
            return read.error();
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path,
                                                     const QString &documentLanguage)
{
    auto file = WorkspaceFile::create(path);
    if (!file)
        return file.error();
    if (!documentLanguage.isEmpty()) {
        // Part of making the file, before anything could be undone or recorded.
        SettingsRepository settings((*file)->database());
        WorkspaceSettings initial = settings.load();
        initial.documentLanguage = documentLanguage;
        settings.save(initial);
    }
    return std::make_unique<Workspace>(std::move(*file));
}

Status Workspace::readAllNow()
{
    try {
        ProfileRepository(m_file->database()).all();
        OfferRepository(m_file->database()).all();
        ProposalRepository(m_file->database()).all();
        ProspectRepository(m_file->database()).all();
    } catch (const std::exception &e) {
        return damaged(path(), e);
    }
    return success();
}

void Workspace::reportReadFailure(const std::exception &e) const
{
    const QString message = damaged(m_file->path(), e).message;
    spdlog::error("{}", message.toStdString());
    auto *self = const_cast<Workspace *>(this); // the signal is what changes, not the data
    QMetaObject::invokeMethod(
        self, [self, message] { Q_EMIT self->readFailed(message); }, Qt::QueuedConnection);
}

QList<std::pair<QString, int>> Workspace::counts() const
{
    return {{QStringLiteral("profiles"), m_profiles->count()},
            {QStringLiteral("chartClients"), m_chart->clientCount()},
            {QStringLiteral("offers"), m_offers->count()},
            {QStringLiteral("proposals"), m_proposals->count()},
            {QStringLiteral("prospects"), m_prospects->count()},
            {QStringLiteral("reviewRounds"), m_reviews->count()}};
}

void Workspace::setAuthor(const QString &author)
{
    m_author = author.trimmed().isEmpty() ? systemUser() : author.trimmed();
}

void Workspace::push(QUndoCommand *command)
{
    m_undoStack->push(command);
}

bool Workspace::commit(const std::function<QList<ChangeRecord>(SQLite::Database &)> &write,
                       const std::function<void()> &applied)
{
    const Status written = m_file->transaction([&] {
        QList<ChangeRecord> history = write(m_file->database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (ChangeRecord &record : history) {
            record.at = now;
            record.author = m_author;
        }
        if (!history.isEmpty())
            ChangeLogRepository(m_file->database()).append(history);
    });
    if (!written) {
        Q_EMIT writeFailed(written.errorMessage());
        return false;
    }
    applied();
    Q_EMIT saved();
    return true;
}

void Workspace::setSettings(const WorkspaceSettings &settings)
{
    changeSettings(settings, tr("Change workspace settings"));
}

void Workspace::changeSettings(const WorkspaceSettings &settings, const QString &text)
{
    if (settings != m_settings)
        push(new FunctionChange<WorkspaceSettings>(
            m_settings, settings, text,
            [this](WorkspaceSettings &value, const WorkspaceSettings &replaced, MergeId merge) {
                return writeSettings(value, replaced, merge);
            }));
}

Status Workspace::setFitBands(const FitBands &bands)
{
    if (!bands.isValid())
        return Error{tr("Grade bands must fall from A to C, each at least 1 below the one "
                        "before, between 100 and 0.")};
    WorkspaceSettings settings = m_settings;
    settings.fitBands = bands;
    changeSettings(settings, tr("Change grade bands"));
    return success();
}

bool Workspace::writeSettings(const WorkspaceSettings &settings, const WorkspaceSettings &replaced,
                              MergeId merge)
{
    return commit(
        [&](SQLite::Database &db) {
            SettingsRepository(db).save(settings);
            QList<ChangeRecord> history;
            for (const FieldChange &field : changedFields(settingsFields(), replaced, settings))
                history << changeRecord(History::kSettings, 0, tr("Workspace settings"), field,
                                        merge);
            return history;
        },
        [&] {
            m_settings = settings;
            Q_EMIT settingsChanged();
        });
}

} // namespace clientele
