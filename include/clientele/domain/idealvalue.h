#pragma once

#include "clientele/domain/attributetype.h"
#include "clientele/domain/money.h"
#include "clientele/domain/range.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace clientele {

// A value the reference clients hold, how many hold it and their total weight.
struct ValueShare {
    QString value;
    int count = 0;
    double weight = 0;

    friend bool operator==(const ValueShare &, const ValueShare &) = default;
};

// The ideal profile's entry for one attribute: the summary text the derived column shows, the
// numbers behind it, and how many reference clients had a value. Which fields are set follows
// the attribute's type; docs/ideal-profile.md gives every rule.
struct DerivedValue {
    Q_DECLARE_TR_FUNCTIONS(clientele::DerivedValue)

public:
    qint64 attributeId = 0;
    AttributeType type = AttributeType::Text;
    int knownCount = 0;     // reference clients with a value (entered or derived)
    int clientCount = 0;    // reference clients
    double knownWeight = 0; // total weight of the clients with a value
    // "35 (20–50)", "Manufacturing — 3 of 5", "2 of 4 yes"; empty when nothing is known.
    QString text;

    // Numbers and years: weighted median (ranges at their midpoint) and the lowest to highest
    // bound. Locations: the same for the distance in km.
    std::optional<double> median;
    std::optional<NumberRange> range;
    // Money.
    std::optional<Money> medianMoney;
    std::optional<MoneyRange> moneyRange;
    // Categories, text and locations: the most common value, or all tied for most common, in
    // chart order. Tags: every tag held by at least half the weight, most held first.
    QList<ValueShare> leaders;
    // Yes/no.
    int yesCount = 0;
    double yesShare = 0; // weighted share of yes among the known answers, 0..1

    bool isKnown() const { return knownCount > 0; }
    // Whether the text is a leading value (sameCellText).
    bool isLeader(const QString &text) const;
    // "4 of 5 known".
    QString knownText() const { return tr("%1 of %2 known").arg(knownCount).arg(clientCount); }
    // A leader's weighted share of the known clients, 0..1.
    double share(const ValueShare &leader) const
    {
        return knownWeight > 0 ? leader.weight / knownWeight : 0;
    }
};

} // namespace clientele
