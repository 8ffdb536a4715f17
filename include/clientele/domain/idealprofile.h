#pragma once

#include "clientele/domain/icpchart.h"
#include "clientele/domain/idealvalue.h"
#include "clientele/domain/weighting.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace clientele {

// The chart's common characteristics, computed from the reference clients: one DerivedValue per
// attribute in chart order, and the weighting they were computed with.
struct IdealProfile {
    Q_DECLARE_TR_FUNCTIONS(clientele::IdealProfile)

public:
    Weighting weighting = Weighting::Equal;
    ClientWeights weights;
    int clientCount = 0; // reference clients
    QList<DerivedValue> values;

    const DerivedValue *value(qint64 attributeId) const;
    // "Weighting: by spend", plus the weighting's note when it filled a gap.
    QString weightingText() const;
};

// Derives the ideal profile with the chart's own weighting, or the one given.
IdealProfile deriveIdealProfile(const IcpChart &chart);
IdealProfile deriveIdealProfile(const IcpChart &chart, Weighting weighting);
// One attribute's derived value. When the clients with a value have no weight between them
// (say, all spend is zero) they count equally for this attribute instead.
DerivedValue deriveValue(const IcpChart &chart, const Attribute &attribute,
                         const ClientWeights &weights);

} // namespace clientele
