#pragma once

#include <QString>

#include <memory>

namespace SQLite {
class Database;
}

namespace clientele {

// A connection that only reads `path`. A reader of a WAL-mode file normally creates the
// "-shm" index beside it; in a folder the user cannot write to, with no "-shm" there (so no
// writer is active), SQLite would refuse with "attempt to write a readonly database". Such a
// file is opened as immutable instead; see isFrozen().
std::unique_ptr<SQLite::Database> openForReading(const QString &path);

// True when openForReading(path) opens the file as immutable: its folder is read-only and no
// "-shm" index exists. Callers that keep the connection copy the content into memory, so a
// later change by the folder's owner cannot tear what they read.
bool isFrozen(const QString &path);

} // namespace clientele
