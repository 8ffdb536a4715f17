#pragma once

// The words the shared content's items and fields are named with as they travel between
// replicas (docs/architecture.md, "The file's side of sync").

#include <QString>

namespace clientele::syncfields {

// Item kinds; the settings and the chart are single items named by their kind.
inline const QString kSettings = QStringLiteral("settings");
inline const QString kChart = QStringLiteral("chart");
inline const QString kAttribute = QStringLiteral("attribute");
inline const QString kClient = QStringLiteral("client");
inline const QString kProfile = QStringLiteral("profile");
inline const QString kProfileItem = QStringLiteral("profileItem");
inline const QString kProspect = QStringLiteral("prospect");
inline const QString kOffer = QStringLiteral("offer");
inline const QString kProposal = QStringLiteral("proposal");
inline const QString kProposalLine = QStringLiteral("proposalLine");
inline const QString kReviewRound = QStringLiteral("reviewRound");
// An invoice or contact import: one field, its whole batch (importbatches.h).
inline const QString kImport = QStringLiteral("import");
inline const QString kImportBatch = QStringLiteral("batch");

// Fields that are not keys of the JSON export as they stand.
inline const QString kPosition = QStringLiteral("position"); // an ordered list item's place
inline const QString kOwner = QStringLiteral("owner");       // the uuid of a list item's owner
inline const QString kList = QStringLiteral("list");         // which list of its profile
inline const QString kUpdated = QStringLiteral("~updated");  // bookkeeping: never a conflict
// The local id an item was given where it was made, kept by every replica unless two items made
// apart took the same one (bookkeeping too: a repair, never a conflict).
inline const QString kLocalId = QStringLiteral("~id");
inline const QString kCellPrefix = QStringLiteral("cell:");   // + attribute uuid
inline const QString kValuePrefix = QStringLiteral("value:"); // + attribute uuid
inline const QString kProfileLink = QStringLiteral("profileUuid");
inline const QString kProspectLink = QStringLiteral("prospectUuid");
inline const QString kOfferLink = QStringLiteral("offerUuid");

} // namespace clientele::syncfields
