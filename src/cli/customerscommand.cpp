#include "clicommand.h"

#include "clientele/storage/customerrepository.h"
#include "clientele/storage/workspacefile.h"

#include <nlohmann/json.hpp>

namespace clientele::cli {

namespace {

nlohmann::ordered_json toJson(const CustomerRow &c)
{
    const CustomerMetrics &m = c.metrics;
    const auto date = [](const QDate &d) {
        return d.isValid() ? nlohmann::ordered_json(d.toString(Qt::ISODate).toStdString())
                           : nlohmann::ordered_json(nullptr);
    };
    nlohmann::ordered_json purchases = nlohmann::ordered_json::array();
    for (const QString &item : m.purchases)
        purchases.push_back(item.toStdString());
    nlohmann::ordered_json others = nlohmann::ordered_json::array();
    for (const CurrencyTotal &other : m.otherCurrencies)
        others.push_back({
            {"currency", other.currency.toStdString()},
            {"netSpend", Money(other.netSpend, other.currency).toDecimalString().toStdString()},
            {"invoices", other.invoices},
        });
    return {
        {"name", c.name.toStdString()},
        {"firstInvoice", date(m.firstInvoice)},
        {"lastInvoice", date(m.lastInvoice)},
        {"yearsAsCustomer", m.yearsTenths / 10.0},
        {"invoices", m.invoices},
        {"creditNotes", m.creditNotes},
        {"currency", m.currency.toStdString()},
        {"netSpend", m.netSpendMoney().toDecimalString().toStdString()},
        {"avgPerMonth", m.perMonthMoney().toDecimalString().toStdString()},
        {"avgPerYear", m.perYearMoney().toDecimalString().toStdString()},
        {"otherCurrencies", others},
        {"loyalty", m.loyalty},
        {"purchases", purchases},
        {"city", c.city.toStdString()},
        {"region", c.region.toStdString()},
        {"country", c.country.toStdString()},
        {"industry", c.industry.toStdString()},
    };
}

QString textTable(const QList<CustomerRow> &rows)
{
    //: Column heads of clientele-cli customers: the first and the last invoice.
    const QString first = Cli::tr("First", "first invoice");
    const QString last = Cli::tr("Last", "last invoice");
    QString text =
        QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9  %10\n")
            .arg(Cli::tr("Name").leftJustified(28), first.leftJustified(10), last.leftJustified(10),
                 Cli::tr("Years").rightJustified(5), Cli::tr("Invoices").rightJustified(8),
                 Cli::tr("Net spend").rightJustified(14), Cli::tr("Per month").rightJustified(12),
                 Cli::tr("Per year").rightJustified(13), Cli::tr("Loyalty").rightJustified(7))
            .arg(Cli::tr("What they purchase"));
    for (const CustomerRow &c : rows) {
        const CustomerMetrics &m = c.metrics;
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9  %10\n")
                    .arg(c.name.left(28).leftJustified(28),
                         m.firstInvoice.toString(Qt::ISODate).leftJustified(10),
                         m.lastInvoice.toString(Qt::ISODate).leftJustified(10),
                         QString::number(m.yearsAsCustomer(), 'f', 1).rightJustified(5),
                         QString::number(m.invoices).rightJustified(8),
                         m.netSpendMoney().toString().rightJustified(14),
                         m.perMonthMoney().toString().rightJustified(12),
                         m.perYearMoney().toString().rightJustified(13),
                         QString::number(m.loyalty).rightJustified(7))
                    .arg(m.purchases.join(QStringLiteral(", ")));
        if (!m.otherCurrencies.isEmpty())
            text += QString(29, u' ')
                    + Cli::tr("also %1, not in the figures above")
                          .arg(describeOtherCurrencies(m.otherCurrencies))
                    + u'\n';
    }
    return text;
}

} // namespace

CliCommand customersCommand()
{
    static const QString usage =
        QStringLiteral("customers FILE [--json] [--by spend|tenure|loyalty|name] [--filter TEXT]");
    return {
        QStringLiteral("customers"),
        Cli::tr("List imported customers with their metrics (see docs/metrics.md)."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A workspace."));
            parser.addOption({QStringLiteral("json"), Cli::tr("Print a JSON array.")});
            parser.addOption({QStringLiteral("by"),
                              Cli::tr("Order by spend (default), tenure, loyalty or name."),
                              QStringLiteral("order"), QStringLiteral("spend")});
            parser.addOption({QStringLiteral("filter"),
                              Cli::tr("Only customers whose name or place contains TEXT."),
                              QStringLiteral("text")});
        },
        [](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 1, usage))
                return int(Usage);
            const QString by = parser.value(QStringLiteral("by")).toLower();
            CustomerQuery query;
            if (by == u"spend")
                query.sort = CustomerSort::Spend;
            else if (by == u"tenure")
                query.sort = CustomerSort::Tenure;
            else if (by == u"loyalty")
                query.sort = CustomerSort::Loyalty;
            else if (by == u"name") {
                query.sort = CustomerSort::Name;
                query.descending = false;
            } else {
                return usageError(
                    Cli::tr("Unknown order \u201C%1\u201D: use spend, tenure, loyalty or name.")
                        .arg(by),
                    usage);
            }
            query.filter = parser.value(QStringLiteral("filter"));
            auto file = WorkspaceFile::open(parser.positionalArguments().at(0),
                                            WorkspaceFile::Access::ReadOnly);
            if (!file)
                return fail(file.errorMessage());
            const CustomerRepository customers((*file)->database());
            QList<CustomerRow> rows;
            query.limit = 1000;
            for (QList<CustomerRow> page; !(page = customers.page(query)).isEmpty();
                 query.offset += query.limit)
                rows += page;
            if (parser.isSet(QStringLiteral("json"))) {
                nlohmann::ordered_json array = nlohmann::ordered_json::array();
                for (const CustomerRow &row : rows)
                    array.push_back(toJson(row));
                print(QString::fromStdString(array.dump(2)));
            } else {
                print(textTable(rows));
            }
            return int(Ok);
        },
    };
}

} // namespace clientele::cli
