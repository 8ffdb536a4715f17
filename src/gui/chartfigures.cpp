#include "chartfigures.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace clientele {

namespace {

QChart *blankChart(const QString &title)
{
    auto *chart = new QChart;
    const QPalette palette = QApplication::palette();
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 2, 8, 2));
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont font = QApplication::font();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    chart->setTitle(title);
    return chart;
}

QString elided(const QString &name, const QFont &font, int width)
{
    return QFontMetrics(font).elidedText(name, Qt::ElideRight, width);
}

// A step of 1, 2, 2.5 or 5 times a power of ten giving about four intervals up to `top`;
// whole-number scales never get fractional steps.
double niceStep(double top, bool whole)
{
    if (top <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(top / 4)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double step = power * factor;
        if (whole && step < 1)
            continue;
        if (whole && std::floor(step) != step)
            continue;
        if (top <= step * 4)
            return step;
    }
    return power * 10;
}

// Writes each bar's own text at its end, inside the bar where it fits, and keeps it there as
// the chart lays itself out.
void addValueTexts(QChart *chart, QAbstractBarSeries *series, const ClientBars &bars,
                   const QFont &font)
{
    const QPalette palette = QApplication::palette();
    const int count = int(bars.clients.size());
    QList<QGraphicsSimpleTextItem *> items;
    for (int i = 0; i < count; ++i) {
        auto *item = new QGraphicsSimpleTextItem(bars.valueTexts.value(i), chart);
        item->setFont(font);
        item->setToolTip(bars.toolTips.value(i));
        item->setZValue(10);
        items << item;
    }
    auto place = [chart, series, bars, items, palette] {
        const QRectF area = chart->plotArea();
        for (int i = 0; i < items.size(); ++i) {
            QGraphicsSimpleTextItem *item = items.at(i);
            // Bars run bottom-up: the chart's first client is the top category.
            const QPointF end =
                chart->mapToPosition(QPointF(bars.values.value(i), items.size() - 1 - i), series);
            const QRectF box = item->boundingRect();
            const bool inside = !bars.hatched.value(i) && end.x() - area.left() > box.width() + 8;
            qreal x = inside ? end.x() - box.width() - 4 : end.x() + 4;
            x = std::min(x, area.right() - box.width());
            item->setBrush(inside ? palette.color(QPalette::HighlightedText)
                                  : palette.color(QPalette::WindowText));
            item->setPos(x, end.y() - box.height() / 2);
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

} // namespace

ClientBars ClientBars::pick(const QList<qsizetype> &indexes) const
{
    ClientBars picked = *this;
    picked.clients.clear();
    picked.values.clear();
    picked.greyed.clear();
    picked.valueTexts.clear();
    picked.toolTips.clear();
    picked.hatched.clear();
    for (qsizetype i : indexes) {
        picked.clients << clients.value(i);
        picked.values << values.value(i);
        picked.greyed << greyed.value(i);
        if (!valueTexts.isEmpty())
            picked.valueTexts << valueTexts.value(i);
        if (!toolTips.isEmpty())
            picked.toolTips << toolTips.value(i);
        if (!hatched.isEmpty())
            picked.hatched << hatched.value(i);
    }
    return picked;
}

QChart *clientBarsChart(const ClientBars &bars, const QColor &accent, int height)
{
    QChart *chart = blankChart(bars.title);
    chart->legend()->hide();
    const QPalette palette = QApplication::palette();
    const int count = int(bars.clients.size());
    // Category labels shrink with many clients so that neighbours never overlap.
    QFont labels = QApplication::font();
    const double base = labels.pointSizeF() > 0 ? labels.pointSizeF() : 9.0;
    const double perRow = count > 0 ? double(height - 70) / count : height;
    labels.setPointSizeF(std::clamp(perRow * 0.5, 6.5, base * 0.9));

    auto *set = new QBarSet(bars.axisTitle);
    set->setColor(accent);
    set->setBorderColor(accent.darker(115));
    set->setSelectedColor(palette.color(QPalette::Disabled, QPalette::Text));
    // Hatched bars are a second set stacked on the first, each bar in one of them.
    auto *hatchedSet = new QBarSet(bars.axisTitle);
    const QColor muted = palette.color(QPalette::Disabled, QPalette::Text);
    hatchedSet->setBrush(QBrush(muted, Qt::BDiagPattern));
    hatchedSet->setBorderColor(muted);
    QStringList names;
    // Horizontal bars are drawn from the bottom up; the chart's first client goes on top.
    for (int i = count - 1; i >= 0; --i) {
        const bool hatched = bars.hatched.value(i);
        set->append(hatched ? 0 : bars.values.value(i));
        hatchedSet->append(hatched ? bars.values.value(i) : 0);
        names << elided(bars.clients.at(i), labels, 120);
    }
    for (int i = 0; i < count; ++i)
        if (bars.greyed.value(i))
            set->selectBar(count - 1 - i);
    auto *series = new QHorizontalStackedBarSeries;
    series->append(set);
    if (bars.hatched.contains(true))
        series->append(hatchedSet);
    else
        delete hatchedSet;
    // A few bars in a tall figure stay slim instead of turning into blocks.
    series->setBarWidth(std::clamp(count * 34.0 / std::max(height, 1), 0.3, 0.7));
    if (bars.valueLabels && bars.valueTexts.isEmpty()) {
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value%"));
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
        set->setLabelColor(palette.color(QPalette::HighlightedText));
        set->setLabelFont(labels);
    }
    chart->addSeries(series);

    auto *clientsAxis = new QBarCategoryAxis;
    clientsAxis->append(names);
    clientsAxis->setLabelsFont(labels);
    clientsAxis->setGridLineVisible(false);
    clientsAxis->setLabelsColor(palette.color(QPalette::WindowText));
    chart->addAxis(clientsAxis, Qt::AlignLeft);
    series->attachAxis(clientsAxis);

    auto *valueAxis = new QValueAxis;
    const double highest =
        bars.values.isEmpty() ? 0 : *std::max_element(bars.values.begin(), bars.values.end());
    const double step = bars.maximum > 0 ? bars.maximum / 4 : niceStep(highest, bars.whole);
    const double top =
        bars.maximum > 0 ? bars.maximum : std::max(1.0, std::ceil(highest / step)) * step;
    valueAxis->setRange(0, top);
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(step);
    valueAxis->setLabelFormat(bars.labelFormat);
    QFont small = QApplication::font();
    small.setPointSizeF(base * 0.85);
    valueAxis->setLabelsFont(small);
    valueAxis->setLabelsColor(palette.color(QPalette::WindowText));
    valueAxis->setTitleText(bars.axisTitle);
    valueAxis->setTitleFont(small);
    valueAxis->setTitleBrush(palette.color(QPalette::PlaceholderText));
    valueAxis->setGridLineColor(palette.color(QPalette::Midlight));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    if (bars.valueLabels && !bars.valueTexts.isEmpty())
        addValueTexts(chart, series, bars, labels);
    return chart;
}

} // namespace clientele
