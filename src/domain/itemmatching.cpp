#include "itemmatching.h"

#include "fieldtext.h"

#include <algorithm>

namespace clientele::detail {

QList<MatchedPair> entryEdits(const QStringList &before, const QStringList &after)
{
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    // common[i][j]: how many entries before[i..] and after[j..] keep in common, in order.
    QList<QList<qsizetype>> common(n + 1, QList<qsizetype>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            common[i][j] = before[i] == after[j] ? common[i + 1][j + 1] + 1
                                                 : std::max(common[i + 1][j], common[i][j + 1]);

    QList<MatchedPair> edits;
    QList<qsizetype> removed;
    QList<qsizetype> added;
    const auto closeGap = [&] {
        const qsizetype paired = std::min(removed.size(), added.size());
        for (qsizetype k = 0; k < paired; ++k)
            edits.append({removed[k], added[k]});
        for (qsizetype k = paired; k < removed.size(); ++k)
            edits.append({removed[k], -1});
        for (qsizetype k = paired; k < added.size(); ++k)
            edits.append({-1, added[k]});
        removed.clear();
        added.clear();
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before[i] == after[j]) {
            closeGap();
            ++i;
            ++j;
        } else if (j == m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
            removed.append(i++);
        } else {
            added.append(j++);
        }
    }
    closeGap();
    return edits;
}

QList<FieldChange> entryChanges(const FieldChange &whole)
{
    const QStringList old = linesOf(whole.before);
    const QStringList now = linesOf(whole.after);
    QList<FieldChange> changes;
    for (const MatchedPair &edit : entryEdits(old, now)) {
        const QString place = edit.after < 0    ? QStringLiteral("-%1").arg(edit.before)
                              : edit.before < 0 ? QStringLiteral("+%1").arg(edit.after)
                                                : QString::number(edit.after);
        changes.append(
            {whole.key + u'/' + place, whole.label, old.value(edit.before), now.value(edit.after)});
    }
    return changes;
}

} // namespace clientele::detail
