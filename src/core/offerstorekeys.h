#pragma once

// Shared by the two files that implement OfferStore (offers, and proposals).
namespace clientele::offerstore {

// Typing into one field merges into one undo step; these keys tell the fields apart.
enum MergeKey {
    kNoMerge = 0,
    kOfferName,
    kOfferPromise,
    kOfferStep,
    kOfferPrice,
    kProposalProspect,
    kProposalTerms,
    kProposalNextStep,
    kProposalSummary,
};

constexpr int kDefaultValidityDays = 30;

} // namespace clientele::offerstore
