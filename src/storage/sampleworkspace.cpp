#include "clientele/storage/sampleworkspace.h"

#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"

#include <QFile>

namespace clientele {

const QString kReadySampleResource = QStringLiteral(":/sample/Sample.clientele");

namespace {

const QString kSampleResource = QStringLiteral(":/sample/sample-workspace.json");

void removeWorkspace(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Writes the ready-made file's bytes (not QFile::copy, which would keep the resource's
// read-only permissions).
Status copyReadySample(const QString &path)
{
    QFile ready(kReadySampleResource);
    QFile target(path);
    if (!ready.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("Could not read the built-in sample workspace.")};
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{QStringLiteral("Could not write the sample workspace to %1: %2")
                         .arg(path, target.errorString())};
    const QByteArray bytes = ready.readAll();
    if (target.write(bytes) == bytes.size() && target.flush())
        return success();
    const QString why = target.errorString();
    target.close();
    removeWorkspace(path);
    return Error{QStringLiteral("Could not write the sample workspace to %1: %2").arg(path, why)};
}

} // namespace

QByteArray sampleWorkspaceJson()
{
    QFile file(kSampleResource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Status buildSampleWorkspace(const QString &path)
{
    auto created = WorkspaceFile::create(path);
    if (!created)
        return created.error();
    Status imported = importWorkspaceJson(**created, sampleWorkspaceJson(),
                                          QStringLiteral("sample-workspace.json"));
    if (imported)
        return success();
    // Close before removing, so no half-made sample is left where the user asked for one.
    created->reset();
    removeWorkspace(path);
    return Error{
        QStringLiteral("Could not write the sample workspace: %1").arg(imported.errorMessage())};
}

Status writeSampleWorkspace(const QString &path)
{
    if (QFile::exists(kReadySampleResource))
        return copyReadySample(path);
    return buildSampleWorkspace(path);
}

} // namespace clientele
