#pragma once

#include "clientele/domain/pipeline.h"

#include <QFrame>

class QGridLayout;
class QLabel;

namespace clientele {

class PipelineBar;
class Workspace;

// The band above the proposals list: how many proposals are drafts, sent, won and lost and
// what each group is worth in its first year, each with a bar on one scale, then the win rate,
// the average days from sending to a decision and the monthly fees won. Follows every change of
// the proposals and of the workspace's currency; says when proposals in other currencies are
// left out of the money.
class PipelineView : public QFrame {
    Q_OBJECT
public:
    explicit PipelineView(Workspace *workspace, QWidget *parent = nullptr);

    const PipelineFigures &figures() const { return m_figures; }
    // The figure shown under a heading, by its object name ("pipelineDraft", "pipelineWinRate").
    QString shownFigure(const QString &name) const;

private:
    struct Tile {
        QLabel *figure;
        PipelineBar *bar; // null for figures that are not a share of the value
    };

    Tile addTile(const QString &name, const QString &heading, bool withBar);
    void refresh();

    Workspace *m_workspace;
    PipelineFigures m_figures;
    QGridLayout *m_tiles;
    QList<Tile> m_statusTiles; // Draft, Sent, Won, Lost
    QLabel *m_winRate;
    QLabel *m_days;
    QLabel *m_monthly;
    QLabel *m_otherCurrencies;
};

} // namespace clientele
