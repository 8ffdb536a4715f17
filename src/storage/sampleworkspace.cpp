#include "clientele/storage/sampleworkspace.h"

#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"

#include <QFile>

namespace clientele {

namespace {

const QString kSampleResource = QStringLiteral(":/sample/sample-workspace.json");

} // namespace

QByteArray sampleWorkspaceJson()
{
    QFile file(kSampleResource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Status writeSampleWorkspace(const QString &path)
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
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return Error{
        QStringLiteral("Could not write the sample workspace: %1").arg(imported.errorMessage())};
}

} // namespace clientele
