#pragma once

#include "clientele/domain/customerprofile.h"
#include "clientele/domain/offer.h"
#include "clientele/domain/workspacesettings.h"
#include "clientele/render/pageddocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace clientele {

// The offer catalogue: the up-sell ladder drawn as a staircase from entry to continuing with
// the step between rungs, then every offer in climbing order (offers off the ladder last) with
// its promise, inclusions and exclusions, retainer terms or assessment questions, and the
// profile obstacles and needs it answers.
class OfferCatalogueDocument {
    Q_DECLARE_TR_FUNCTIONS(clientele::OfferCatalogueDocument)

public:
    OfferCatalogueDocument(const WorkspaceSettings &settings, QList<CustomerProfile> profiles = {});

    PagedDocument document(const QList<Offer> &offers) const;
    QString html(const QList<Offer> &offers, bool withLogo = false) const;

private:
    WorkspaceSettings m_settings;
    QList<CustomerProfile> m_profiles;
};

} // namespace clientele
