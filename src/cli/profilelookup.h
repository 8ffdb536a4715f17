#pragma once

// How the commands that take a profile (export-pdf --profile, edit-profile) find it.

#include "clicommand.h"

#include "clientele/domain/customerprofile.h"

namespace clientele::cli {

// The profile with this id or uuid, or else this exact name, or else the one name that matches
// ignoring case; else an error naming what was asked for and the file (two profiles of one
// name are told apart by id or uuid).
Result<CustomerProfile> findProfile(const Workspace &workspace, const QString &wanted);

} // namespace clientele::cli
