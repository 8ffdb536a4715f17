#pragma once

#include <QString>

#include <memory>

namespace SQLite {
class Database;
}

namespace clientele {

// A connection that only reads `path` and leaves nothing behind. A reader of a WAL-mode file
// creates the "-wal" and "-shm" files beside it, and only a connection allowed to write removes
// them again as it closes: where the user may write, the connection is read-write with
// query_only set. A file or folder the user cannot write to, with no "-shm" there (so no writer
// is active), is opened as immutable; see isFrozen().
std::unique_ptr<SQLite::Database> openForReading(const QString &path);

// True when openForReading(path) opens the file as immutable: the file or its folder is
// read-only and no "-shm" index exists. Callers that keep the connection copy the content into
// memory, so a later change by the owner cannot tear what they read.
bool isFrozen(const QString &path);

// For a glance at a file that may not be a workspace at all (FileInspector): with no "-wal"
// beside it the file is opened as immutable, so nothing is created and nothing in it is
// changed (not even another program's unfinished transaction rolled back).
std::unique_ptr<SQLite::Database> openForInspection(const QString &path);

} // namespace clientele
