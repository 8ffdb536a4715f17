#include "clientele/gui/customerstablemodel.h"

#include "icons.h"
#include "wholeunits.h"

#include "clientele/core/customerbook.h"
#include "clientele/core/customertext.h"
#include "clientele/core/workspace.h"

#include <QLocale>
#include <QRegularExpression>

#include <optional>

namespace clientele {

namespace {

std::optional<CustomerMetric> metricOf(int column)
{
    using C = CustomersTableModel;
    switch (column) {
    case C::FirstInvoice: return CustomerMetric::FirstInvoice;
    case C::LastInvoice: return CustomerMetric::LastInvoice;
    case C::Years: return CustomerMetric::YearsAsCustomer;
    case C::Invoices: return CustomerMetric::Invoices;
    case C::NetSpend: return CustomerMetric::NetSpend;
    case C::PerMonth: return CustomerMetric::PerMonth;
    case C::PerYear: return CustomerMetric::PerYear;
    case C::Loyalty: return CustomerMetric::Loyalty;
    case C::Purchases: return CustomerMetric::Purchases;
    default: return std::nullopt;
    }
}

std::optional<CustomerSort> sortOf(int column)
{
    using C = CustomersTableModel;
    switch (column) {
    case C::Name: return CustomerSort::Name;
    case C::Place: return CustomerSort::Location;
    case C::FirstInvoice: return CustomerSort::FirstInvoice;
    case C::LastInvoice: return CustomerSort::LastInvoice;
    case C::Years: return CustomerSort::Tenure;
    case C::Invoices: return CustomerSort::Invoices;
    case C::NetSpend: return CustomerSort::Spend;
    case C::PerMonth: return CustomerSort::PerMonth;
    case C::PerYear: return CustomerSort::PerYear;
    case C::Loyalty: return CustomerSort::Loyalty;
    default: return std::nullopt;
    }
}

QString date(const QDate &date)
{
    // ISO dates read the same to every client and sort as text.
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

CustomersTableModel::CustomersTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    m_query.limit = kPageSize;
    reload();
}

int CustomersTableModel::customerCount() const
{
    return m_workspace->customers()->count();
}

void CustomersTableModel::setFilter(const QString &text)
{
    if (text == m_query.filter)
        return;
    m_query.filter = text;
    readRows();
}

void CustomersTableModel::reload()
{
    m_homeCountry = m_workspace->customers()->homeCountry();
    readRows();
}

void CustomersTableModel::readRows()
{
    beginResetModel();
    const CustomerBook *customers = m_workspace->customers();
    m_total = customers->count(m_query.filter);
    CustomerQuery first = m_query;
    first.offset = 0;
    m_rows = customers->page(first);
    endResetModel();
}

const CustomerRow *CustomersTableModel::customer(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QList<CustomerRow> CustomersTableModel::allRows() const
{
    return m_workspace->customers()->all(m_query);
}

bool CustomersTableModel::isNumeric(int column)
{
    return column == Years || column == Invoices || column == NetSpend || column == PerMonth
           || column == PerYear || column == Loyalty;
}

bool CustomersTableModel::isSortable(int column)
{
    return sortOf(column).has_value();
}

int CustomersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomersTableModel::displayText(const CustomerRow &row, int column)
{
    const CustomerMetrics &m = row.metrics;
    switch (column) {
    case Name: return row.name;
    case Place: return customerPlace(row);
    case FirstInvoice: return date(m.firstInvoice);
    case LastInvoice: return date(m.lastInvoice);
    case Years: return m.invoices > 0 ? QString::number(m.yearsAsCustomer(), 'f', 1) : QString();
    case Invoices: return QLocale().toString(m.invoices);
    case NetSpend: return wholeUnits(m.netSpendMoney());
    case PerMonth: return m.invoices > 0 ? wholeUnits(m.perMonthMoney()) : QString();
    case PerYear: return m.invoices > 0 ? wholeUnits(m.perYearMoney()) : QString();
    case Loyalty: return m.invoices > 0 ? QString::number(m.loyalty) : QString();
    case Purchases: return m.purchases.join(QStringLiteral(", "));
    default: return {};
    }
}

QVariant CustomersTableModel::data(const QModelIndex &index, int role) const
{
    const CustomerRow *row = customer(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // The country most customers share goes without saying; the tooltip has it.
        if (index.column() == Place)
            return customerPlace(*row, m_homeCountry);
        return displayText(*row, index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(isNumeric(index.column()) ? Qt::AlignRight | Qt::AlignVCenter
                                                             : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Name) {
            const QStringList place =
                QStringList{row->city, row->region, row->country, row->industry}.filter(
                    QRegularExpression(QStringLiteral("\\S")));
            return place.isEmpty() ? row->name
                                   : row->name + u'\n' + place.join(QStringLiteral(", "));
        }
        if (index.column() == Place)
            return customerPlace(*row);
        if (index.column() == NetSpend) {
            const CustomerMetrics &m = row->metrics;
            QString tip = m.netSpendMoney().toString() + u' ' + m.currency;
            if (!m.otherCurrencies.isEmpty())
                tip += tr("\nAlso %1 \u2014 other currencies are shown apart, not "
                          "converted; the invoices count towards tenure.")
                           .arg(describeOtherCurrencies(m.otherCurrencies));
            return tip;
        }
        if (index.column() == PerMonth || index.column() == PerYear) {
            const Money exact = index.column() == PerMonth ? row->metrics.perMonthMoney()
                                                           : row->metrics.perYearMoney();
            return exact.toString() + u' ' + row->metrics.currency;
        }
        if (index.column() == Purchases && !row->metrics.purchases.isEmpty())
            return row->metrics.purchases.join(u'\n');
        return {};
    case Qt::DecorationRole:
        // Sales in other currencies are not in the figure: a mark says so (the tooltip how much).
        if (index.column() == NetSpend && !row->metrics.otherCurrencies.isEmpty())
            return themedIcon(QStringLiteral("other-currencies"));
        return {};
    case Qt::AccessibleDescriptionRole:
        if (index.column() == NetSpend && !row->metrics.otherCurrencies.isEmpty())
            return tr("Also %1").arg(describeOtherCurrencies(row->metrics.otherCurrencies));
        return {};
    case IdRole: return row->id;
    default: return {};
    }
}

QVariant CustomersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const std::optional<CustomerMetric> metric = metricOf(section);
    switch (role) {
    case Qt::DisplayRole:
        if (metric)
            return customerMetricTitle(*metric);
        return section == Place ? tr("Place") : tr("Customer");
    case Qt::ToolTipRole:
        if (metric)
            return customerMetricDefinition(*metric);
        return section == Place ? tr("City, region and country, from the contacts or, "
                                     "when no contacts import gave them, the invoices.")
                                : tr("The customer's name as the invoices give it.");
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(isNumeric(section) ? Qt::AlignRight | Qt::AlignVCenter
                                                      : Qt::AlignLeft | Qt::AlignVCenter);
    default: return {};
    }
}

bool CustomersTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void CustomersTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    CustomerQuery next = m_query;
    next.offset = int(m_rows.size());
    const QList<CustomerRow> page = m_workspace->customers()->page(next);
    if (page.isEmpty()) {
        // The table shrank behind our back; stop asking for more.
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

void CustomersTableModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<CustomerSort> sort = sortOf(column);
    if (!sort)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (*sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = *sort;
    m_query.descending = descending;
    readRows();
}

} // namespace clientele
