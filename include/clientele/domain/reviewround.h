#pragma once

#include "clientele/domain/customerprofile.h"
#include "clientele/domain/icpchart.h"
#include "clientele/domain/offer.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace clientele {

// What the owner reviews: every profile with its "not our customer" list, the ICP chart with
// its ideal, and the offer ladder, as they stood when a round started.
struct ReviewSnapshot {
    QList<CustomerProfile> profiles;
    IcpChart chart;
    QList<Offer> offers;

    friend bool operator==(const ReviewSnapshot &, const ReviewSnapshot &) = default;
};

// One round of the business owner's review: the snapshot frozen when it started, the pack
// printed from it, and the owner's sign-off once given. Never edited, except to sign it off.
struct ReviewRound {
    qint64 id = 0;
    int number = 1;
    QString name;        // "Round 1" unless the user named it
    QDateTime startedAt; // UTC
    // As the round froze it, in the form the file keeps (the workspace JSON of those parts);
    // `snapshot` is read from it when a change list or a pack needs it.
    QByteArray snapshotData;
    ReviewSnapshot snapshot;
    QByteArray pdf; // the review pack as exported when the round started
    QString sha256; // of `pdf`, lower-case hex
    QString signedOffBy;
    QDateTime signedOffAt;
    QUuid uuid = {};

    bool isSignedOff() const { return !signedOffBy.isEmpty(); }
    friend bool operator==(const ReviewRound &a, const ReviewRound &b)
    {
        return a.id == b.id && a.number == b.number && a.name == b.name
               && a.startedAt == b.startedAt && a.snapshotData == b.snapshotData && a.pdf == b.pdf
               && a.sha256 == b.sha256 && a.signedOffBy == b.signedOffBy
               && a.signedOffAt == b.signedOffAt && a.uuid == b.uuid;
    }
};

} // namespace clientele
