#include "clientele/core/workspace.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/commands/editprofilefieldcommand.h"
#include "clientele/core/commands/profilesnapshotcommand.h"
#include "clientele/core/commands/settingscommand.h"
#include "clientele/core/offerstore.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/settingsrepository.h"

#include <QFileInfo>
#include <QUndoStack>

#include <spdlog/spdlog.h>

namespace clientele {

namespace {

CustomerProfile touched(CustomerProfile profile)
{
    profile.updated = QDateTime::currentDateTimeUtc();
    return profile;
}

} // namespace

Workspace::Workspace(std::unique_ptr<WorkspaceFile> file, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_undoStack(new QUndoStack(this))
{
    m_settings = SettingsRepository(m_file->database()).load();
    m_chart = new ChartEditor(this);
    m_offerStore = new OfferStore(this);
}

Workspace::~Workspace()
{
    // Commands refer back to this workspace; drop them before anything else goes.
    m_undoStack->clear();
}

namespace {

Error damaged(const QString &path, const std::exception &e)
{
    return Error{QStringLiteral("Cannot open \"%1\": the file is damaged (%2).")
                     .arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what()))};
}

} // namespace

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
        if (const Status read = workspace->readProfiles(); !read)
            return read.error();
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path)
{
    auto file = WorkspaceFile::create(path);
    if (!file)
        return file.error();
    return std::make_unique<Workspace>(std::move(*file));
}

Status Workspace::readProfiles() const
{
    QMap<qint64, CustomerProfile> read;
    try {
        for (const auto &profile : ProfileRepository(m_file->database()).all())
            read.insert(profile.id, profile);
    } catch (const std::exception &e) {
        return damaged(path(), e);
    }
    m_profiles = std::move(read);
    return success();
}

const QMap<qint64, CustomerProfile> &Workspace::loadedProfiles() const
{
    if (m_profiles)
        return *m_profiles;
    if (const Status read = readProfiles(); !read) {
        spdlog::error("{}", read.errorMessage().toStdString());
        m_profiles.emplace();
        auto *self = const_cast<Workspace *>(this); // the signal is what changes, not the data
        QMetaObject::invokeMethod(
            self, [self, message = read.errorMessage()] { Q_EMIT self->readFailed(message); },
            Qt::QueuedConnection);
    }
    return *m_profiles;
}

std::optional<CustomerProfile> Workspace::profile(qint64 id) const
{
    const auto &profiles = loadedProfiles();
    const auto found = profiles.constFind(id);
    if (found == profiles.constEnd())
        return std::nullopt;
    return *found;
}

int Workspace::profileCount() const
{
    if (!m_profiles) {
        try {
            return ProfileRepository(m_file->database()).count();
        } catch (const std::exception &) {
            // Reading them all reports the damage.
        }
    }
    return static_cast<int>(loadedProfiles().size());
}

QList<std::pair<QString, int>> Workspace::counts() const
{
    return {{QStringLiteral("profiles"), profileCount()},
            {QStringLiteral("chartClients"), m_chart->clientCount()},
            {QStringLiteral("offers"), m_offerStore->offerCount()},
            {QStringLiteral("proposals"), m_offerStore->proposalCount()}};
}

void Workspace::push(QUndoCommand *command)
{
    m_undoStack->push(command);
}

Status Workspace::setProfileField(qint64 id, ProfileField field, const QString &text)
{
    const auto before = profile(id);
    if (!before)
        return Error{QStringLiteral("That profile no longer exists.")};
    if (fieldText(*before, field) == text)
        return success();
    CustomerProfile after = *before;
    if (auto set = setFieldText(after, field, text); !set)
        return set;
    push(new EditProfileFieldCommand(this, *before, touched(after), field));
    return success();
}

qint64 Workspace::addProfile(const QString &name)
{
    CustomerProfile created;
    created.name = name;
    created.created = QDateTime::currentDateTimeUtc();
    created.updated = created.created;
    m_lastAddedId = 0;
    push(new ProfileSnapshotCommand(this, std::nullopt, created, QStringLiteral("Add profile")));
    return m_lastAddedId;
}

void Workspace::removeProfile(qint64 id)
{
    if (const auto before = profile(id))
        push(new ProfileSnapshotCommand(
            this, before, std::nullopt,
            QStringLiteral("Remove profile \u201c%1\u201d").arg(before->name)));
}

qint64 Workspace::duplicateProfile(qint64 id)
{
    const auto original = profile(id);
    if (!original)
        return 0;
    CustomerProfile copy = *original;
    copy.id = 0;
    copy.name = QStringLiteral("%1 (copy)").arg(original->name);
    copy.created = QDateTime::currentDateTimeUtc();
    copy.updated = copy.created;
    for (ProfileList list : allProfileLists())
        for (auto &item : listItems(copy, list))
            item.id = 0;
    m_lastAddedId = 0;
    push(new ProfileSnapshotCommand(this, std::nullopt, copy, QStringLiteral("Duplicate profile")));
    return m_lastAddedId;
}

void Workspace::insertListItem(qint64 id, ProfileList list, int row, const ProfileItem &item)
{
    auto before = profile(id);
    if (!before)
        return;
    CustomerProfile after = *before;
    auto &items = listItems(after, list);
    ProfileItem added = item;
    added.id = 0;
    items.insert(qBound(0, row, static_cast<int>(items.size())), added);
    push(new ProfileSnapshotCommand(this, before, touched(after),
                                    QStringLiteral("Add to %1").arg(listLabel(list).toLower())));
}

void Workspace::removeListItem(qint64 id, ProfileList list, int row)
{
    auto before = profile(id);
    if (!before || row < 0 || row >= listItems(*before, list).size())
        return;
    CustomerProfile after = *before;
    listItems(after, list).removeAt(row);
    push(new ProfileSnapshotCommand(
        this, before, touched(after),
        QStringLiteral("Remove from %1").arg(listLabel(list).toLower())));
}

void Workspace::moveListItem(qint64 id, ProfileList list, int from, int to)
{
    auto before = profile(id);
    if (!before)
        return;
    const int size = static_cast<int>(listItems(*before, list).size());
    if (from < 0 || from >= size || to < 0 || to >= size || from == to)
        return;
    CustomerProfile after = *before;
    listItems(after, list).move(from, to);
    push(new ProfileSnapshotCommand(this, before, touched(after),
                                    QStringLiteral("Reorder %1").arg(listLabel(list).toLower())));
}

void Workspace::editListItem(qint64 id, ProfileList list, int row, const QString &text,
                             const QString &detail)
{
    auto before = profile(id);
    if (!before || row < 0 || row >= listItems(*before, list).size())
        return;
    CustomerProfile after = *before;
    auto &item = listItems(after, list)[row];
    if (item.text == text && item.detail == detail)
        return;
    item.text = text;
    item.detail = detail;
    push(new ProfileSnapshotCommand(this, before, touched(after),
                                    QStringLiteral("Edit %1").arg(listLabel(list).toLower())));
}

void Workspace::setSettings(const WorkspaceSettings &settings)
{
    if (settings == m_settings)
        return;
    push(new SettingsCommand(this, m_settings, settings));
}

bool Workspace::storeProfile(CustomerProfile &profile)
{
    CustomerProfile stored;
    const bool isNew = !loadedProfiles().contains(profile.id);
    const Status written =
        m_file->transaction([&] { stored = ProfileRepository(m_file->database()).save(profile); });
    if (!written) {
        Q_EMIT writeFailed(written.errorMessage());
        return false;
    }
    profile = stored;
    m_profiles->insert(stored.id, stored);
    if (isNew) {
        m_lastAddedId = stored.id;
        Q_EMIT profileAdded(stored.id);
    } else
        Q_EMIT profileChanged(stored.id);
    Q_EMIT saved();
    return true;
}

bool Workspace::eraseProfile(qint64 id)
{
    const Status written =
        m_file->transaction([&] { ProfileRepository(m_file->database()).remove(id); });
    if (!written) {
        Q_EMIT writeFailed(written.errorMessage());
        return false;
    }
    if (m_profiles)
        m_profiles->remove(id);
    Q_EMIT profileRemoved(id);
    Q_EMIT saved();
    return true;
}

bool Workspace::storeSettings(const WorkspaceSettings &settings)
{
    const Status written =
        m_file->transaction([&] { SettingsRepository(m_file->database()).save(settings); });
    if (!written) {
        Q_EMIT writeFailed(written.errorMessage());
        return false;
    }
    m_settings = settings;
    Q_EMIT settingsChanged();
    Q_EMIT saved();
    return true;
}

} // namespace clientele
