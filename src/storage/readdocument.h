#pragma once

#include "clientele/storage/import/invoiceline.h"
#include "documentkeys.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace clientele::detail {

// One document as the reading thread hands it on: its lines, and what the storing side would
// otherwise work out on its own thread, which is the slower one (SQLite writes there).
struct ReadDocument {
    QList<InvoiceLine> lines;
    QString key;         // DocumentKeys::key()
    QString customerKey; // customerKey() of the customer's name
    QList<int> labels;   // per line: its "what they purchase" label in PurchaseLabels, or -1
};

// The labels lines are grouped under for "what they purchase", numbered as first seen, so the
// storing side adds amounts up by number instead of by text.
class PurchaseLabels {
public:
    int number(const InvoiceLine &line);
    const QString &text(int number) const { return m_texts.at(number); }

private:
    QHash<QString, int> m_numbers;
    QStringList m_texts;
};

// Fills in ReadDocuments on the reading thread.
class DocumentPreparer {
public:
    explicit DocumentPreparer(QString source)
        : m_keys(std::move(source))
    {
    }

    ReadDocument prepare(QList<InvoiceLine> &lines);
    // Complete once the reading has ended.
    const PurchaseLabels &labels() const { return m_labels; }

private:
    DocumentKeys m_keys;
    PurchaseLabels m_labels;
    QString m_lastName; // consecutive documents of one customer share its key
    QString m_lastKey;
};

} // namespace clientele::detail
