#pragma once

#include <QMap>
#include <QString>

namespace SQLite {
class Database;
}

namespace clientele {

// Imported invoice history travels between the replicas of a team as whole imports, each one
// unit from the replica that ran it to every other (docs/import.md, "Imports that travel").

// Every import of the file by uuid, as one compact JSON text with its keys in order, so that the
// same import reads the same on every replica that holds it: the import's own row and what it
// added, with no local ids: the customers it handled (the name as it spelt it and the details it
// gave), and its documents with their lines.
QMap<QString, QString> readImportBatches(SQLite::Database &db);

// Takes in, in the caller's transaction, every batch whose import the file does not hold yet:
// the import's row under its uuid, its customers (found by name whatever the case, or added),
// its documents with their lines, then the customers' details and metrics worked out again as an
// import does. A document already in the file stays unless the arriving import is the older one
// (time imported, then uuid): then it is the arriving import's, as if the imports had been made in
// that order on one computer. Imports the file holds are left alone; nothing is removed. A batch
// that is not sound throws, naming the import's file and what is wrong, and the caller rolls
// back.
void writeImportBatches(SQLite::Database &db, const QMap<QString, QString> &batches);

} // namespace clientele
