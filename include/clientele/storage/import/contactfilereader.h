#pragma once

#include "clientele/storage/import/contact.h"
#include "clientele/storage/import/importproblem.h"
#include "clientele/storage/import/readoptions.h"

#include <QList>

class QIODevice;

namespace clientele {

// Everything read from one contacts export.
struct ContactReadResult {
    ColumnMapping mapping;
    QStringList header;
    QString headerSignature;
    char separator = ',';
    QList<Contact> contacts;
    QList<ImportProblem> problems;
    qint64 records = 0;
    bool cancelled = false;

    bool needsMapping() const { return !mapping.canReadContacts(); }
};

// Reads a Xero or Odoo contacts export (or any CSV with a mapping whose `name` is set).
Result<ContactReadResult> readContacts(QIODevice &device, const QString &fileName,
                                       const ReadOptions &options = {});

} // namespace clientele
