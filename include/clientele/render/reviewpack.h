#pragma once

#include "clientele/domain/itemfields.h"
#include "clientele/domain/result.h"
#include "clientele/domain/reviewchanges.h"
#include "clientele/domain/reviewround.h"
#include "clientele/domain/workspacesettings.h"
#include "clientele/render/pageddocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace clientele {

// What changed in the review since the round before, in titled groups (a profile, the ICP
// chart, an offer), each field old beside new.
using ReviewChangeGroups = QList<ReviewChangeGroup>;

// The pack the business owner reviews in one round, from the round's snapshot: a cover; from
// round 2 on, what changed since the round before; every profile with its "not our customer"
// list; the ICP chart with its ideal, on landscape paper; the offer ladder and the offers; and
// a page to sign off on. Every page leaves a wide right margin for the owner's comments.
class ReviewPack {
    Q_DECLARE_TR_FUNCTIONS(clientele::ReviewPack)

public:
    explicit ReviewPack(const WorkspaceSettings &settings);

    // `changes` are printed from round 2 on; a round without any says nothing changed.
    PagedDocument document(const ReviewRound &round, const ReviewChangeGroups &changes = {}) const;

private:
    QString openingHtml(const ReviewRound &round, const ReviewChangeGroups &changes,
                        bool withLogo) const;
    PagedDocument signOff(const ReviewRound &round) const;

    WorkspaceSettings m_settings;
};

// The review pack as PDF bytes, as stored with its round.
Result<QByteArray> reviewPackPdf(const ReviewRound &round, const WorkspaceSettings &settings,
                                 const ReviewChangeGroups &changes = {});

} // namespace clientele
