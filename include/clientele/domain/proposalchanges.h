#pragma once

#include "clientele/domain/itemfields.h"
#include "clientele/domain/proposal.h"

#include <QList>

namespace clientele {

// "Changes since version N": every part of a proposal's content whose text differs between two
// versions, old beside new, in the order the document reads: number; the prospect's company,
// contact, staff, industry and current systems; style; currency; issued and valid-until dates;
// needs and wants; the recommended offers and their one-off and monthly totals; terms; next
// step; executive summary; risks, milestones and benefits.
//
// Texts are those proposalFields() gives (what the history shows), money as "AUD 1,400.00".
// Each entry of a list is its own change: an added entry has no text before, a removed one none
// after, and an entry edited in place shows its old text beside the new. Risks, milestones and
// benefits keep their parts separated by tabs, as in proposalFields().
//
// Offer lines are paired by uuid, else by offer, else by description. A line in both versions
// reports its description, quantity, unit price and billing apart, labelled with its
// description ("Procedure writing day: quantity", "1" to "2"); an added or removed line is one
// change labelled "Recommended offers" whose text is the whole line ("Procedure writing day:
// 2 × AUD 1,400.00 once").
//
// Keys are stable: a field's key in proposalFields(), "needs/3" for an entry edited in place
// (its position in `after`), "needs/+3" added and "needs/-3" removed (position in `before`),
// "lines/<uuid>/quantity" for a line's part and "lines/<uuid>" for a line added or removed
// (a line without a uuid is named by its position instead).
//
// The lifecycle (status, version, what was sent, approval, outcome, printing the changes) and
// the links to a profile or prospect are not what the prospect reads and never appear.
QList<FieldChange> proposalChanges(const Proposal &before, const Proposal &after);

} // namespace clientele
