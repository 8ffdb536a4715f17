#pragma once

// Workspace files of a team in tests: what each one exports, and edits made as the window makes
// them (a workspace opened, one change through its store, closed again).

#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"
#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace synctest {

inline const QString sampleProfile =
    QStringLiteral("Swamped owner of an industrial equipment firm");

inline std::string exported(const QString &path)
{
    auto file = clientele::WorkspaceFile::open(path, clientele::WorkspaceFile::Access::ReadOnly);
    REQUIRE(file.ok());
    auto text = clientele::exportWorkspaceJson(**file);
    REQUIRE(text.ok());
    return *text;
}

inline QByteArray bytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline std::optional<clientele::CustomerProfile> profileNamed(const QString &path,
                                                              const QString &name)
{
    auto workspace = clientele::Workspace::open(path);
    REQUIRE(workspace.ok());
    for (const clientele::CustomerProfile &p : (*workspace)->profiles()->all())
        if (p.name == name)
            return p;
    return std::nullopt;
}

inline void setProfileField(const QString &path, const QString &profile,
                            clientele::ProfileField field, const QString &text)
{
    auto workspace = clientele::Workspace::open(path);
    REQUIRE(workspace.ok());
    for (const clientele::CustomerProfile &p : (*workspace)->profiles()->all()) {
        if (p.name == profile) {
            REQUIRE((*workspace)->profiles()->setField(p.id, field, text).ok());
            return;
        }
    }
    FAIL("no profile named " << profile.toStdString());
}

} // namespace synctest
