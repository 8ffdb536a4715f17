#pragma once

// Clashes merged content can hold that no single file does, repaired the same way on every
// replica: each rule depends only on the items' values and uuids, never on local ids or on the
// order changes arrived in.

#include <nlohmann/json.hpp>

namespace clientele {

// Proposals numbered alike: a proposal with a sent version keeps its number before a draft,
// then the smaller uuid; each other takes the next free number above ("P-2026-003" →
// "P-2026-004"; a number without digits at its end gains "-2", "-3", ...).
void repairProposalNumbers(nlohmann::json &proposals);
// Offers on one ladder position: the smaller uuid keeps it, each other takes the next free
// position above.
void repairLadderPositions(nlohmann::json &offers);
// Review rounds numbered alike: the one started first keeps the number (then the smaller uuid),
// each other takes the next free number above.
void repairRoundNumbers(nlohmann::json &rounds);
// Two attributes claiming one standard attribute: the smaller uuid keeps it, the other becomes
// an attribute of the user's own.
void repairStandardAttributes(nlohmann::json &attributes);

} // namespace clientele
