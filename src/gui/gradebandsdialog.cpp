#include "gradebandsdialog.h"

#include "scorehistogram.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <array>

namespace clientele {

GradeBandsDialog::GradeBandsDialog(const FitBands &bands, const QList<FitScore> &scores,
                                   QWidget *parent)
    : QDialog(parent)
    , m_scores(scores)
    , m_histogram(new ScoreHistogram(this))
    , m_preview(new QLabel(this))
{
    setWindowTitle(tr("Grade Bands"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A prospect that fits gets the highest grade whose lowest score "
                                "it reaches; below C it is D."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(1, 1);
    const std::array<QString, 3> names = {tr("Grade &A from"), tr("Grade &B from"),
                                          tr("Grade &C from")};
    const std::array<int, 3> values = {bands.a, bands.b, bands.c};
    for (int band = 0; band < 3; ++band) {
        auto *slider = new QSlider(Qt::Horizontal, this);
        auto *spin = new QSpinBox(this);
        for (auto *input : {static_cast<QWidget *>(slider), static_cast<QWidget *>(spin)})
            input->setAccessibleName(QString(names.at(band)).remove(QLatin1Char('&')));
        // Each band keeps room for the ones below it: A from 2, B from 1, C from 0.
        slider->setRange(2 - band, 100 - band);
        spin->setRange(2 - band, 100 - band);
        slider->setValue(values.at(band));
        spin->setValue(values.at(band));
        slider->setObjectName(QStringLiteral("bandSlider%1").arg(band));
        auto *label = new QLabel(names.at(band), this);
        label->setBuddy(slider);
        grid->addWidget(label, band, 0);
        grid->addWidget(slider, band, 1);
        grid->addWidget(spin, band, 2);
        m_sliders << slider;
        m_spins << spin;
        connect(slider, &QSlider::valueChanged, this,
                [this, band](int value) { onChanged(band, value); });
        connect(spin, &QSpinBox::valueChanged, this,
                [this, band](int value) { onChanged(band, value); });
    }
    layout->addLayout(grid);

    QList<int> graded;
    int left = 0;
    for (const FitScore &score : scores) {
        if (score.grade == FitGrade::NotAFit || score.grade == FitGrade::Insufficient)
            ++left;
        else
            graded << score.score;
    }
    m_histogram->setScores(graded, left, bands);
    m_histogram->setMinimumSize(420, 180);
    layout->addWidget(m_histogram, 1);
    m_preview->setObjectName(QStringLiteral("bandsPreview"));
    m_preview->setAccessibleName(tr("Prospects in each grade"));
    layout->addWidget(m_preview);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                const FitBands defaults;
                m_sliders.at(0)->setValue(defaults.a);
                m_sliders.at(1)->setValue(defaults.b);
                m_sliders.at(2)->setValue(defaults.c);
            });
    layout->addWidget(buttons);
    updatePreview();
}

FitBands GradeBandsDialog::bands() const
{
    return {m_spins.at(0)->value(), m_spins.at(1)->value(), m_spins.at(2)->value()};
}

void GradeBandsDialog::onChanged(int band, int value)
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_sliders.at(band)->setValue(value);
    m_spins.at(band)->setValue(value);
    // A above B above C: a band pushed past its neighbour pushes the neighbour along.
    for (int other = band + 1; other < 3; ++other) {
        const int most = m_spins.at(other - 1)->value() - 1;
        if (m_spins.at(other)->value() > most) {
            m_spins.at(other)->setValue(most);
            m_sliders.at(other)->setValue(most);
        }
    }
    for (int other = band - 1; other >= 0; --other) {
        const int least = m_spins.at(other + 1)->value() + 1;
        if (m_spins.at(other)->value() < least) {
            m_spins.at(other)->setValue(least);
            m_sliders.at(other)->setValue(least);
        }
    }
    m_syncing = false;
    updatePreview();
}

QString GradeBandsDialog::previewText() const
{
    return m_preview->text();
}

void GradeBandsDialog::updatePreview()
{
    const FitBands now = bands();
    std::array<int, 4> counts = {0, 0, 0, 0};
    int notGraded = 0;
    for (const FitScore &score : std::as_const(m_scores)) {
        const FitGrade grade = score.grade == FitGrade::NotAFit
                                   ? FitGrade::NotAFit
                                   : fitGrade(now, score.score, score.confidence);
        if (grade == FitGrade::NotAFit || grade == FitGrade::Insufficient)
            ++notGraded;
        else
            ++counts.at(int(grade));
    }
    m_preview->setText(tr("A: %1 \u00b7 B: %2 \u00b7 C: %3 \u00b7 D: %4 \u00b7 not graded: %5")
                           .arg(counts[0])
                           .arg(counts[1])
                           .arg(counts[2])
                           .arg(counts[3])
                           .arg(notGraded));
    m_histogram->setBands(now);
}

} // namespace clientele
