#pragma once

#include "clientele/core/customerbook.h"
#include "clientele/domain/chartvalue.h"
#include "clientele/domain/result.h"

#include <QList>

namespace clientele {

class ChartEditor;
class IcpChart;

// Which customers count as the best.
enum class PickTopBy { Spend, Tenure, Loyalty };

QString pickTopByName(PickTopBy by); // "spend", "tenure", "loyalty"
CustomerSort customerSortOf(PickTopBy by);

// One chart cell the pick would fill: what the client has entered now (unknown when blank) and
// what the imported history says.
struct PickTopCell {
    qint64 attributeId = 0;
    QString attributeLabel;
    ChartValue before;
    ChartValue after;
    QString note; // stored with `after`: what a money figure leaves out
    // A value the user entered by hand that the history would replace.
    bool conflicts() const { return !before.isUnknown() && before != after; }
};

// What happens to one picked customer: it updates the chart client of the same name, takes
// the place of a blank "Client #n", or is added at the end.
struct PickTopClient {
    enum class Action { Update, ReplaceBlank, Add };
    CustomerRow customer;
    Action action = Action::Add;
    qint64 clientId = 0;      // the client updated or replaced; 0 when added
    QString replacedName;     // the blank client's name, for ReplaceBlank
    QList<PickTopCell> cells; // cells whose value changes
    // Why the spend cells stay blank: the customer's main currency is not the chart's, and
    // amounts are never converted. Empty when they are filled.
    QString spendLeftOut;
};

// The whole pick, computed without touching the chart, for the preview and for applying.
struct PickTopPlan {
    QList<PickTopClient> clients;
    // Standard attributes the pick fills that the chart no longer has.
    QStringList missingAttributes;
    int conflictCount() const;
};

// The top `count` customers by `by`, those with at least one sales invoice.
QList<CustomerRow> topCustomers(const CustomerBook &customers, PickTopBy by, int count);

// What putting `customers` into `chart` would do: years as customer, spend per month and per
// year, and what they purchase.
PickTopPlan planPickTop(const IcpChart &chart, const QList<CustomerRow> &customers);

// What applying `plan` does, in sentences for the status bar: the clients put in by name, the
// cells filled and how many carry a note, and the hand-typed values kept.
QString pickTopSummary(const PickTopPlan &plan, bool overwrite);

// Applies the plan as one undo step. Cells that conflict keep the hand-entered value unless
// `overwrite` is set.
Status applyPickTop(ChartEditor *editor, const PickTopPlan &plan, bool overwrite);

} // namespace clientele
