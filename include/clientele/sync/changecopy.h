#pragma once

#include "clientele/domain/syncmerge.h"

#include <QByteArray>
#include <QList>

namespace clientele {

// The columns changeCopyRows() fills, in order: a change as the hub stores it, but for the
// author, which the hub sets itself.
inline constexpr const char *changeCopyColumns =
    "change_id, kind, item_uuid, field, value, deleted, hlc, base, replica, resolves";

// The changes as rows of COPY's text format (tab between columns, a line per change,
// backslash escapes, \N for a null base, resolves as an array), for COPY … FROM STDIN.
QByteArray changeCopyRows(const QList<SyncChange> &changes);

} // namespace clientele
