#pragma once

#include "clientele/domain/fitscore.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace clientele {

class InlineNotice;

// Why a prospect scores what it does: the score, grade and confidence, then one line per
// attribute — the prospect's value, the ideal's, its importance and its points — ending in the
// total, which is the score. A prospect a "not our customer" entry disqualifies shows that entry
// and its reason first. Unknown values are written as unknown and earn no points.
class FitExplanation : public QWidget {
    Q_OBJECT
public:
    explicit FitExplanation(QWidget *parent = nullptr);

    // An explained score (FitModel::explain()); nothing when no model can score yet.
    void showScore(const std::optional<FitScore> &score);

private:
    void clearLines();
    QLabel *cell(const QString &text, const QString &name = {}, bool muted = false);

    QLabel *m_summary;
    InlineNotice *m_disqualified;
    QGridLayout *m_lines;
    QList<QWidget *> m_cells;
};

// "80%": a confidence as the page writes it.
QString confidenceText(double confidence);

} // namespace clientele
