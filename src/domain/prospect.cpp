#include "clientele/domain/prospect.h"

namespace clientele {

QList<ProspectStatus> allProspectStatuses()
{
    return {ProspectStatus::New,          ProspectStatus::Contacted, ProspectStatus::Qualified,
            ProspectStatus::ProposalSent, ProspectStatus::Won,       ProspectStatus::Lost,
            ProspectStatus::NotAFit};
}

QString prospectStatusKey(ProspectStatus status)
{
    switch (status) {
    case ProspectStatus::New: return QStringLiteral("new");
    case ProspectStatus::Contacted: return QStringLiteral("contacted");
    case ProspectStatus::Qualified: return QStringLiteral("qualified");
    case ProspectStatus::ProposalSent: return QStringLiteral("proposalSent");
    case ProspectStatus::Won: return QStringLiteral("won");
    case ProspectStatus::Lost: return QStringLiteral("lost");
    case ProspectStatus::NotAFit: return QStringLiteral("notAFit");
    }
    return {};
}

std::optional<ProspectStatus> prospectStatusFromKey(const QString &key)
{
    for (ProspectStatus status : allProspectStatuses())
        if (prospectStatusKey(status) == key)
            return status;
    return std::nullopt;
}

QString prospectStatusLabel(ProspectStatus status)
{
    switch (status) {
    case ProspectStatus::New:
        return QCoreApplication::translate("clientele::ProspectStatus", "New");
    case ProspectStatus::Contacted:
        return QCoreApplication::translate("clientele::ProspectStatus", "Contacted");
    case ProspectStatus::Qualified:
        return QCoreApplication::translate("clientele::ProspectStatus", "Qualified");
    case ProspectStatus::ProposalSent:
        return QCoreApplication::translate("clientele::ProspectStatus", "Proposal sent");
    case ProspectStatus::Won:
        return QCoreApplication::translate("clientele::ProspectStatus", "Won");
    case ProspectStatus::Lost:
        return QCoreApplication::translate("clientele::ProspectStatus", "Lost");
    case ProspectStatus::NotAFit:
        return QCoreApplication::translate("clientele::ProspectStatus", "Not a fit");
    }
    return {};
}

} // namespace clientele
