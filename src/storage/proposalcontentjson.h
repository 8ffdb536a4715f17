#pragma once

#include "clientele/domain/proposal.h"
#include "clientele/storage/jsonnode.h"
#include "jsonoffershelpers.h"
#include "jsonuuids.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace clientele {

// What must be unique across the document's proposals: ids, numbers and uuids, and the uuids of
// lines across all proposals.
struct ProposalIdentities {
    jsonoffers::UniqueIds ids{
        QCoreApplication::translate("clientele::WorkspaceJson", "proposal",
                                    "the kind of item in: duplicate %1 id, duplicate %1 uuid")};
    QSet<QString> numbers;
    UniqueUuids uuids{
        QCoreApplication::translate("clientele::WorkspaceJson", "proposal",
                                    "the kind of item in: duplicate %1 id, duplicate %1 uuid")};
    UniqueUuids lineUuids{
        QCoreApplication::translate("clientele::WorkspaceJson", "proposal line",
                                    "the kind of item in: duplicate %1 id, duplicate %1 uuid")};
};

// A proposal's content (what its document prints) as the JSON export writes it: the export's
// proposals and every sent version's frozen copy share this form.
nlohmann::ordered_json proposalContentToJson(const Proposal &proposal);
// Reads the content back; `id` and `number` are required, the rest may be left out. The object
// may also hold `moreKeys`, which the caller reads. Throws JsonInputError.
Proposal proposalContentFromJson(const JsonNode &node, ProposalIdentities &identities,
                                 const QStringList &moreKeys = {});

} // namespace clientele
