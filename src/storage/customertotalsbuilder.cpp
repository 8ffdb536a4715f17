#include "customertotalsbuilder.h"

#include "sqltext.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace clientele::detail {

QString purchaseLabel(const QString &description, const QString &itemCode)
{
    return description.isEmpty() ? itemCode : description;
}

QString asciiLower(const QString &text)
{
    QString lower = text;
    for (QChar &c : lower) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return lower;
}

bool CustomerTotalsBuilder::counts(const InvoiceLine &head)
{
    return head.countsAsSale
           && (head.kind == InvoiceKind::Invoice || head.kind == InvoiceKind::CreditNote);
}

void CustomerTotalsBuilder::addDocument(qint64 customer, const InvoiceLine &head, qint64 net,
                                        bool newDocument)
{
    m_current = nullptr;
    auto found = m_index.constFind(customer);
    if (found == m_index.cend()) // every touched customer gets a summary row
        found = m_index.insert(customer, int(m_customers.size())), m_customers.emplace_back();
    if (!counts(head))
        return;
    Customer &c = m_customers[size_t(*found)];
    for (CurrencyTotals &each : c) {
        // Lines of one file share their currency's text, so the first test usually settles it.
        if (each.totals.currency.constData() == head.currency.constData()
            || each.totals.currency == head.currency) {
            m_current = &each;
            break;
        }
    }
    if (!m_current) {
        c.append(CurrencyTotals{});
        m_current = &c.last();
        m_current->totals.currency = head.currency;
    }
    CurrencyTotals &t = *m_current;
    t.totals.netSpend += net;
    if (!newDocument)
        return;
    if (head.kind == InvoiceKind::CreditNote) {
        ++t.totals.creditNotes;
        return;
    }
    ++t.totals.invoices;
    if (head.date.isValid()) {
        if (!t.totals.firstInvoice.isValid() || head.date < t.totals.firstInvoice)
            t.totals.firstInvoice = head.date;
        if (!t.totals.lastInvoice.isValid() || head.date > t.totals.lastInvoice)
            t.totals.lastInvoice = head.date;
        t.quarters.insert(head.date.year() * 4 + (head.date.month() - 1) / 3);
    }
}

void CustomerTotalsBuilder::addLine(const InvoiceLine &line, int label)
{
    if (m_current && label >= 0)
        m_current->items[label] += line.netAmount;
}

void CustomerTotalsBuilder::store(SQLite::Database &db, const QSet<qint64> &customers,
                                  const PurchaseLabels &labels) const
{
    SQLite::Statement erase(db, "DELETE FROM customer_summary WHERE customer_id = ?");
    SQLite::Statement insert(
        db,
        "INSERT INTO customer_summary (customer_id, currency, first_invoice, last_invoice, "
        "tenure_days, invoices, credit_notes, net_spend, months_spanned, per_month, per_year, "
        "loyalty, purchases, other_currencies) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qint64 id : customers) {
        erase.bind(1, static_cast<int64_t>(id));
        erase.exec();
        erase.reset();
        // Currencies in the SQL's order: most sales invoices, then most documents, then code.
        const auto index = m_index.constFind(id);
        const Customer customer =
            index == m_index.cend() ? Customer() : m_customers[size_t(*index)];
        QList<const CurrencyTotals *> ranked;
        for (const CurrencyTotals &each : customer)
            ranked.append(&each);
        std::sort(ranked.begin(), ranked.end(),
                  [](const CurrencyTotals *a, const CurrencyTotals *b) {
                      const auto key = [](const CustomerTotals &x) {
                          return std::tuple(-x.invoices, -(x.invoices + x.creditNotes), x.currency);
                      };
                      return key(a->totals) < key(b->totals);
                  });
        CustomerMetrics m;
        if (!ranked.isEmpty()) {
            const CurrencyTotals *main = ranked.constFirst();
            CustomerTotals totals;
            totals.currency = main->totals.currency;
            totals.netSpend = main->totals.netSpend;
            QSet<int> quarters;
            for (const CurrencyTotals *each : std::as_const(ranked)) {
                const CustomerTotals &t = each->totals;
                if (t.firstInvoice.isValid()
                    && (!totals.firstInvoice.isValid() || t.firstInvoice < totals.firstInvoice))
                    totals.firstInvoice = t.firstInvoice;
                if (t.lastInvoice.isValid()
                    && (!totals.lastInvoice.isValid() || t.lastInvoice > totals.lastInvoice))
                    totals.lastInvoice = t.lastInvoice;
                totals.invoices += t.invoices;
                totals.creditNotes += t.creditNotes;
                quarters.unite(each->quarters);
                if (each != main)
                    totals.otherCurrencies.append({t.currency, t.netSpend, t.invoices});
            }
            totals.activeQuarters = quarters.size();
            m = computeCustomerMetrics(totals);
            // Spellings that differ only in ASCII case are one item, shown as min(label) does.
            QHash<QString, Item> grouped;
            for (auto it = main->items.cbegin(); it != main->items.cend(); ++it) {
                const QString &label = labels.text(it.key());
                Item &item = grouped[asciiLower(label)];
                if (item.label.isEmpty() || label < item.label)
                    item.label = label;
                item.amount += it.value();
            }
            QList<Item> items;
            for (const Item &item : std::as_const(grouped)) {
                if (item.amount > 0)
                    items.append(item);
            }
            std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
                return a.amount != b.amount ? a.amount > b.amount : a.label < b.label;
            });
            for (qsizetype i = 0; i < std::min<qsizetype>(items.size(), kTopPurchases); ++i)
                m.purchases << items.at(i).label;
        } else {
            m = computeCustomerMetrics({});
        }
        insert.bind(1, static_cast<int64_t>(id));
        insert.bind(2, sql::utf8(m.currency));
        if (m.firstInvoice.isValid()) {
            insert.bind(3, sql::utf8(m.firstInvoice.toString(Qt::ISODate)));
            insert.bind(4, sql::utf8(m.lastInvoice.toString(Qt::ISODate)));
        } else {
            insert.bind(3);
            insert.bind(4);
        }
        insert.bind(5, static_cast<int64_t>(m.tenureDays));
        insert.bind(6, static_cast<int64_t>(m.invoices));
        insert.bind(7, static_cast<int64_t>(m.creditNotes));
        insert.bind(8, static_cast<int64_t>(m.netSpend));
        insert.bind(9, m.monthsSpanned);
        insert.bind(10, static_cast<int64_t>(m.perMonth));
        insert.bind(11, static_cast<int64_t>(m.perYear));
        insert.bind(12, m.loyalty);
        insert.bind(13, sql::utf8(m.purchases.join(u'\n')));
        insert.bind(14, sql::utf8(otherCurrenciesText(m.otherCurrencies)));
        insert.exec();
        insert.reset();
    }
}

} // namespace clientele::detail
