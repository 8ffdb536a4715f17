#include "chartfigures.h"

#include "chartbarpainter.h"
#include "chartcanvas.h"
#include "chartsharepainter.h"
#include "clientele/domain/money.h"
#include "clientele/domain/range.h"
#include "clientele/render/htmltext.h"
#include "clientele/render/pageddocument.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace clientele {

namespace {

constexpr qreal kGapMm = 6.0;
constexpr qreal kShareMinimumMm = 36.0;
// The band above each chart for its title and a one-line caption.
constexpr qreal kTitleBandMm = 8.5;

// Axis labels as people write them on a whiteboard: "$0", "$5k", "$1.5M".
QString shortMoney(double major, const QString &currency)
{
    const QString symbol = Money::currencySymbol(currency);
    const QString prefix = symbol.isEmpty() ? currency + QLatin1Char(' ') : symbol;
    if (std::abs(major) >= 1e6)
        return prefix + formatNumber(major / 1e6) + QLatin1Char('M');
    if (std::abs(major) >= 1e3)
        return prefix + formatNumber(major / 1e3) + QLatin1Char('k');
    return prefix + formatNumber(major);
}

bool anyKnown(const QList<ChartBar> &bars)
{
    return std::any_of(bars.begin(), bars.end(), [](const ChartBar &bar) { return bar.known; });
}

QString spendCaption(const QList<ChartBar> &bars)
{
    QStringList parts;
    if (std::any_of(bars.begin(), bars.end(),
                    [](const ChartBar &bar) { return bar.known && bar.low != bar.high; }))
        parts << ChartFigures::tr("Lighter part: a range");
    if (std::any_of(bars.begin(), bars.end(),
                    [](const ChartBar &bar) { return bar.known && bar.derived; }))
        parts << ChartFigures::tr("Italics: 12 × the monthly spend");
    if (std::any_of(bars.begin(), bars.end(), [](const ChartBar &bar) { return !bar.isReference; }))
        parts << ChartFigures::tr("Grey: not a reference client");
    return parts.join(QStringLiteral("  ·  "));
}

// The chart under its title and caption, as one figure: it never loses its title to the
// previous page.
QPicture titled(const DocumentStyle &style, const QString &title, const QString &caption,
                const QPicture &chart, QSizeF chartMm)
{
    ChartCanvas canvas(QSizeF(chartMm.width(), chartMm.height() + kTitleBandMm), style);
    QPainter &p = canvas.painter();
    const QFont titleFont = canvas.font(9.5, QFont::Bold);
    const QFont captionFont = canvas.font(7);
    const QFontMetricsF titleMetrics(titleFont, p.device());
    const QFontMetricsF captionMetrics(captionFont, p.device());
    p.setFont(titleFont);
    p.setPen(style.text());
    p.drawText(QPointF(0, titleMetrics.ascent()),
               titleMetrics.elidedText(title, Qt::ElideRight, canvas.width()));
    p.setFont(captionFont);
    p.setPen(style.muted());
    p.drawText(QPointF(0, titleMetrics.height() + canvas.mm(0.6) + captionMetrics.ascent()),
               captionMetrics.elidedText(caption, Qt::ElideRight, canvas.width()));
    p.drawPicture(QPointF(0, canvas.mm(kTitleBandMm)), chart);
    return canvas.finish();
}

// A chart of many clients shows the top ones, highest first, and its caption says how many
// are left out: two hundred bars would be two hundred hairlines.
QList<ChartBar> topBars(const QList<ChartBar> &bars, QString &caption)
{
    if (bars.size() <= ChartFigures::kMostBars)
        return bars;
    QList<ChartBar> known;
    for (const ChartBar &bar : bars)
        if (bar.known)
            known.append(bar);
    std::stable_sort(known.begin(), known.end(),
                     [](const ChartBar &a, const ChartBar &b) { return a.high > b.high; });
    const qsizetype shown = std::min<qsizetype>(known.size(), ChartFigures::kMostBars);
    const QString top = ChartFigures::tr("Top %1 of %2 clients; %3 more not shown")
                            .arg(shown)
                            .arg(bars.size())
                            .arg(bars.size() - shown);
    caption = caption.isEmpty() ? top : top + QStringLiteral("  ·  ") + caption;
    return known.mid(0, shown);
}

bool anyNonReference(const QList<ChartBar> &bars)
{
    return std::any_of(bars.begin(), bars.end(),
                       [](const ChartBar &bar) { return !bar.isReference; });
}

} // namespace

ChartFigures::ChartFigures(const ChartSheet &sheet, const DocumentStyle &style, qreal bodyWidthMm)
    : m_style(style)
{
    // Slightly less than half the body, so a printer's wider margins never push a chart over.
    const qreal width = std::floor((bodyWidthMm - kGapMm) / 2 * 0.97);
    const qreal barHeight =
        ChartBarPainter::heightMm(std::min<int>(int(sheet.clients.size()), kMostBars));
    const QString grey =
        anyNonReference(sheet.match) ? tr("Grey: not a reference client") : QString();

    if (anyKnown(sheet.spend)) {
        ChartBarPainter painter(style);
        const QString currency = sheet.currency;
        painter.setAxisTitle(tr("Spend per year (%1)").arg(currency));
        painter.setTickText([currency](double v) { return shortMoney(v, currency); });
        QString caption = spendCaption(sheet.spend);
        const QList<ChartBar> bars = topBars(sheet.spend, caption);
        m_figures.append({QStringLiteral("spend"),
                          tr("Spend per client, per year"),
                          caption,
                          painter.paint(bars, {width, barHeight}),
                          {width, barHeight}});
    }
    if (anyKnown(sheet.years)) {
        ChartBarPainter painter(style);
        painter.setAxisTitle(tr("Years as a customer"));
        painter.setWholeTicks(true);
        painter.setTickText([](double v) { return formatNumber(v); });
        QString caption = grey;
        const QList<ChartBar> bars = topBars(sheet.years, caption);
        m_figures.append({QStringLiteral("years"),
                          tr("Years as customer"),
                          caption,
                          painter.paint(bars, {width, barHeight}),
                          {width, barHeight}});
    }
    if (!sheet.industry.isEmpty()) {
        const qreal height = std::max(barHeight, kShareMinimumMm);
        m_figures.append({QStringLiteral("industry"),
                          tr("Industry mix"),
                          tr("Reference clients by industry"),
                          ChartSharePainter(style).paint(sheet.industry, {width, height}),
                          {width, height}});
    }
    if (anyKnown(sheet.match)) {
        ChartBarPainter painter(style);
        painter.setAxisTitle(tr("Share of each client's known attributes that agree"));
        painter.setMaximum(100);
        painter.setTickText([](double v) { return QStringLiteral("%1%").arg(std::lround(v)); });
        QString caption = grey;
        if (std::any_of(sheet.match.begin(), sheet.match.end(),
                        [](const ChartBar &bar) { return bar.known && bar.hatched; }))
            caption = caption.isEmpty()
                          ? tr("Hatched: fewer than 60% of the ideal's attributes known")
                          : tr("%1. Hatched: fewer than 60% of the ideal's attributes known")
                                .arg(caption);
        const QList<ChartBar> bars = topBars(sheet.match, caption);
        m_figures.append({QStringLiteral("match"),
                          tr("Match to the ideal"),
                          caption,
                          painter.paint(bars, {width, barHeight}),
                          {width, barHeight}});
    }
}

QString ChartFigures::html(PagedDocument &document) const
{
    if (m_figures.isEmpty())
        return {};
    constexpr qreal pxPerMm = 96.0 / 25.4;
    QString html = QStringLiteral("<h2>%1</h2><table class=\"figures\" width=\"100%\" "
                                  "cellspacing=\"0\" cellpadding=\"0\">")
                       .arg(htmlText(tr("Charts")));
    for (int i = 0; i < m_figures.size(); ++i) {
        const Figure &figure = m_figures.at(i);
        if (i % 2 == 0)
            html += QStringLiteral("<tr>");
        const QString source = document.addFigure(
            titled(m_style, figure.title, figure.caption, figure.picture, figure.sizeMm));
        html += QStringLiteral("<td width=\"50%\"><img src=\"%1\" width=\"%2\" "
                               "height=\"%3\"/></td>")
                    .arg(source)
                    .arg(std::lround(figure.sizeMm.width() * pxPerMm))
                    .arg(std::lround((figure.sizeMm.height() + kTitleBandMm) * pxPerMm));
        if (i % 2 == 1 || i == m_figures.size() - 1)
            html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace clientele
