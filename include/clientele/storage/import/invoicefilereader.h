#pragma once

#include "clientele/storage/import/dateorderdetector.h"
#include "clientele/storage/import/importproblem.h"
#include "clientele/storage/import/invoiceline.h"
#include "clientele/storage/import/readoptions.h"

#include <QList>

class QIODevice;

namespace clientele {

// Everything read from one invoice export, before anything is stored.
struct InvoiceReadResult {
    ColumnMapping mapping; // mapping.format is the detected (or given) format
    QStringList header;
    QString headerSignature;
    char separator = ',';
    QList<InvoiceLine> lines;
    QList<ImportProblem> problems;
    DateOrderVerdict dateVerdict;          // what the date column itself says
    DateOrder dateOrder = DateOrder::Auto; // the order applied; Auto when none could be
    qint64 records = 0;                    // data records read, not counting the header
    bool cancelled = false;

    // The header was not recognised and no mapping was given: ask the user for one.
    bool needsMapping() const { return !mapping.canReadInvoices(); }
    // Day/month dates were left unread because the file cannot tell their order: ask the user
    // and read again with ReadOptions::dateOrder set.
    bool needsDateOrder() const;
};

// Reads a Xero or Odoo invoice export (or any CSV with a mapping). Fails only when the file as
// a whole cannot be read (empty, not text, a contacts export, not the format asked for); bad rows
// become problems and the rest is read.
Result<InvoiceReadResult> readInvoices(QIODevice &device, const QString &fileName,
                                       const ReadOptions &options = {});

} // namespace clientele
