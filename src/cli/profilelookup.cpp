#include "profilelookup.h"

#include "clientele/core/profilestore.h"

#include <QUuid>

namespace clientele::cli {

namespace {

QList<CustomerProfile> named(const QList<CustomerProfile> &profiles, const QString &name,
                             Qt::CaseSensitivity sensitivity)
{
    QList<CustomerProfile> found;
    for (const CustomerProfile &profile : profiles)
        if (profile.name.compare(name, sensitivity) == 0)
            found.append(profile);
    return found;
}

} // namespace

Result<CustomerProfile> findProfile(const Workspace &workspace, const QString &wanted)
{
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber)
        if (auto byId = workspace.profiles()->find(id))
            return *byId;
    const QList<CustomerProfile> profiles = workspace.profiles()->all();
    if (const QUuid uuid = QUuid::fromString(wanted.trimmed()); !uuid.isNull())
        for (const CustomerProfile &profile : profiles)
            if (profile.uuid == uuid)
                return profile;
    for (const auto sensitivity : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        const QList<CustomerProfile> found = named(profiles, wanted, sensitivity);
        if (found.size() == 1)
            return found.front();
        if (found.size() > 1)
            return Error{Cli::tr("%n profiles in %1 are named \"%2\"; name the one you mean by "
                                 "its id or uuid.",
                                 nullptr, int(found.size()))
                             .arg(workspace.path(), wanted)};
    }
    return Error{Cli::tr("No profile with the id, uuid or name \"%1\" in %2.")
                     .arg(wanted, workspace.path())};
}

} // namespace clientele::cli
