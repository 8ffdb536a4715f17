#include "prospectscorer.h"

#include "clientele/core/prospectbook.h"
#include "clientele/core/prospectfit.h"
#include "clientele/core/workspace.h"

#include <QtConcurrent/QtConcurrentRun>

namespace clientele {

ProspectScorer::ProspectScorer(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_fit(new ProspectFit(workspace, this))
{
    ProspectBook *book = workspace->prospects();
    connect(book, &ItemStore::added, this, &ProspectScorer::onEdited);
    connect(book, &ItemStore::changed, this, &ProspectScorer::onEdited);
    connect(book, &ItemStore::removed, this, &ProspectScorer::onRemoved);
    connect(&m_watcher, &QFutureWatcher<Results>::finished, this, &ProspectScorer::onFinished);
    // The chart, its fit choices, the exclusion rules or the bands changed.
    connect(m_fit, &ProspectFit::changed, this, &ProspectScorer::rescoreAll);

    // The first scoring is done at once: the page opens with its list in order.
    m_model = std::make_shared<const FitModel>(m_fit->model());
    const Results results = scoreAll(m_model, book->all());
    m_scores = results.scores;
    m_ranks = results.ranks;
}

ProspectScorer::~ProspectScorer()
{
    m_watcher.waitForFinished();
}

ProspectScorer::Results ProspectScorer::scoreAll(const std::shared_ptr<const FitModel> &model,
                                                 const QList<Prospect> &prospects)
{
    Results results;
    QList<FitScore> scores;
    QStringList names;
    scores.reserve(prospects.size());
    names.reserve(prospects.size());
    for (const Prospect &prospect : prospects) {
        scores.append(model->score(prospect));
        names.append(prospect.company);
        results.scores.insert(prospect.id, scores.last());
    }
    const QList<int> order = rankByFit(scores, names);
    for (int place = 0; place < order.size(); ++place)
        results.ranks.insert(prospects.at(order.at(place)).id, place);
    return results;
}

std::optional<FitScore> ProspectScorer::score(qint64 id) const
{
    const auto found = m_scores.constFind(id);
    return found == m_scores.constEnd() ? std::nullopt : std::optional(*found);
}

std::optional<FitScore> ProspectScorer::explain(qint64 id) const
{
    const auto prospect = m_workspace->prospects()->find(id);
    if (!prospect || !m_model)
        return std::nullopt;
    return m_model->explain(*prospect);
}

void ProspectScorer::rescoreAll()
{
    // One scoring at a time: a change while one runs starts another once it lands.
    if (m_scoring) {
        m_again = true;
        return;
    }
    m_model = std::make_shared<const FitModel>(m_fit->model());
    m_editedMeanwhile.clear();
    m_scoring = true;
    m_watcher.setFuture(
        QtConcurrent::run(&ProspectScorer::scoreAll, m_model, m_workspace->prospects()->all()));
}

void ProspectScorer::onFinished()
{
    Results results = m_watcher.result();
    m_scores = std::move(results.scores);
    m_ranks = std::move(results.ranks);
    // What changed since the copy was taken is scored again from the store.
    ProspectBook *book = m_workspace->prospects();
    for (qint64 id : std::as_const(m_editedMeanwhile)) {
        if (const auto prospect = book->find(id))
            m_scores.insert(id, m_model->score(*prospect));
        else
            m_scores.remove(id);
    }
    if (!m_editedMeanwhile.isEmpty())
        rerank();
    m_editedMeanwhile.clear();
    m_scoring = false;
    Q_EMIT rescored();
    if (std::exchange(m_again, false))
        rescoreAll();
}

void ProspectScorer::onEdited(qint64 id)
{
    if (m_scoring)
        m_editedMeanwhile.insert(id);
    const auto prospect = m_workspace->prospects()->find(id);
    if (!prospect)
        return;
    m_scores.insert(id, m_model->score(*prospect));
    rerank();
    Q_EMIT scoreChanged(id);
}

void ProspectScorer::onRemoved(qint64 id)
{
    if (m_scoring)
        m_editedMeanwhile.insert(id);
    m_scores.remove(id);
    rerank();
    Q_EMIT scoreChanged(id);
}

void ProspectScorer::rerank()
{
    QList<qint64> ids;
    QList<FitScore> scores;
    QStringList names;
    ProspectBook *book = m_workspace->prospects();
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
        ids.append(it.key());
        scores.append(it.value());
        const auto prospect = book->find(it.key());
        names.append(prospect ? prospect->company : QString());
    }
    const QList<int> order = rankByFit(scores, names);
    m_ranks.clear();
    for (int place = 0; place < order.size(); ++place)
        m_ranks.insert(ids.at(order.at(place)), place);
}

} // namespace clientele
