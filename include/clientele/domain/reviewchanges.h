#pragma once

#include "clientele/domain/itemfields.h"
#include "clientele/domain/reviewround.h"

#include <QList>
#include <QString>

namespace clientele {

// One part of the owner's review pack and what changed in it: a profile, the ICP chart or an
// offer.
struct ReviewChangeGroup {
    QString title; // "Profile: Trades businesses", "ICP chart", "Offer: Procedure writing day"
    QList<FieldChange> changes;

    friend bool operator==(const ReviewChangeGroup &, const ReviewChangeGroup &) = default;
};

// "What changed since round N-1": the parts of the pack that differ between two review
// snapshots, in the pack's order, each with its changes old beside new; a part with none is
// left out.
//
// - Profiles, paired by uuid (or by id where one has no uuid): a profile in both lists the
//   fields of profileFields() that changed, its "not our customer" list among them (an entry's
//   rule described in the words of that round's chart, "Number of employees is less than 2",
//   in place of its stored form); one added or removed is a single change, key "added" or
//   "removed", with its name after or before.
// - The ICP chart: clients and attributes added, removed or renamed (key "clients/<uuid>" or
//   "attributes/<uuid>", the name before and after), the weighting, and each attribute's ideal
//   as the chart's Ideal column shows it ("35 (20–50)"), key "ideal/<uuid>", labelled
//   "Number of employees: ideal" (empty before for an attribute added).
// - Offers, paired as profiles are, with the fields of offerFields(); one added or removed is a
//   single change, "added" or "removed", as a profile's is.
// An item without a uuid is named in keys by its id.
QList<ReviewChangeGroup> reviewChanges(const ReviewSnapshot &before, const ReviewSnapshot &after);

} // namespace clientele
