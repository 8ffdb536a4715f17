#include "clientele/gui/pipelineview.h"

#include "clientele/core/proposalbook.h"
#include "clientele/core/workspace.h"
#include "pipelinebar.h"
#include "wrappinglabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace clientele {

namespace {

const std::array<ProposalStatus, 4> kStatuses = {ProposalStatus::Draft, ProposalStatus::Sent,
                                                 ProposalStatus::Accepted,
                                                 ProposalStatus::Declined};

// 667 → "66.7", 120 → "12": tenths with their decimal only when it says something.
QString tenths(qint64 value)
{
    const qint64 whole = value / 10;
    const qint64 tenth = std::abs(value % 10);
    if (tenth == 0)
        return QString::number(whole);
    return QStringLiteral("%1%2.%3")
        .arg(value < 0 && whole == 0 ? QStringLiteral("-") : QString())
        .arg(whole)
        .arg(tenth);
}

QString statusToolTip(ProposalStatus status, const StatusFigures &figures)
{
    const QString value = figures.value.toDisplayString();
    switch (status) {
    case ProposalStatus::Draft:
        return PipelineView::tr("%n in draft, worth %1 in the first year", nullptr, figures.count)
            .arg(value);
    case ProposalStatus::Sent:
        return PipelineView::tr("%n sent and awaiting a decision, worth %1 in the first year",
                                nullptr, figures.count)
            .arg(value);
    case ProposalStatus::Accepted:
        return PipelineView::tr("%n won, worth %1 in the first year", nullptr, figures.count)
            .arg(value);
    case ProposalStatus::Declined:
        return PipelineView::tr("%n lost, worth %1 in the first year", nullptr, figures.count)
            .arg(value);
    }
    return {};
}

} // namespace

PipelineView::PipelineView(Workspace *workspace, QWidget *parent)
    : QFrame(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("pipelineView"));
    setAccessibleName(tr("Pipeline"));
    auto *band = new QVBoxLayout(this);
    band->setContentsMargins(12, 6, 12, 6);
    band->setSpacing(2);
    // The tiles' headings on one row, their figures on the next and their bars under them:
    // a heading that wraps in a narrow window leaves the figures side by side.
    m_tiles = new QGridLayout;
    m_tiles->setHorizontalSpacing(18);
    m_tiles->setVerticalSpacing(1);
    band->addLayout(m_tiles);
    const std::array<QString, 4> names = {
        QStringLiteral("pipelineDraft"), QStringLiteral("pipelineSent"),
        QStringLiteral("pipelineWon"), QStringLiteral("pipelineLost")};
    for (size_t i = 0; i < kStatuses.size(); ++i)
        m_statusTiles.append(addTile(names.at(i), proposalStatusLabel(kStatuses.at(i)), true));
    m_winRate = addTile(QStringLiteral("pipelineWinRate"), tr("Win rate"), false).figure;
    m_days =
        addTile(QStringLiteral("pipelineDaysToDecision"), tr("Days to decision"), false).figure;
    m_monthly =
        addTile(QStringLiteral("pipelineMonthlyWon"), tr("Monthly revenue won"), false).figure;
    m_otherCurrencies = new QLabel(this);
    m_otherCurrencies->setObjectName(QStringLiteral("pipelineOtherCurrencies"));
    m_otherCurrencies->setWordWrap(true);
    m_otherCurrencies->setForegroundRole(QPalette::PlaceholderText);
    // A wide window leaves the figures together on the left; the note, seldom needed, goes
    // under them rather than take their room.
    m_tiles->setColumnStretch(m_tiles->columnCount(), 1);
    band->addWidget(m_otherCurrencies);

    connect(workspace->proposals(), &ItemStore::added, this, &PipelineView::refresh);
    connect(workspace->proposals(), &ItemStore::changed, this, &PipelineView::refresh);
    connect(workspace->proposals(), &ItemStore::removed, this, &PipelineView::refresh);
    connect(workspace, &Workspace::settingsChanged, this, &PipelineView::refresh);
    refresh();
}

PipelineView::Tile PipelineView::addTile(const QString &name, const QString &heading, bool withBar)
{
    const int column = m_tiles->isEmpty() ? 0 : m_tiles->columnCount();
    auto *title = new WrappingLabel(heading, this);
    title->setForegroundRole(QPalette::PlaceholderText);
    auto *figure = new QLabel(this);
    figure->setObjectName(name);
    figure->setAccessibleName(heading);
    figure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont strong = figure->font();
    strong.setWeight(QFont::DemiBold);
    figure->setFont(strong);
    // A heading on two lines stays next to its figure, beside headings on one.
    m_tiles->addWidget(title, 0, column, Qt::AlignLeft | Qt::AlignBottom);
    m_tiles->addWidget(figure, 1, column);
    PipelineBar *bar = nullptr;
    if (withBar) {
        bar = new PipelineBar(kStatuses.at(m_statusTiles.size()), this);
        bar->setObjectName(name + QStringLiteral("Bar"));
        m_tiles->addWidget(bar, 2, column);
        // The bars widen before the room left over goes to the end of the row.
        m_tiles->setColumnStretch(column, 100);
    }
    return {figure, bar};
}

QString PipelineView::shownFigure(const QString &name) const
{
    const auto *figure = findChild<QLabel *>(name);
    return figure ? figure->text() : QString();
}

void PipelineView::refresh()
{
    m_figures = pipelineFigures(m_workspace->proposals()->all(), m_workspace->settings().currency);
    qint64 largest = 0;
    for (ProposalStatus status : kStatuses)
        largest = std::max(largest, m_figures.of(status).value.minorUnits());
    const QString firstYear = tr("A proposal's value is its first year: the one-off total and "
                                 "twelve months of its monthly fees.");
    for (int i = 0; i < int(kStatuses.size()); ++i) {
        const StatusFigures &figures = m_figures.of(kStatuses.at(i));
        const Tile &tile = m_statusTiles.at(i);
        //: A status's count of proposals and their value: "2 · $45,200".
        tile.figure->setText(
            tr("%1 \u00b7 %2").arg(figures.count).arg(figures.value.toDisplayString()));
        const QString tip = statusToolTip(kStatuses.at(i), figures) + QLatin1Char('\n') + firstYear;
        tile.figure->setToolTip(tip);
        tile.bar->setToolTip(tip);
        tile.bar->setShare(figures.value.minorUnits(), largest);
    }

    const int decided = m_figures.won.count + m_figures.lost.count;
    if (m_figures.winRateTenthsPercent) {
        //: A win rate: "66.7%".
        m_winRate->setText(tr("%1%").arg(tenths(*m_figures.winRateTenthsPercent)));
        m_winRate->setToolTip(
            tr("%1 won out of %n decided", nullptr, decided).arg(m_figures.won.count));
    } else {
        m_winRate->setText(tr("\u2014"));
        m_winRate->setToolTip(tr("No proposal has been won or lost yet."));
    }
    if (m_figures.daysToDecisionTenths) {
        m_days->setText(tenths(*m_figures.daysToDecisionTenths));
        m_days->setToolTip(tr("Average days from sending a proposal's first version to the "
                              "day it was won or lost"));
    } else {
        m_days->setText(tr("\u2014"));
        m_days->setToolTip(tr("No proposal that was sent has been won or lost yet."));
    }
    m_monthly->setText(m_figures.monthlyWon.toDisplayString());
    m_monthly->setToolTip(tr("The monthly fees of the proposals won"));

    m_otherCurrencies->setVisible(m_figures.otherCurrencies > 0);
    const int others = m_figures.otherCurrencies;
    m_otherCurrencies->setText(
        others == 1 ? tr("One proposal in another currency than %1 is counted but left out of "
                         "the money.")
                          .arg(m_figures.currency)
                    : tr("%n proposals in other currencies than %1 are counted but left out "
                         "of the money.",
                         nullptr, others)
                          .arg(m_figures.currency));
}

} // namespace clientele
