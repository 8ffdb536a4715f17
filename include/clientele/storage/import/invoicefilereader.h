#pragma once

#include "clientele/storage/import/dateorderdetector.h"
#include "clientele/storage/import/importproblem.h"
#include "clientele/storage/import/invoiceline.h"
#include "clientele/storage/import/readoptions.h"

#include <QList>

#include <functional>

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

// Receives the lines of one invoice at a time (Xero's consecutive lines of one invoice together,
// tax and signs settled, dates read); may move them out. Returning false stops the reading,
// which then ends as cancelled.
using InvoiceSink = std::function<bool(QList<InvoiceLine> &invoice)>;

// Reads the rows and hands on each invoice's lines (Xero's consecutive lines of one invoice
// together, tax and signs settled) with their dates unread, filling in `result` as it goes: its
// header and mapping are set before the first call to `sink`. The base of the readers below.
Status streamInvoiceGroups(QIODevice &device, const QString &fileName, const ReadOptions &options,
                           const InvoiceSink &sink, InvoiceReadResult &result);

// The streaming form of readInvoices() for files too big to hold: the result's `lines` stay
// empty and every line goes to `sink` instead, in file order. Dates whose order the file has not
// shown yet wait in a bounded buffer until a day above 12 settles it; a file that stays
// undecided for longer is read a second time (it must then be seekable). When the result ends
// up needsDateOrder(), lines with day/month dates were handed over with null dates, as
// readInvoices() leaves them, and are not to be kept.
Result<InvoiceReadResult> streamInvoices(QIODevice &device, const QString &fileName,
                                         const ReadOptions &options, const InvoiceSink &sink);

} // namespace clientele
