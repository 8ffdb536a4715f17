#include "clientele/gui/chartspanel.h"

#include "chartfigures.h"
#include "clientele/core/charteditor.h"
#include "clientele/domain/attributeset.h"
#include "clientele/domain/matchscore.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace clientele {

namespace {

const char *const kCaption = QT_TRANSLATE_NOOP(
    "clientele::ChartsPanel",
    "Grey bars: clients left out of the ideal. Hatched: a match resting on too few "
    "known attributes. Ranges count at their midpoint.");

// A range stands for its midpoint; unknown counts as nothing.
double amount(const ChartValue &value)
{
    if (const MoneyRange *money = value.money())
        return midpoint(*money).toMajor();
    if (const NumberRange *number = value.number())
        return midpoint(*number);
    return 0;
}

ClientBars clientBars(const IcpChart &chart, StandardAttribute which, const QString &title)
{
    ClientBars bars;
    bars.title = title;
    const Attribute *attribute = chart.attribute(which);
    for (const ChartClient &client : chart.clients()) {
        bars.clients << client.name;
        bars.greyed << !client.isReference;
        bars.values << (attribute ? amount(chart.cell(client.id, attribute->id).value) : 0);
    }
    return bars;
}

ClientBars spendBars(const IcpChart &chart)
{
    ClientBars bars =
        clientBars(chart, StandardAttribute::SpendPerYear, ChartsPanel::tr("Spend per year"));
    const double top =
        bars.values.isEmpty() ? 0 : *std::max_element(bars.values.begin(), bars.values.end());
    // Whole thousands or millions keep the axis labels short.
    const double scale = top >= 2e6 ? 1e6 : (top >= 2e4 ? 1e3 : 1);
    for (double &value : bars.values)
        value /= scale;
    bars.axisTitle = scale == 1e6   ? ChartsPanel::tr("%1 million").arg(chart.currency())
                     : scale == 1e3 ? ChartsPanel::tr("%1 thousand").arg(chart.currency())
                                    : chart.currency();
    bars.labelFormat = QStringLiteral("%.0f");
    bars.whole = true;
    return bars;
}

ClientBars yearsBars(const IcpChart &chart)
{
    ClientBars bars =
        clientBars(chart, StandardAttribute::YearsAsCustomer, ChartsPanel::tr("Years as customer"));
    bars.axisTitle = ChartsPanel::tr("years");
    bars.labelFormat = QStringLiteral("%.0f");
    bars.whole = true;
    return bars;
}

ClientBars matchBars(const IcpChart &chart, const IdealProfile &ideal)
{
    ClientBars bars;
    bars.title = ChartsPanel::tr("Match to the ideal");
    bars.axisTitle = ChartsPanel::tr("% of known attributes");
    bars.labelFormat = QStringLiteral("%.0f");
    bars.maximum = 100;
    bars.valueLabels = true;
    const QList<ClientMatch> matches = matchClients(chart, ideal);
    for (const ChartClient &client : chart.clients()) {
        bars.clients << client.name;
        bars.greyed << !client.isReference;
        const auto found = std::find_if(matches.begin(), matches.end(), [&](const ClientMatch &m) {
            return m.clientId == client.id;
        });
        const ClientMatch match = found != matches.end() ? *found : ClientMatch();
        bars.values << match.percent();
        bars.valueTexts << match.label();
        bars.toolTips << match.description();
        bars.hatched << (match.isScored() && !match.isConfident());
    }
    return bars;
}

// How many clients are in each industry, most common first, "Unknown" last and grey.
ClientBars industryBars(const IcpChart &chart)
{
    ClientBars bars;
    bars.title = ChartsPanel::tr("Industry mix");
    bars.axisTitle = ChartsPanel::tr("clients");
    bars.labelFormat = QStringLiteral("%.0f");
    bars.whole = true;
    const Attribute *industry = chart.attribute(StandardAttribute::Industry);
    const QString unknown = ChartsPanel::tr("Unknown");
    QMap<QString, int> counts;
    QStringList order;
    for (const ChartClient &client : chart.clients()) {
        const ChartValue value =
            industry ? chart.cell(client.id, industry->id).value : ChartValue();
        const QString name = value.text() && !value.text()->isEmpty() ? *value.text() : unknown;
        if (!counts.contains(name))
            order << name;
        ++counts[name];
    }
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) {
        if ((a == unknown) != (b == unknown))
            return b == unknown;
        return counts.value(a) > counts.value(b);
    });
    for (const QString &name : std::as_const(order)) {
        bars.clients << name;
        bars.values << counts.value(name);
        bars.greyed << (name == unknown);
    }
    return bars;
}

// Twenty bars at most: the clients with the highest values, highest first, and the title says
// how many there are in all. Two hundred bars would be hairlines with no names.
ClientBars topClients(ClientBars bars, int *leftOut)
{
    const qsizetype count = bars.clients.size();
    if (count <= ChartsPanel::kMostBars)
        return bars;
    QList<qsizetype> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&bars](qsizetype a, qsizetype b) {
        return bars.values.at(a) > bars.values.at(b);
    });
    ClientBars top = bars.pick(order.first(ChartsPanel::kMostBars));
    top.title =
        ChartsPanel::tr("%1: top %2 of %3").arg(bars.title).arg(ChartsPanel::kMostBars).arg(count);
    *leftOut = int(count - ChartsPanel::kMostBars);
    return top;
}

} // namespace

ChartsPanel::ChartsPanel(ChartEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_accent(QStringLiteral("#1f5f8b"))
    , m_caption(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("chartsPanel"));
    setAccessibleName(tr("Charts"));
    // Many clients make the figures taller than the panel; they scroll rather than squeeze
    // their labels together.
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The charts take the focus themselves; the area scrolls to them.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_canvas = new QWidget(m_scroll);
    m_scroll->setWidget(m_canvas);
    auto *row = new QHBoxLayout(m_canvas);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    const QStringList names = {tr("Spend per year"), tr("Years as customer"), tr("Industry mix"),
                               tr("Match to the ideal")};
    for (const QString &name : names) {
        auto *view = new QChartView(m_canvas);
        view->setRenderHint(QPainter::Antialiasing);
        view->setAccessibleName(name);
        view->setMinimumSize(200, 160);
        view->setFrameShape(QFrame::NoFrame);
        row->addWidget(view, 1, Qt::AlignTop);
        m_views << view;
    }
    m_caption->setText(tr(kCaption));
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    // A long legend, or a wordier language, takes a second line rather than widen the window.
    m_caption->setWordWrap(true);
    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caption->setFont(small);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 2);
    layout->setSpacing(2);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_caption);

    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &ChartsPanel::rebuild);
    connect(editor, &ChartEditor::chartChanged, this, &ChartsPanel::scheduleRebuild);
}

void ChartsPanel::setAccentColor(const QColor &accent)
{
    if (!accent.isValid() || accent == m_accent)
        return;
    m_accent = accent;
    scheduleRebuild();
}

void ChartsPanel::scheduleRebuild()
{
    m_dirty = true;
    if (isVisible())
        m_timer->start();
}

void ChartsPanel::rebuild()
{
    m_dirty = false;
    ++m_rebuilds;
    const IcpChart &chart = m_editor->chart();
    int leftOut = 0;
    const QList<ClientBars> figures = {topClients(spendBars(chart), &leftOut),
                                       topClients(yearsBars(chart), &leftOut), industryBars(chart),
                                       topClients(matchBars(chart, m_editor->ideal()), &leftOut)};
    m_caption->setText(leftOut > 0 ? tr("Each figure shows the top %1 clients; %n more are in "
                                        "the grid. %2",
                                        nullptr, leftOut)
                                         .arg(QString::number(kMostBars), tr(kCaption))
                                   : tr(kCaption));
    // Each figure fills the panel, and grows by about 26 pixels a bar beyond it: any less and
    // Qt Charts shortens every name to "...". A figure of few bars (three industries among 200
    // clients) stays its own height instead of spreading them down the tallest one.
    m_builtHeight = m_scroll->viewport()->height();
    int tallest = 0;
    for (int i = 0; i < m_views.size(); ++i) {
        const int height = qMax(m_builtHeight, int(figures.at(i).clients.size()) * 26 + 100);
        tallest = qMax(tallest, height);
        QChartView *view = m_views.at(i);
        view->setFixedHeight(height);
        QChart *old = view->chart();
        view->setChart(clientBarsChart(figures.at(i), m_accent, height));
        delete old;
    }
    m_canvas->setMinimumHeight(tallest);
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_timer->start();
}

void ChartsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Label sizes depend on the height; redraw when it changed noticeably.
    if (std::abs(m_scroll->viewport()->height() - m_builtHeight) > 24)
        scheduleRebuild();
}

void ChartsPanel::changeEvent(QEvent *event)
{
    // The figures take their colours from the palette when they are built.
    if (event->type() == QEvent::PaletteChange)
        scheduleRebuild();
    QWidget::changeEvent(event);
}

} // namespace clientele
