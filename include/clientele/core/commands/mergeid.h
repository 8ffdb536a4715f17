#pragma once

namespace clientele {

// Every kind of edit that merges with the one before it when repeated on the same item (typing
// into one field is one undo step and one row of history). QUndoCommand::id() returns it; the
// history keeps it to coalesce the same run. None never merges.
enum class MergeId : int {
    None = -1,
    ProfileName = 1,
    ProfileCustomer,
    ProfileDemographics,
    ProfilePsychographics,
    ProfileIndustry,
    ProfileBusinessSize,
    ProfileBusinessType,
    ProfilePerson,
    ProfileCompany,
    ProfileIndustryLayer,
    ProfileUtopia,
    ProfileNotes,
    OfferName,
    OfferPromise,
    OfferStepToNext,
    OfferPrice,
    OfferHours,
    OfferMinimumTerm,
    OfferNotice,
    ProposalCompany,
    ProposalContact,
    ProposalStaff,
    ProposalIndustry,
    ProposalSystems,
    ProposalTerms,
    ProposalNextStep,
    ProposalSummary,
    // A chart client named right after it was added: the naming joins the add.
    ChartClientNaming,
    ProspectCompany,
    ProspectContact,
    ProspectSystems,
    ProspectSource,
    ProspectNotes,
};

} // namespace clientele
