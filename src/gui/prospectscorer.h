#pragma once

#include "clientele/domain/fitscore.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace clientele {

class ProspectFit;
class Workspace;

// Every prospect's fit score for the page. An edit of one prospect is scored at once; a change
// of what the score depends on (the chart, its fit choices, the exclusion rules, the bands)
// scores the whole list again on a worker thread, from a copy of the prospects and the model,
// and swaps the results in when done, so the window stays responsive however long the list.
class ProspectScorer : public QObject {
    Q_OBJECT
public:
    explicit ProspectScorer(Workspace *workspace, QObject *parent = nullptr);
    ~ProspectScorer() override;

    // The model scores are made with; null while the chart cannot score (no ideal yet).
    const FitModel *model() const { return m_model.get(); }
    std::optional<FitScore> score(qint64 id) const;
    // The prospect's place best first (rankByFit); -1 when not scored.
    int rank(qint64 id) const { return m_ranks.value(id, -1); }
    // Every score as shown now.
    QList<FitScore> scores() const { return m_scores.values(); }
    // The score with its reasons, for the explanation.
    std::optional<FitScore> explain(qint64 id) const;
    // Whether a whole-list scoring is under way.
    bool isScoring() const { return m_scoring; }

    // Builds the model again and scores every prospect off the GUI thread.
    void rescoreAll();

Q_SIGNALS:
    // Every score may have changed (a whole-list scoring landed).
    void rescored();
    // One prospect's score changed (and any prospect's rank).
    void scoreChanged(qint64 id);

private:
    struct Results {
        QHash<qint64, FitScore> scores;
        QHash<qint64, int> ranks;
    };
    static Results scoreAll(const std::shared_ptr<const FitModel> &model,
                            const QList<Prospect> &prospects);
    void onEdited(qint64 id);
    void onRemoved(qint64 id);
    void onFinished();
    void rerank();

    Workspace *m_workspace;
    ProspectFit *m_fit;
    std::shared_ptr<const FitModel> m_model;
    QHash<qint64, FitScore> m_scores;
    QHash<qint64, int> m_ranks;
    QFutureWatcher<Results> m_watcher;
    // Prospects edited while a whole-list scoring ran from an older copy.
    QSet<qint64> m_editedMeanwhile;
    bool m_again = false;
    // From the start of a whole-list scoring until its results are swapped in.
    bool m_scoring = false;
};

} // namespace clientele
