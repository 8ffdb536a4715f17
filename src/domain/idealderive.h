#pragma once

// Per-type derivation rules behind deriveValue(); internal to the domain library.

#include "clientele/domain/chartvalue.h"
#include "clientele/domain/idealvalue.h"
#include "clientele/domain/weighting.h"

#include <QList>

namespace clientele::ideal {

// One reference client's known value with the weight it carries.
struct Known {
    ChartValue value;
    double weight = 1;
};

void deriveNumbers(DerivedValue &out, const QList<Known> &known);
void deriveMoney(DerivedValue &out, const QList<Known> &known);
// Categories and text; with `needRepeat` a value held by one client only is not "common".
void deriveCommonText(DerivedValue &out, const QList<Known> &known, Weighting weighting,
                      bool needRepeat);
void deriveLocation(DerivedValue &out, const QList<Known> &known, Weighting weighting);
void deriveTags(DerivedValue &out, const QList<Known> &known, Weighting weighting);
void deriveYesNo(DerivedValue &out, const QList<Known> &known, Weighting weighting);

} // namespace clientele::ideal
