#pragma once

#include "clientele/domain/result.h"
#include "clientele/storage/changelogrepository.h"

#include <QCoreApplication>

namespace clientele {

class Workspace;

// The workspace's history as the user reads it: the changes of one item, newest first, and
// putting an earlier value back as a new undoable change (which the history records too).
class History {
    Q_DECLARE_TR_FUNCTIONS(clientele::History)

public:
    explicit History(Workspace *workspace)
        : m_workspace(workspace)
    {
    }

    // Kinds of item the history keeps.
    static inline const QString kProfile = QStringLiteral("profile");
    static inline const QString kClient = QStringLiteral("client");
    static inline const QString kAttribute = QStringLiteral("attribute");
    static inline const QString kChart = QStringLiteral("chart");
    static inline const QString kOffer = QStringLiteral("offer");
    static inline const QString kProposal = QStringLiteral("proposal");
    static inline const QString kSettings = QStringLiteral("settings");
    static inline const QString kProspect = QStringLiteral("prospect");
    static inline const QString kReviewRound = QStringLiteral("reviewRound");

    QList<ChangeRecord> ofItem(const QString &kind, qint64 itemId) const;
    QList<ChangeRecord> all() const;
    // Whether the record's earlier value can be put back: a field of an item that still exists
    // (not its coming or going).
    bool canRestore(const ChangeRecord &record) const;
    // Sets the record's field back to the value it had before that change.
    Status restore(const ChangeRecord &record);

private:
    Workspace *m_workspace;
};

} // namespace clientele
