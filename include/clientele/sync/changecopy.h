#pragma once

#include "clientele/domain/syncmerge.h"

#include <QByteArray>
#include <QList>

namespace clientele {

// The columns changeCopyRows() fills, in order: a change as the hub stores it, but for the
// author and the time it arrived, which the hub sets itself.
inline constexpr const char *changeCopyColumns =
    "seq, change_id, kind, item_uuid, field, value, deleted, hlc, base, replica, resolves";

// The changes as rows of COPY's text format (tab between columns, a line per change,
// backslash escapes, \N for a null base, resolves as an array), for COPY … FROM STDIN; they
// are numbered from `firstSeq` on, in the order given.
QByteArray changeCopyRows(const QList<SyncChange> &changes, qint64 firstSeq);
// Appends one change's row, numbered `seq`.
void appendChangeCopyRow(QByteArray &rows, const SyncChange &change, qint64 seq);

} // namespace clientele
