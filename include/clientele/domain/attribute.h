#pragma once

#include "clientele/domain/attributetype.h"
#include "clientele/domain/fitsettings.h"

#include <QString>
#include <QStringList>
#include <QUuid>

namespace clientele {

// One row of the ICP chart (a column when the chart is flipped): what is recorded about each
// client. `key` names the standard attributes ("employees", "spendPerYear", ...) so derivation,
// weighting and "apply to profile" can find them after the user renames them; it is empty for
// the user's own attributes. `values` are the choices of a category or the suggestions of a
// tag list; users may type values outside them.
struct Attribute {
    qint64 id = 0;
    QString key;
    QString label;
    AttributeType type = AttributeType::Text;
    QStringList values;
    QString notes;
    // The attribute's identity across workspaces; null until the chart or the store gives one.
    QUuid uuid = {};
    // How the attribute counts in a prospect's fit score; unset choices take the defaults.
    AttributeFit fit = {};

    bool isStandard() const { return !key.isEmpty(); }
    // The spelling from `values` that matches text case-insensitively, or text unchanged.
    QString canonicalValue(const QString &text) const;

    friend bool operator==(const Attribute &, const Attribute &) = default;
};

} // namespace clientele
