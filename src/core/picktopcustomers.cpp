#include "clientele/core/picktopcustomers.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/attributeset.h"
#include "clientele/domain/icpchart.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUndoStack>

namespace clientele {

namespace {

QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

// A default "Client #n" name, in English or as ChartClient::defaultName() writes it now.
bool isDefaultName(const QString &name)
{
    static const QRegularExpression english(QStringLiteral("^Client #\\d+$"));
    if (english.match(name).hasMatch())
        return true;
    const QStringList around = ChartClient::tr("Client #%1").split(QStringLiteral("%1"));
    if (around.size() != 2)
        return false;
    const QRegularExpression shown(QStringLiteral("^%1\\d+%2$")
                                       .arg(QRegularExpression::escape(around.at(0)),
                                            QRegularExpression::escape(around.at(1))));
    return shown.match(name).hasMatch();
}

// A client the user has not made their own yet: a default "Client #n" name and no cells.
bool isBlankClient(const IcpChart &chart, const ChartClient &client)
{
    if (!isDefaultName(client.name.trimmed()))
        return false;
    for (const Attribute &attribute : chart.attributes())
        if (!chart.value(client.id, attribute.id).isUnknown())
            return false;
    return true;
}

// The history's value for one standard attribute, typed as the chart's attribute expects.
ChartValue valueFor(StandardAttribute which, const Attribute &attribute, const CustomerRow &row)
{
    const CustomerMetrics &m = row.metrics;
    switch (which) {
    case StandardAttribute::YearsAsCustomer:
        return ChartValue::fromNumber(NumberRange::exactly(m.yearsAsCustomer()));
    case StandardAttribute::SpendPerMonth:
        return ChartValue::fromMoney(MoneyRange::exactly(m.perMonthMoney()));
    case StandardAttribute::SpendPerYear:
        return ChartValue::fromMoney(MoneyRange::exactly(m.perYearMoney()));
    case StandardAttribute::Purchases:
        if (m.purchases.isEmpty())
            return {};
        return attribute.type == AttributeType::Tags
                   ? ChartValue::fromTags(m.purchases)
                   : ChartValue::fromText(m.purchases.join(QStringLiteral(", ")));
    default: return {};
    }
}

// Money cells count the main currency only; when the customer was invoiced in others too, the
// cell says so.
QString noteFor(StandardAttribute which, const CustomerRow &row)
{
    const CustomerMetrics &m = row.metrics;
    const bool money =
        which == StandardAttribute::SpendPerMonth || which == StandardAttribute::SpendPerYear;
    if (!money || m.otherCurrencies.isEmpty())
        return {};
    return QCoreApplication::translate("clientele::PickTopCustomers",
                                       "%1 sales only; also invoiced %2, not included.")
        .arg(m.currency, describeOtherCurrencies(m.otherCurrencies));
}

const QList<StandardAttribute> kFilled = {
    StandardAttribute::YearsAsCustomer,
    StandardAttribute::Purchases,
    StandardAttribute::SpendPerMonth,
    StandardAttribute::SpendPerYear,
};

} // namespace

QString pickTopByName(PickTopBy by)
{
    switch (by) {
    case PickTopBy::Spend: return QStringLiteral("spend");
    case PickTopBy::Tenure: return QStringLiteral("tenure");
    case PickTopBy::Loyalty: return QStringLiteral("loyalty");
    }
    return {};
}

CustomerSort customerSortOf(PickTopBy by)
{
    switch (by) {
    case PickTopBy::Spend: return CustomerSort::Spend;
    case PickTopBy::Tenure: return CustomerSort::Tenure;
    case PickTopBy::Loyalty: return CustomerSort::Loyalty;
    }
    return CustomerSort::Spend;
}

int PickTopPlan::conflictCount() const
{
    int conflicts = 0;
    for (const PickTopClient &client : clients)
        for (const PickTopCell &cell : client.cells)
            conflicts += cell.conflicts() ? 1 : 0;
    return conflicts;
}

QList<CustomerRow> topCustomers(const CustomerBook &customers, PickTopBy by, int count)
{
    return customers.top(customerSortOf(by), count);
}

PickTopPlan planPickTop(const IcpChart &chart, const QList<CustomerRow> &customers)
{
    PickTopPlan plan;
    QList<const Attribute *> attributes;
    QList<StandardAttribute> kinds;
    for (StandardAttribute which : kFilled) {
        if (const Attribute *attribute = chart.attribute(which)) {
            attributes.append(attribute);
            kinds.append(which);
        } else {
            plan.missingAttributes.append(standardAttribute(which).label);
        }
    }

    QList<qint64> blanks;
    for (const ChartClient &client : chart.clients())
        if (isBlankClient(chart, client))
            blanks.append(client.id);

    for (const CustomerRow &customer : customers) {
        PickTopClient pick;
        pick.customer = customer;
        for (const ChartClient &client : chart.clients()) {
            if (nameKey(client.name) == nameKey(customer.name)) {
                pick.action = PickTopClient::Action::Update;
                pick.clientId = client.id;
                break;
            }
        }
        if (pick.action != PickTopClient::Action::Update && !blanks.isEmpty()) {
            pick.action = PickTopClient::Action::ReplaceBlank;
            pick.clientId = blanks.takeFirst();
            pick.replacedName = chart.client(pick.clientId)->name;
        }
        const bool foreign =
            !customer.metrics.currency.isEmpty() && customer.metrics.currency != chart.currency();
        if (foreign)
            pick.spendLeftOut =
                QCoreApplication::translate("clientele::PickTopCustomers",
                                            "%1 buys in %2 and the chart counts %3, so its "
                                            "spend is left blank (amounts are not converted).")
                    .arg(customer.name, customer.metrics.currency, chart.currency());
        for (int i = 0; i < attributes.size(); ++i) {
            const bool money = kinds[i] == StandardAttribute::SpendPerMonth
                               || kinds[i] == StandardAttribute::SpendPerYear;
            if (money && foreign)
                continue;
            PickTopCell cell;
            cell.attributeId = attributes[i]->id;
            cell.attributeLabel = attributes[i]->label;
            if (pick.clientId != 0)
                cell.before = chart.value(pick.clientId, cell.attributeId);
            cell.after = valueFor(kinds[i], *attributes[i], customer);
            cell.note = noteFor(kinds[i], customer);
            const QString noteBefore =
                pick.clientId != 0 ? chart.cellNote(pick.clientId, cell.attributeId) : QString();
            if (cell.after.isUnknown() || (cell.after == cell.before && cell.note == noteBefore))
                continue;
            pick.cells.append(cell);
        }
        plan.clients.append(pick);
    }
    return plan;
}

QString pickTopSummary(const PickTopPlan &plan, bool overwrite)
{
    const char *context = "clientele::PickTopCustomers";
    QStringList names;
    int cells = 0;
    int notes = 0;
    int kept = 0;
    for (const PickTopClient &client : plan.clients) {
        names.append(client.customer.name);
        for (const PickTopCell &cell : client.cells) {
            if (!overwrite && cell.conflicts()) {
                ++kept;
                continue;
            }
            ++cells;
            notes += cell.note.isEmpty() ? 0 : 1;
        }
    }
    // English has no plural forms without a translation: one of each is its own sentence.
    QStringList sentences;
    sentences << (names.size() == 1
                      ? QCoreApplication::translate(context, "Put %1 into the ICP chart.")
                            .arg(names.constFirst())
                      : QCoreApplication::translate(context,
                                                    "Put %n clients into the ICP chart: %1.",
                                                    nullptr, int(names.size()))
                            .arg(QLocale().createSeparatedList(names)));
    sentences << (cells == 1
                      ? QCoreApplication::translate(context, "One cell filled.")
                      : QCoreApplication::translate(context, "%n cells filled.", nullptr, cells));
    if (notes > 0)
        sentences << (notes == 1 ? QCoreApplication::translate(
                          context, "One of them notes what its amount leaves out.")
                                 : QCoreApplication::translate(
                                     context, "%n of them note what their amount leaves out.",
                                     nullptr, notes));
    if (kept > 0)
        sentences << (kept == 1 ? QCoreApplication::translate(context,
                                                              "One value typed by hand was kept.")
                                : QCoreApplication::translate(
                                    context, "%n values typed by hand were kept.", nullptr, kept));
    return sentences.join(u' ');
}

Status applyPickTop(ChartEditor *editor, const PickTopPlan &plan, bool overwrite)
{
    if (plan.clients.isEmpty())
        return success();
    QUndoStack *stack = editor->workspace()->undoStack();
    const QString text =
        plan.clients.size() == 1
            ? QCoreApplication::translate("clientele::PickTopCustomers", "Put %1 into the chart")
                  .arg(plan.clients.constFirst().customer.name)
            : QCoreApplication::translate("clientele::PickTopCustomers",
                                          "Put %n top customers into the chart", nullptr,
                                          int(plan.clients.size()));
    stack->beginMacro(text);
    Status result = success();
    for (const PickTopClient &pick : plan.clients) {
        qint64 id = pick.clientId;
        if (pick.action == PickTopClient::Action::Add) {
            id = editor->addClient(pick.customer.name);
        } else if (pick.action == PickTopClient::Action::ReplaceBlank) {
            result = editor->renameClient(id, pick.customer.name);
            if (!result)
                break;
        }
        if (id == 0) {
            result = Error{QCoreApplication::translate("clientele::PickTopCustomers",
                                                       "Could not add \u201C%1\u201D to the chart.")
                               .arg(pick.customer.name)};
            break;
        }
        QList<ChartEntry> cells;
        for (const PickTopCell &cell : pick.cells)
            if (overwrite || !cell.conflicts())
                cells.append({id, cell.attributeId, cell.after, cell.note});
        result = editor->setCells(cells, text);
        if (!result)
            break;
    }
    stack->endMacro();
    return result;
}

} // namespace clientele
