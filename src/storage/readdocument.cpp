#include "readdocument.h"

#include "import/importsession.h"

namespace clientele::detail {

int PurchaseLabels::number(const InvoiceLine &line)
{
    const QString &label = line.description.isEmpty() ? line.itemCode : line.description;
    if (label.isEmpty())
        return -1;
    const auto found = m_numbers.constFind(label);
    if (found != m_numbers.cend())
        return *found;
    const int next = int(m_texts.size());
    m_numbers.insert(label, next);
    m_texts.append(label);
    return next;
}

ReadDocument DocumentPreparer::prepare(QList<InvoiceLine> &lines)
{
    ReadDocument document;
    document.key = m_keys.key(lines);
    const QString &name = lines.constFirst().customer;
    if (name != m_lastName) {
        m_lastName = name;
        m_lastKey = customerKey(name);
    }
    document.customerKey = m_lastKey;
    document.labels.reserve(lines.size());
    for (const InvoiceLine &line : std::as_const(lines))
        document.labels.append(m_labels.number(line));
    document.lines = std::move(lines);
    return document;
}

} // namespace clientele::detail
