#pragma once

#include "clientele/domain/attribute.h"
#include "clientele/domain/chartvalue.h"
#include "clientele/domain/icpchart.h"
#include "clientele/domain/idealprofile.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace clientele {

// Below this share of the ideal's attributes known, a client's match says too little to trust.
inline constexpr double confidentMatch = 0.6;

// How closely one client matches the derived ideal: of the attributes where both the client
// and the ideal have a value, the share where the client's value agrees with the ideal. An
// attribute the client has no value for leaves its weight out of the score, as the prospect
// fit score will; how much is left out shows in the confidence.
struct ClientMatch {
    Q_DECLARE_TR_FUNCTIONS(clientele::ClientMatch)

public:
    qint64 clientId = 0;
    QList<qint64> matched; // attribute ids, chart order
    QList<qint64> missed;  // compared but not matching
    int idealCount = 0;    // attributes the ideal has a value for

    int comparedCount() const { return int(matched.size() + missed.size()); }
    bool isScored() const { return comparedCount() > 0; }
    // 0..1; 0 when nothing could be compared.
    double score() const
    {
        return isScored() ? double(matched.size()) / double(comparedCount()) : 0.0;
    }
    // 0..100, rounded to the nearest whole percent.
    int percent() const { return qRound(score() * 100.0); }
    // The share of the ideal's attributes this client has known (compared), 0..1.
    double confidence() const
    {
        return idealCount > 0 ? double(comparedCount()) / double(idealCount) : 0.0;
    }
    bool isConfident() const { return confidence() >= confidentMatch; }
    // "100% of 3", with " (too few known)" below confidentMatch; empty when nothing compared.
    QString label() const;
    // "Agrees on 3 of the 3 attributes known (of 11 the ideal has)."
    QString description() const;
};

// Whether a client's value agrees with the ideal, or nullopt when there is nothing to compare:
// numbers, years and money overlap the ideal's lowest-to-highest range; a category or text
// equals one of the leaders (ignoring case); tags share at least one common tag; yes/no equals
// the majority answer (either answer at exactly half); a location names a leading place or
// lies within the ideal's distance range.
std::optional<bool> matchesIdeal(const Attribute &attribute, const ChartValue &value,
                                 const DerivedValue &ideal);

// The match of one client (reference or not), using entered and derived cells.
ClientMatch matchClient(const IcpChart &chart, const IdealProfile &ideal, qint64 clientId);
// Every client in chart order.
QList<ClientMatch> matchClients(const IcpChart &chart, const IdealProfile &ideal);

} // namespace clientele
