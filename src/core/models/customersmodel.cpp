#include "clientele/core/models/customersmodel.h"

#include "clientele/storage/workspacefile.h"

namespace clientele {

namespace {

std::optional<CustomerMetric> metricFor(int column)
{
    switch (column) {
    case CustomersModel::FirstInvoice: return CustomerMetric::FirstInvoice;
    case CustomersModel::LastInvoice: return CustomerMetric::LastInvoice;
    case CustomersModel::YearsAsCustomer: return CustomerMetric::YearsAsCustomer;
    case CustomersModel::Invoices: return CustomerMetric::Invoices;
    case CustomersModel::NetSpend: return CustomerMetric::NetSpend;
    case CustomersModel::PerMonth: return CustomerMetric::PerMonth;
    case CustomersModel::PerYear: return CustomerMetric::PerYear;
    case CustomersModel::Loyalty: return CustomerMetric::Loyalty;
    case CustomersModel::Purchases: return CustomerMetric::Purchases;
    default: return std::nullopt;
    }
}

QString location(const CustomerRow &c)
{
    QStringList parts;
    for (const QString &part : {c.city, c.region, c.country}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

CustomersModel::CustomersModel(WorkspaceFile &file, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(file.database())
{
    m_query.limit = kPageSize;
    reload();
}

std::optional<CustomerSort> CustomersModel::sortFor(int column)
{
    switch (column) {
    case Name: return CustomerSort::Name;
    case Location: return CustomerSort::Location;
    case FirstInvoice: return CustomerSort::FirstInvoice;
    case LastInvoice: return CustomerSort::LastInvoice;
    case YearsAsCustomer: return CustomerSort::Tenure;
    case Invoices: return CustomerSort::Invoices;
    case NetSpend: return CustomerSort::Spend;
    case PerMonth: return CustomerSort::PerMonth;
    case PerYear: return CustomerSort::PerYear;
    case Loyalty: return CustomerSort::Loyalty;
    default: return std::nullopt;
    }
}

void CustomersModel::reload()
{
    beginResetModel();
    m_total = m_repository.count(m_query.filter);
    CustomerQuery first = m_query;
    first.offset = 0;
    m_rows = m_repository.page(first);
    m_announcing = true;
    endResetModel();
    m_announcing = false;
}

int CustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CustomersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_announcing && m_rows.size() < m_total;
}

void CustomersModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    CustomerQuery next = m_query;
    next.offset = static_cast<int>(m_rows.size());
    const QList<CustomerRow> page = m_repository.page(next);
    if (page.isEmpty()) {
        m_total = static_cast<int>(m_rows.size()); // the table shrank under us
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

void CustomersModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<CustomerSort> by = sortFor(column);
    if (!by)
        return;
    m_query.sort = *by;
    m_query.descending = order == Qt::DescendingOrder;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // A new order starts over from the first page; persistent indexes cannot follow rows that
    // are no longer loaded, so they are dropped.
    const QModelIndexList persistent = persistentIndexList();
    m_total = m_repository.count(m_query.filter);
    CustomerQuery first = m_query;
    first.offset = 0;
    const qsizetype keep = std::max<qsizetype>(m_rows.size(), kPageSize);
    first.limit = static_cast<int>(keep);
    m_rows = m_repository.page(first);
    QModelIndexList gone;
    for (qsizetype i = 0; i < persistent.size(); ++i)
        gone << QModelIndex();
    changePersistentIndexList(persistent, gone);
    m_announcing = true;
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    m_announcing = false;
}

void CustomersModel::setFilter(const QString &text)
{
    if (text == m_query.filter)
        return;
    m_query.filter = text;
    reload();
}

QVariant CustomersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerRow &c = m_rows.at(index.row());
    const CustomerMetrics &m = c.metrics;
    const int column = index.column();
    if (role == IdRole)
        return c.id;
    if (role == Qt::ToolTipRole) {
        if (const auto metric = metricFor(column))
            return customerMetricDefinition(*metric);
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number = column >= YearsAsCustomer && column <= Loyalty;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == SortRole) {
        switch (column) {
        case Name: return c.name;
        case Location: return location(c);
        case FirstInvoice: return dateText(m.firstInvoice);
        case LastInvoice: return dateText(m.lastInvoice);
        case YearsAsCustomer: return m.yearsTenths;
        case Invoices: return m.invoices;
        case NetSpend: return m.netSpend;
        case PerMonth: return m.perMonth;
        case PerYear: return m.perYear;
        case Loyalty: return m.loyalty;
        case Purchases: return m.purchases.join(QStringLiteral(", "));
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name: return c.name;
    case Location: return location(c);
    case FirstInvoice: return dateText(m.firstInvoice);
    case LastInvoice: return dateText(m.lastInvoice);
    case YearsAsCustomer: return QString::number(m.yearsAsCustomer(), 'f', 1);
    case Invoices: return m.invoices;
    case NetSpend: return m.netSpendMoney().toDisplayString();
    case PerMonth: return m.perMonthMoney().toDisplayString();
    case PerYear: return m.perYearMoney().toDisplayString();
    case Loyalty: return m.loyalty;
    case Purchases: return m.purchases.join(QStringLiteral(", "));
    default: return {};
    }
}

QVariant CustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (const auto metric = metricFor(section))
            return customerMetricDefinition(*metric);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (const auto metric = metricFor(section))
        return customerMetricTitle(*metric);
    return section == Name ? tr("Customer") : tr("Location");
}

} // namespace clientele
