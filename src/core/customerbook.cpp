#include "clientele/core/customerbook.h"

#include "clientele/core/workspace.h"

namespace clientele {

CustomerRepository CustomerBook::repository() const
{
    return CustomerRepository(m_workspace->file().database());
}

int CustomerBook::count(const QString &filter) const
{
    return repository().count(filter);
}

QList<CustomerRow> CustomerBook::page(const CustomerQuery &query) const
{
    return repository().page(query);
}

std::optional<CustomerRow> CustomerBook::find(qint64 id) const
{
    return repository().find(id);
}

QList<CustomerRow> CustomerBook::top(CustomerSort by, int count) const
{
    return repository().top(by, count);
}

QString CustomerBook::homeCountry() const
{
    return repository().homeCountry();
}

QList<CustomerRow> CustomerBook::all(const CustomerQuery &query) const
{
    CustomerQuery whole = query;
    whole.offset = 0;
    whole.limit = repository().count(query.filter);
    return repository().page(whole);
}

QList<CustomerDocument> CustomerBook::documents(qint64 customerId) const
{
    return repository().documents(customerId);
}

} // namespace clientele
