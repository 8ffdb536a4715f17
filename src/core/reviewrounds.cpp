#include "clientele/core/reviewrounds.h"

#include "clientele/domain/sha256.h"

namespace clientele {

ReviewRounds::ReviewRounds(Workspace *workspace)
    : SnapshotStore(workspace)
{
}

QList<ReviewRound> ReviewRounds::rounds() const
{
    QList<ReviewRound> list = all();
    std::sort(list.begin(), list.end(),
              [](const ReviewRound &a, const ReviewRound &b) { return a.number < b.number; });
    return list;
}

std::optional<ReviewRound> ReviewRounds::latest() const
{
    const QList<ReviewRound> list = rounds();
    return list.isEmpty() ? std::nullopt : std::optional<ReviewRound>(list.last());
}

Result<ReviewSnapshot> ReviewRounds::snapshotOf(const ReviewRound &round) const
{
    return reviewSnapshotFrom(round.snapshotData);
}

Result<QList<ReviewChangeGroup>> ReviewRounds::changesIn(const ReviewRound &round) const
{
    std::optional<ReviewRound> previous;
    for (const ReviewRound &other : rounds())
        if (other.number < round.number)
            previous = other;
    if (!previous)
        return QList<ReviewChangeGroup>();
    const auto before = snapshotOf(*previous);
    if (!before)
        return before.error();
    const auto after = round.snapshot == ReviewSnapshot() ? snapshotOf(round)
                                                          : Result<ReviewSnapshot>(round.snapshot);
    if (!after)
        return after.error();
    return reviewChanges(*before, *after);
}

Result<qint64> ReviewRounds::start(const QString &name, const ReviewPackRenderer &render)
{
    ReviewRound round;
    try {
        round.snapshotData =
            ReviewRoundRepository(m_workspace->file().database()).currentSnapshotData();
    } catch (const std::exception &e) {
        return Error{tr("The workspace could not be read: %1").arg(QString::fromUtf8(e.what()))};
    }
    const auto snapshot = reviewSnapshotFrom(round.snapshotData);
    if (!snapshot)
        return snapshot.error();
    round.snapshot = *snapshot;
    const std::optional<ReviewRound> last = latest();
    round.number = last ? last->number + 1 : 1;
    round.name = name.trimmed().isEmpty() ? tr("Round %1").arg(round.number) : name.trimmed();
    round.startedAt = QDateTime::currentDateTimeUtc();
    const auto changes = changesIn(round);
    if (!changes)
        return changes.error();
    const Result<QByteArray> pdf = render(round, *changes);
    if (!pdf)
        return pdf.error();
    round.pdf = *pdf;
    round.sha256 = sha256Hex(*pdf);
    push({std::nullopt}, {round}, tr("Start review %1").arg(round.name));
    if (lastAdded() == 0)
        return Error{tr("The review round could not be saved.")};
    return lastAdded();
}

Status ReviewRounds::signOff(qint64 id, const QString &by)
{
    const auto before = find(id);
    if (!before)
        return Error{tr("That review round no longer exists.")};
    if (by.trimmed().isEmpty())
        return Error{tr("Say who signed the round off.")};
    if (before->isSignedOff())
        return Error{tr("%1 was already signed off by %2.").arg(before->name, before->signedOffBy)};
    ReviewRound after = *before;
    after.signedOffBy = by.trimmed();
    after.signedOffAt = QDateTime::currentDateTimeUtc();
    push({before}, {after}, tr("Sign off %1").arg(after.name));
    return success();
}

} // namespace clientele
