#include "clientele/storage/customerrepository.h"

#include "sqltext.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QHash>

#include <algorithm>
#include <cmath>

namespace clientele {

namespace {

constexpr const char *kSelect =
    "SELECT c.id, c.name, c.email, c.website, c.city, c.region, c.country, c.industry, c.tags, "
    "s.currency, s.first_invoice, s.last_invoice, s.tenure_days, s.invoices, s.credit_notes, "
    "s.net_spend, s.months_spanned, s.per_month, s.per_year, s.loyalty, s.purchases, "
    "s.other_currencies FROM customer_summary s JOIN customer c ON c.id = s.customer_id ";

QDate dateFrom(const SQLite::Column &column)
{
    return column.isNull() ? QDate() : QDate::fromString(sql::text(column), Qt::ISODate);
}

CustomerRow readRow(SQLite::Statement &row)
{
    CustomerRow c;
    c.id = row.getColumn(0).getInt64();
    c.name = sql::text(row.getColumn(1));
    c.email = sql::text(row.getColumn(2));
    c.website = sql::text(row.getColumn(3));
    c.city = sql::text(row.getColumn(4));
    c.region = sql::text(row.getColumn(5));
    c.country = sql::text(row.getColumn(6));
    c.industry = sql::text(row.getColumn(7));
    c.tags = sql::text(row.getColumn(8));
    CustomerMetrics &m = c.metrics;
    m.currency = sql::text(row.getColumn(9));
    m.firstInvoice = dateFrom(row.getColumn(10));
    m.lastInvoice = dateFrom(row.getColumn(11));
    m.tenureDays = row.getColumn(12).getInt64();
    m.yearsTenths = static_cast<int>(std::floor(m.tenureDays * 10 / 365.25 + 0.5));
    m.invoices = row.getColumn(13).getInt64();
    m.creditNotes = row.getColumn(14).getInt64();
    m.netSpend = row.getColumn(15).getInt64();
    m.monthsSpanned = row.getColumn(16).getInt();
    m.perMonth = row.getColumn(17).getInt64();
    m.perYear = row.getColumn(18).getInt64();
    m.loyalty = row.getColumn(19).getInt();
    const QString purchases = sql::text(row.getColumn(20));
    m.purchases = purchases.isEmpty() ? QStringList() : purchases.split(u'\n');
    m.otherCurrencies = otherCurrenciesFromText(sql::text(row.getColumn(21)));
    return c;
}

// ORDER BY for a sort; every order ends in a unique key so that pages are stable.
std::string orderBy(CustomerSort sort, bool descending)
{
    const std::string dir = descending ? " DESC" : " ASC";
    const std::string tie = ", s.net_spend" + dir + ", s.customer_id" + dir;
    switch (sort) {
    case CustomerSort::Name: return "c.name COLLATE NOCASE" + dir + ", c.id" + dir;
    case CustomerSort::Spend: return "s.net_spend" + dir + ", s.customer_id" + dir;
    case CustomerSort::Tenure: return "s.tenure_days" + dir + tie;
    case CustomerSort::Loyalty: return "s.loyalty" + dir + tie;
    case CustomerSort::PerMonth: return "s.per_month" + dir + ", s.customer_id" + dir;
    case CustomerSort::PerYear: return "s.per_year" + dir + tie;
    case CustomerSort::Invoices: return "s.invoices" + dir + tie;
    case CustomerSort::FirstInvoice: return "s.first_invoice" + dir + tie;
    case CustomerSort::LastInvoice: return "s.last_invoice" + dir + tie;
    case CustomerSort::Location:
        return "c.country COLLATE NOCASE" + dir + ", c.city COLLATE NOCASE" + dir + tie;
    }
    return "s.customer_id";
}

constexpr const char *kFilter =
    " WHERE (c.name LIKE ?1 ESCAPE '\\' OR c.city LIKE ?1 ESCAPE '\\' OR c.region LIKE ?1 "
    "ESCAPE '\\' OR c.country LIKE ?1 ESCAPE '\\' OR c.industry LIKE ?1 ESCAPE '\\') ";

std::string likePattern(const QString &filter)
{
    QString escaped = filter.trimmed();
    escaped.replace(QStringLiteral("\\"), QStringLiteral("\\\\"))
        .replace(QStringLiteral("%"), QStringLiteral("\\%"))
        .replace(QStringLiteral("_"), QStringLiteral("\\_"));
    return sql::utf8(u'%' + escaped + u'%');
}

} // namespace

int CustomerRepository::count(const QString &filter) const
{
    if (filter.trimmed().isEmpty())
        return m_db.execAndGet("SELECT count(*) FROM customer_summary").getInt();
    SQLite::Statement query(m_db, std::string("SELECT count(*) FROM customer_summary s "
                                              "JOIN customer c ON c.id = s.customer_id")
                                      + kFilter);
    query.bind(1, likePattern(filter));
    query.executeStep();
    return query.getColumn(0).getInt();
}

QList<CustomerRow> CustomerRepository::page(const CustomerQuery &q) const
{
    const bool filtered = !q.filter.trimmed().isEmpty();
    std::string text = kSelect;
    if (filtered)
        text += kFilter;
    text += " ORDER BY " + orderBy(q.sort, q.descending) + " LIMIT ?2 OFFSET ?3";
    SQLite::Statement query(m_db, text);
    if (filtered)
        query.bind(1, likePattern(q.filter));
    query.bind(2, std::max(0, q.limit));
    query.bind(3, std::max(0, q.offset));
    QList<CustomerRow> rows;
    rows.reserve(q.limit);
    while (query.executeStep())
        rows.append(readRow(query));
    return rows;
}

std::optional<CustomerRow> CustomerRepository::find(qint64 id) const
{
    SQLite::Statement query(m_db, std::string(kSelect) + " WHERE c.id = ?");
    query.bind(1, static_cast<int64_t>(id));
    if (!query.executeStep())
        return std::nullopt;
    return readRow(query);
}

QString CustomerRepository::homeCountry() const
{
    // One row a country (any case), so this reads a handful of rows however many customers.
    SQLite::Statement query(m_db, "SELECT trim(c.country), count(*) FROM customer_summary s "
                                  "JOIN customer c ON c.id = s.customer_id "
                                  "WHERE trim(c.country) <> '' GROUP BY lower(trim(c.country))");
    QString most;
    int mostCount = 0;
    int known = 0;
    while (query.executeStep()) {
        const int count = query.getColumn(1).getInt();
        known += count;
        if (count > mostCount) {
            most = sql::text(query.getColumn(0));
            mostCount = count;
        }
    }
    return mostCount * 2 > known ? most : QString();
}

QList<CustomerRow> CustomerRepository::top(CustomerSort by, int count) const
{
    SQLite::Statement query(m_db, std::string(kSelect) + " WHERE s.invoices > 0 ORDER BY "
                                      + orderBy(by, true) + " LIMIT ?");
    query.bind(1, std::max(0, count));
    QList<CustomerRow> rows;
    while (query.executeStep())
        rows.append(readRow(query));
    return rows;
}

QList<CustomerDocument> CustomerRepository::documents(qint64 customerId) const
{
    SQLite::Statement query(m_db, "SELECT number, date, kind, status, net, currency, "
                                  "counts_as_sale, not_sale_reason FROM invoice "
                                  "WHERE customer_id = ? ORDER BY date IS NULL, date DESC, "
                                  "number DESC, id DESC");
    query.bind(1, static_cast<int64_t>(customerId));
    QList<CustomerDocument> documents;
    while (query.executeStep()) {
        CustomerDocument d;
        d.number = sql::text(query.getColumn(0));
        d.date = dateFrom(query.getColumn(1));
        const QString kind = sql::text(query.getColumn(2));
        d.kind = kind == u"invoice"  ? CustomerDocument::Kind::Invoice
                 : kind == u"credit" ? CustomerDocument::Kind::CreditNote
                                     : CustomerDocument::Kind::Other;
        d.status = sql::text(query.getColumn(3));
        d.net = query.getColumn(4).getInt64();
        d.currency = sql::text(query.getColumn(5));
        d.countsAsSale = query.getColumn(6).getInt() != 0;
        d.notSaleReason = sql::text(query.getColumn(7));
        documents.append(d);
    }
    return documents;
}

void CustomerRepository::refreshSummaries(const QSet<qint64> *only)
{
    const auto scopeOf = [only](const std::string &column) {
        return only ? column + " IN (SELECT customer_id FROM temp.summary_scope)"
                    : std::string("1");
    };
    if (only) {
        m_db.exec("CREATE TEMP TABLE IF NOT EXISTS summary_scope "
                  "(customer_id INTEGER PRIMARY KEY)");
        m_db.exec("DELETE FROM temp.summary_scope");
        SQLite::Statement add(m_db, "INSERT INTO temp.summary_scope VALUES (?)");
        for (qint64 id : *only) {
            add.bind(1, static_cast<int64_t>(id));
            add.exec();
            add.reset();
        }
    }
    const std::string scope = scopeOf("customer_id");
    m_db.exec("DELETE FROM customer_summary WHERE " + scope);
    m_db.exec("INSERT INTO customer_summary (customer_id) SELECT id FROM customer WHERE "
              + scopeOf("id"));

    // Sales per customer and currency, the main currency first: the one with the most sales
    // invoices (then the most documents, then the first code alphabetically). Dates, counts and
    // quarters take in every currency; the money is the main currency's.
    const std::string sales = "FROM invoice WHERE counts_as_sale = 1 AND kind IN ('invoice', "
                              "'credit') AND "
                              + scope;
    SQLite::Statement totals(
        m_db,
        "WITH per AS (SELECT customer_id, currency, "
        "  min(date) FILTER (WHERE kind = 'invoice') AS first, "
        "  max(date) FILTER (WHERE kind = 'invoice') AS last, "
        "  sum(kind = 'invoice') AS invoices, sum(kind = 'credit') AS credits, sum(net) AS net "
            + sales
            + " GROUP BY customer_id, currency), "
              "ranked AS (SELECT *, row_number() OVER (PARTITION BY customer_id "
              "  ORDER BY invoices DESC, invoices + credits DESC, currency) AS rank FROM per), "
              "active AS (SELECT customer_id, count(DISTINCT substr(date, 1, 4) * 4 "
              "  + (substr(date, 6, 2) - 1) / 3) AS quarters "
            + sales
            + " AND kind = 'invoice' AND date IS NOT NULL GROUP BY customer_id) "
              "SELECT r.customer_id, r.currency, r.first, r.last, r.invoices, r.credits, r.net, "
              "  coalesce(a.quarters, 0) FROM ranked r LEFT JOIN active a USING (customer_id) "
              "ORDER BY r.customer_id, r.rank");
    SQLite::Statement store(
        m_db, "UPDATE customer_summary SET currency = ?2, first_invoice = ?3, last_invoice = ?4, "
              "tenure_days = ?5, invoices = ?6, credit_notes = ?7, net_spend = ?8, "
              "months_spanned = ?9, per_month = ?10, per_year = ?11, loyalty = ?12, "
              "other_currencies = ?13 WHERE customer_id = ?1");
    qint64 customer = 0;
    CustomerTotals t;
    const auto storeTotals = [&] {
        if (customer == 0)
            return;
        const CustomerMetrics m = computeCustomerMetrics(t);
        store.bind(1, static_cast<int64_t>(customer));
        store.bind(2, sql::utf8(m.currency));
        if (m.firstInvoice.isValid()) {
            store.bind(3, sql::utf8(m.firstInvoice.toString(Qt::ISODate)));
            store.bind(4, sql::utf8(m.lastInvoice.toString(Qt::ISODate)));
        } else {
            store.bind(3);
            store.bind(4);
        }
        store.bind(5, static_cast<int64_t>(m.tenureDays));
        store.bind(6, static_cast<int64_t>(m.invoices));
        store.bind(7, static_cast<int64_t>(m.creditNotes));
        store.bind(8, static_cast<int64_t>(m.netSpend));
        store.bind(9, m.monthsSpanned);
        store.bind(10, static_cast<int64_t>(m.perMonth));
        store.bind(11, static_cast<int64_t>(m.perYear));
        store.bind(12, m.loyalty);
        store.bind(13, sql::utf8(otherCurrenciesText(m.otherCurrencies)));
        store.exec();
        store.reset();
    };
    while (totals.executeStep()) {
        const qint64 id = totals.getColumn(0).getInt64();
        const QString currency = sql::text(totals.getColumn(1));
        const QDate first = dateFrom(totals.getColumn(2));
        const QDate last = dateFrom(totals.getColumn(3));
        const qint64 invoices = totals.getColumn(4).getInt64();
        const qint64 net = totals.getColumn(6).getInt64();
        if (id != customer) {
            storeTotals();
            customer = id;
            t = {};
            t.currency = currency; // the main currency comes first
            t.netSpend = net;
            t.activeQuarters = totals.getColumn(7).getInt64();
        } else {
            t.otherCurrencies.append({currency, net, invoices});
        }
        if (first.isValid() && (!t.firstInvoice.isValid() || first < t.firstInvoice))
            t.firstInvoice = first;
        if (last.isValid() && (!t.lastInvoice.isValid() || last > t.lastInvoice))
            t.lastInvoice = last;
        t.invoices += invoices;
        t.creditNotes += totals.getColumn(5).getInt64();
    }
    storeTotals();

    // What they purchase: lines of sales in the main currency, grouped by description.
    // Grouped like CustomerTotalsBuilder: ASCII case folded, the first spelling shown.
    const std::string label = "coalesce(nullif(l.description, ''), nullif(l.item_code, ''), '')";
    SQLite::Statement items(m_db,
                            "SELECT i.customer_id, min(" + label
                                + ") AS label, "
                                  "sum(l.net) AS amount "
                                  "FROM invoice i JOIN customer_summary cs "
                                  "ON cs.customer_id = i.customer_id AND cs.currency = i.currency "
                                  "JOIN invoice_line l ON l.invoice_id = i.id "
                                  "WHERE i.counts_as_sale = 1 AND i.kind IN ('invoice', 'credit') "
                                  "AND "
                                + scopeOf("i.customer_id")
                                + " GROUP BY i.customer_id, "
                                  "lower("
                                + label
                                + ") HAVING amount > 0 AND label <> '' "
                                  "ORDER BY i.customer_id, amount DESC, label");
    SQLite::Statement storeItems(m_db,
                                 "UPDATE customer_summary SET purchases = ? WHERE customer_id = ?");
    qint64 current = 0;
    QStringList top;
    auto flush = [&] {
        if (current == 0)
            return;
        storeItems.bind(1, sql::utf8(top.join(u'\n')));
        storeItems.bind(2, static_cast<int64_t>(current));
        storeItems.exec();
        storeItems.reset();
    };
    while (items.executeStep()) {
        const qint64 id = items.getColumn(0).getInt64();
        if (id != current) {
            flush();
            current = id;
            top.clear();
        }
        if (top.size() < kTopPurchases)
            top << sql::text(items.getColumn(1));
    }
    flush();
    if (only)
        m_db.exec("DROP TABLE IF EXISTS temp.summary_scope");
}

} // namespace clientele
