#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>

namespace clientele::detail {

// A customer as one import gave it: the name as the import spelt it and the details it brought,
// in kCustomerDetailColumns order, '' where it gave none.
struct BatchCustomer {
    QString name;
    QStringList details;
};

struct BatchLine {
    qint64 sourceLine = 0;
    QString itemCode;
    QString description;
    qint64 net = 0;
};

// A document as the invoice table holds it, its customer named as in the batch's customers.
struct BatchInvoice {
    QString docKey;
    QString customer;
    QString number;
    QString kind; // "invoice", "credit" or "other"
    QString status;
    QString date; // yyyy-mm-dd; empty when the file gave none
    qint64 net = 0;
    std::optional<qint64> tax;
    std::optional<qint64> total;
    bool netIncludesTax = false;
    QString currency;
    bool countsAsSale = false;
    QString notSaleReason;
    QList<BatchLine> lines;
};

// One import as it travels between replicas: its row and what it added, without local ids.
struct ImportBatch {
    QString uuid;
    QString kind; // "invoices" or "contacts"
    QString fileName;
    QString headerSignature;
    QString format;
    QString dateOrder;
    QString importedAt; // ISO 8601 UTC with milliseconds, as the import table stores it
    qint64 records = 0;
    qint64 added = 0;
    qint64 alreadyPresent = 0;
    qint64 skipped = 0;
    QList<BatchCustomer> customers; // by name key
    QList<BatchInvoice> invoices;   // in the order the import stored them

    // Compact JSON, keys in order: equal batches give equal text.
    std::string toJson() const;
    // Reads and checks the batch that came under `uuid`. Throws std::runtime_error naming the
    // import's file (its uuid while that is unknown), the value at fault and what is wrong.
    static ImportBatch fromJson(const QString &uuid, const QString &text);
};

} // namespace clientele::detail
