#include "scorehistogram.h"

#include "themecolours.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QPalette>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace clientele {

namespace {

constexpr int kBinWidth = 5;
constexpr int kBins = 100 / kBinWidth;

int binOf(int score)
{
    return std::clamp(score / kBinWidth, 0, kBins - 1);
}

// The x of a bin's left edge: bars stand at whole numbers, half a unit wide either side.
double edgeOf(int score)
{
    return double(score) / kBinWidth - 0.5;
}

} // namespace

ScoreHistogram::ScoreHistogram(QWidget *parent)
    : QChartView(parent)
    , m_bins(kBins, 0)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::NoFocus);
    setMinimumHeight(120);
    rebuild();
}

void ScoreHistogram::setScores(const QList<int> &scores, int left, const FitBands &bands)
{
    m_scores = scores;
    m_left = left;
    m_bands = bands;
    m_bins.fill(0, kBins);
    for (int score : scores)
        ++m_bins[binOf(score)];
    rebuild();
}

void ScoreHistogram::setBands(const FitBands &bands)
{
    if (bands == m_bands)
        return;
    m_bands = bands;
    rebuild();
}

void ScoreHistogram::rebuild()
{
    auto *chart = new QChart;
    const QPalette palette = QApplication::palette();
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 0, 6, 0));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    QFont title = QApplication::font();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    const int graded = int(m_scores.size());
    chart->setTitle(m_left == 0
                        ? tr("Scores: %n graded", nullptr, graded)
                        : tr("Scores: %1 graded, %n not graded", nullptr, m_left).arg(graded));

    // One set per grade, A first, from the accent colour to grey; a bin is in the grade its
    // lowest score reaches.
    const QColor accent = palette.color(QPalette::Highlight);
    const QColor base = palette.color(QPalette::Base);
    const std::array<QColor, 4> shades = {accent, blend(accent, base, 0.3),
                                          blend(accent, base, 0.55),
                                          palette.color(QPalette::Disabled, QPalette::Text)};
    const std::array<int, 4> floors = {m_bands.a, m_bands.b, m_bands.c, 0};
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.9);
    for (int grade = 0; grade < 4; ++grade) {
        auto *set = new QBarSet(QString());
        set->setColor(shades.at(grade));
        set->setBorderColor(shades.at(grade).darker(115));
        for (int bin = 0; bin < kBins; ++bin) {
            const int low = bin * kBinWidth;
            const bool inGrade =
                low >= floors.at(grade) && (grade == 0 || low < floors.at(grade - 1));
            set->append(inGrade ? m_bins.at(bin) : 0);
        }
        series->append(set);
    }
    chart->addSeries(series);

    const int highest = std::max(1, *std::max_element(m_bins.cbegin(), m_bins.cend()));
    // The bands' labels at the page's own size; the scale, which only orients, a little smaller.
    const QFont normal = QApplication::font();
    QFont small = normal;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    // Headroom above the tallest bar, so the bands' labels never sit on one.
    const double top = highest * 1.25;
    auto *xAxis = new QValueAxis;
    xAxis->setRange(-0.5, kBins - 0.5);
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(-0.5);
    xAxis->setTickInterval(2); // every ten points
    xAxis->setLabelsVisible(false);
    xAxis->setGridLineVisible(false);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, top);
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0);
    yAxis->setTickInterval(highest <= 4 ? 1 : (highest + 3) / 4);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setLabelsFont(small);
    yAxis->setLabelsColor(palette.color(QPalette::WindowText));
    yAxis->setGridLineColor(palette.color(QPalette::Midlight));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);

    // A line where each band starts, with its letter beside it, and the score scale beneath.
    QPen pen(palette.color(QPalette::WindowText));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1);
    QList<std::pair<double, QString>> marks;
    const std::array<QString, 3> letters = {QStringLiteral("A"), QStringLiteral("B"),
                                            QStringLiteral("C")};
    for (int band = 0; band < 3; ++band) {
        const double x = edgeOf(floors.at(band));
        auto *line = new QLineSeries;
        line->setPen(pen);
        line->append(x, 0);
        line->append(x, top);
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
        marks.append(
            {x, QStringLiteral("%1 \u2265 %2").arg(letters.at(band)).arg(floors.at(band))});
    }
    QList<std::pair<QGraphicsSimpleTextItem *, double>> texts;
    for (const auto &[x, text] : std::as_const(marks)) {
        auto *item = new QGraphicsSimpleTextItem(text, chart);
        item->setFont(normal);
        item->setBrush(palette.color(QPalette::WindowText));
        item->setZValue(10);
        texts.append({item, x});
    }
    for (int score = 0; score <= 100; score += 20) {
        auto *item = new QGraphicsSimpleTextItem(QString::number(score), chart);
        item->setFont(small);
        item->setBrush(palette.color(QPalette::PlaceholderText));
        texts.append({item, -double(score) - 1}); // negative: a scale label, not a band
    }
    auto place = [chart, series, texts] {
        const QRectF area = chart->plotArea();
        for (const auto &[item, where] : texts) {
            const QRectF box = item->boundingRect();
            if (where < 0) {
                const double x = edgeOf(int(-where - 1));
                const QPointF at = chart->mapToPosition(QPointF(x, 0), series);
                item->setPos(std::clamp(at.x() - box.width() / 2, area.left() - box.width() / 2,
                                        area.right() - box.width()),
                             area.bottom() + 1);
            } else {
                const QPointF at = chart->mapToPosition(QPointF(where, 0), series);
                item->setPos(std::min(at.x() + 3, area.right() - box.width()), area.top());
            }
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();

    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace clientele
