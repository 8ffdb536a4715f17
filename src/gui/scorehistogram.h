#pragma once

#include "clientele/domain/fitsettings.h"

#include <QChartView>
#include <QList>

namespace clientele {

// How the fitting prospects' scores spread, in bins of five points from 0 to 100, each bar in
// the shade of the grade its bin reaches under the bands, with a line and letter where each
// band starts. Prospects that are not a fit or too little known are counted in the title only.
class ScoreHistogram : public QChartView {
    Q_OBJECT
public:
    explicit ScoreHistogram(QWidget *parent = nullptr);

    // `scores` of the graded prospects; `left` how many others (not a fit, insufficient).
    void setScores(const QList<int> &scores, int left, const FitBands &bands);
    void setBands(const FitBands &bands);
    // How many scores fall in each bin, lowest bin first (20 bins; 100 counts in the last).
    const QList<int> &bins() const { return m_bins; }

private:
    void rebuild();

    QList<int> m_scores;
    QList<int> m_bins;
    int m_left = 0;
    FitBands m_bands;
};

} // namespace clientele
