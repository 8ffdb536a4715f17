#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace clientele {

// One client of the ICP chart (a column by default). Names may stay "Client #1" when the real
// name should not be on paper. Only reference clients feed the derived ideal profile; others
// (a prospect, a client kept for comparison) are shown and scored against it.
struct ChartClient {
    Q_DECLARE_TR_FUNCTIONS(clientele::ChartClient)

public:
    qint64 id = 0;
    QString name;
    bool isReference = true;
    QString notes;
    // The client's identity across workspaces; null until the chart or the store gives one.
    QUuid uuid = {};

    // "Client #3" for number 3.
    static QString defaultName(int number) { return tr("Client #%1").arg(number); }

    friend bool operator==(const ChartClient &, const ChartClient &) = default;
};

} // namespace clientele
