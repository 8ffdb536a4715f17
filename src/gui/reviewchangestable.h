#pragma once

#include "clientele/domain/reviewchanges.h"

#include <QTableWidget>

namespace clientele {

// What changed in the owner's review from one round to the next, as a table: a row naming each
// part of the pack that changed (a profile, the ICP chart, an offer), then one row per change
// with what changed, its value in the earlier round and in the later one.
class ReviewChangesTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { What, Before, After };

    explicit ReviewChangesTable(QWidget *parent = nullptr);

    // Shows `groups` as the changes from round `from` to round `to`.
    void setChanges(const QList<ReviewChangeGroup> &groups, int from, int to);
};

} // namespace clientele
