#pragma once

// The "what changed" table that a proposal's changes page and the owner's review pack share.

#include "clientele/domain/itemfields.h"

#include <QList>
#include <QString>

namespace clientele {

// Each changed field on a row: what it is, its text before and its text after, side by side
// under the given headings. A list's entries stay on lines of their own; the parts of an
// entry (a line's description, quantity and price) read as one line.
QString changeTableHtml(const QList<FieldChange> &changes, const QString &beforeHeading,
                        const QString &afterHeading);

} // namespace clientele
