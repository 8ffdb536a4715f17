#pragma once

#include "clientele/domain/fitscore.h"

#include <QDialog>

class QLabel;
class QSlider;
class QSpinBox;

namespace clientele {

class ScoreHistogram;

// Grade Bands…: where grades A, B and C start, each on a slider with a spin box beside it.
// While the user drags, the histogram's band lines and the count of prospects in each grade
// follow; nothing changes in the workspace until OK.
class GradeBandsDialog : public QDialog {
    Q_OBJECT
public:
    // `scores`: every prospect's score as the page shows it.
    GradeBandsDialog(const FitBands &bands, const QList<FitScore> &scores, QWidget *parent);

    FitBands bands() const;
    // "A 3 · B 5 · C 2 · D 1": the preview as shown now.
    QString previewText() const;

private:
    void onChanged(int band, int value);
    void updatePreview();

    QList<FitScore> m_scores;
    QList<QSlider *> m_sliders;
    QList<QSpinBox *> m_spins;
    ScoreHistogram *m_histogram;
    QLabel *m_preview;
    bool m_syncing = false;
};

} // namespace clientele
