#include "clientele/gui/backtestdialog.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/customerbook.h"
#include "clientele/core/prospectfit.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/inlinenotice.h"
#include "wholeunits.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele {

namespace {

enum Column {
    CustomerColumn,
    SpendColumn,
    GradeColumn,
    ScoreColumn,
    ConfidenceColumn,
    KnownColumn
};
enum ReasonColumn { AttributeColumn, ValueColumn, IdealColumn, PointsColumn };

QString percent(double share)
{
    return BacktestDialog::tr("%1%").arg(qRound(share * 100));
}

// The attributes whose values were known, in chart order: what the score rests on.
QString knownAttributes(const FitScore &score)
{
    QStringList known;
    for (const FitReason &reason : score.reasons)
        if (reason.known)
            known << reason.attribute;
    return known.isEmpty() ? BacktestDialog::tr("Nothing") : known.join(QStringLiteral(", "));
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidget *readOnlyTable(const QStringList &headings, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headings.size()), parent);
    table->setHorizontalHeaderLabels(headings);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

// Columns as wide as their contents with room between them, the last taking what is left.
void fitColumns(QTableWidget *table)
{
    table->resizeColumnsToContents();
    const int last = table->columnCount() - 1;
    for (int column = 0; column < last; ++column)
        table->setColumnWidth(column, table->columnWidth(column) + 18);
}

void alignHeading(QTableWidget *table, int column, Qt::Alignment alignment)
{
    table->horizontalHeaderItem(column)->setTextAlignment(alignment | Qt::AlignVCenter);
}

} // namespace

BacktestDialog::BacktestDialog(Workspace *workspace, Actions actions, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_fit(new ProspectFit(workspace, this))
    , m_actions(actions)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("backtestDialog"));
    setWindowTitle(tr("Test the Ideal on Customers"));
    m_stack->addWidget(buildResults());
    m_stack->addWidget(buildEmptyState());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);

    connect(m_fit, &ProspectFit::changed, this, &BacktestDialog::rerun);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BacktestDialog::showExplanation);
    rerun();
    resize(960, 640);
}

QWidget *BacktestDialog::buildResults()
{
    auto *page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("backtestSummary"));
    QFont large = m_summary->font();
    large.setPointSizeF(large.pointSizeF() * 1.35);
    large.setBold(true);
    m_summary->setFont(large);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *intro = new QLabel(tr("The best customers by spend that are not in the chart, scored "
                                "against the ideal as if they were prospects."),
                             page);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    m_advice = new InlineNotice(page);

    m_table = readOnlyTable(
        {tr("Customer"), tr("Net spend"), tr("Grade"), tr("Score"), tr("Confidence"), tr("Known")},
        page);
    m_table->setAccessibleName(tr("Customers scored against the ideal"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int column : {SpendColumn, ScoreColumn, ConfidenceColumn})
        alignHeading(m_table, column, Qt::AlignRight);

    auto *reasons = new QWidget(page);
    m_explanationTitle = new QLabel(reasons);
    QFont bold = m_explanationTitle->font();
    bold.setBold(true);
    m_explanationTitle->setFont(bold);
    m_explanationTitle->setWordWrap(true);
    m_explanationTitle->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_explanation =
        readOnlyTable({tr("Attribute"), tr("Value"), tr("Ideal"), tr("Points")}, reasons);
    m_explanation->setAccessibleName(tr("Why the customer scores as it does"));
    m_explanation->setSelectionMode(QAbstractItemView::NoSelection);
    m_explanation->setFocusPolicy(Qt::TabFocus);
    m_explanation->horizontalHeader()->setSectionResizeMode(IdealColumn, QHeaderView::Stretch);
    alignHeading(m_explanation, PointsColumn, Qt::AlignRight);
    auto *reasonsLayout = new QVBoxLayout(reasons);
    reasonsLayout->setContentsMargins(0, 6, 0, 0);
    reasonsLayout->addWidget(m_explanationTitle);
    reasonsLayout->addWidget(m_explanation, 1);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_table);
    splitter->addWidget(reasons);
    splitter->setChildrenCollapsible(false);
    // The customers take the room the explanation does not need.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addWidget(m_advice);
    layout->addWidget(splitter, 1);
    return page;
}

QWidget *BacktestDialog::buildEmptyState()
{
    auto *page = new QWidget(this);
    m_empty = new QLabel(tr("Import an invoice export to test the ideal on your customers."), page);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_import = new QPushButton(tr("Import Invoices\u2026"), page);
    m_import->setAutoDefault(false);
    if (QAction *import = m_actions.importInvoices) {
        connect(m_import, &QPushButton::clicked, import, &QAction::trigger);
        m_import->setToolTip(import->toolTip());
    } else {
        m_import->hide();
    }
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(m_empty);
    layout->addWidget(m_import, 0, Qt::AlignCenter);
    layout->addStretch();
    return page;
}

QString BacktestDialog::emptyText() const
{
    return m_stack->currentIndex() == 1 ? m_empty->text() : QString();
}

void BacktestDialog::rerun()
{
    const CustomerBook &customers = *m_workspace->customers();
    if (customers.count() == 0) {
        m_backtest = {};
        m_stack->setCurrentIndex(1);
        return;
    }
    m_stack->setCurrentIndex(0);
    m_backtest = runBacktest(m_fit->model(), m_workspace->chart()->chart(), customers);
    m_summary->setText(m_backtest.summary());
    updateAdvice();
    fillTable();
}

void BacktestDialog::updateAdvice()
{
    const int unknown = m_backtest.count(FitGrade::Insufficient);
    if (unknown * 2 <= m_backtest.entries.size()) {
        m_advice->dismiss();
        return;
    }
    QList<InlineNotice::Action> buttons;
    if (QAction *weights = m_actions.fitWeights; weights && weights->isEnabled())
        buttons.append({tr("Fit Weights\u2026"), [weights] { weights->trigger(); }});
    if (QAction *contacts = m_actions.importContacts; contacts && contacts->isEnabled())
        buttons.append({tr("Import Contacts\u2026"), [contacts] { contacts->trigger(); }});
    m_advice->showNotice(
        InlineNotice::Kind::Information,
        tr("Invoices tell only where a customer is, and its industry when a contacts export gave "
           "it, so most of these customers have too little known for a grade. Import the "
           "contacts export, or use Fit Weights to choose what counts."),
        buttons);
}

void BacktestDialog::fillTable()
{
    const QString selected = m_table->currentRow() >= 0
                                 ? m_table->item(m_table->currentRow(), CustomerColumn)->text()
                                 : QString();
    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_backtest.entries.size()));
    int reselect = 0;
    for (int row = 0; row < m_backtest.entries.size(); ++row) {
        const BacktestEntry &entry = m_backtest.entries.at(row);
        const FitScore &score = entry.score;
        const CustomerMetrics &metrics = entry.customer.metrics;
        const bool graded = score.grade != FitGrade::Insufficient;
        m_table->setItem(row, CustomerColumn, cell(entry.customer.name));
        QTableWidgetItem *spend = cell(wholeUnits(metrics.netSpendMoney()), Qt::AlignRight);
        spend->setToolTip(metrics.netSpendMoney().toString() + u' ' + metrics.currency);
        m_table->setItem(row, SpendColumn, spend);
        m_table->setItem(row, GradeColumn, cell(fitGradeLabel(score.grade)));
        QTableWidgetItem *points = cell(QString::number(score.score), Qt::AlignRight);
        if (!graded) {
            // A score from too little known is shown, but not as a verdict.
            points->setForeground(palette().brush(QPalette::PlaceholderText));
            points->setToolTip(tr("Too little is known for this score to grade"));
        }
        m_table->setItem(row, ScoreColumn, points);
        m_table->setItem(row, ConfidenceColumn, cell(percent(score.confidence), Qt::AlignRight));
        m_table->setItem(row, KnownColumn, cell(knownAttributes(score)));
        if (entry.customer.name == selected)
            reselect = row;
    }
    fitColumns(m_table);
    if (m_table->rowCount() > 0)
        m_table->selectRow(reselect);
    showExplanation();
}

void BacktestDialog::showExplanation()
{
    const int row = m_table->currentRow();
    m_explanation->setRowCount(0);
    if (row < 0 || row >= m_backtest.entries.size()) {
        m_explanationTitle->setText(tr("Select a customer to see why it scores as it does."));
        return;
    }
    const BacktestEntry &entry = m_backtest.entries.at(row);
    const FitScore &score = entry.score;
    QString title = tr("%1 scores %2, with %3 of the weight known.")
                        .arg(entry.customer.name)
                        .arg(score.score)
                        .arg(percent(score.confidence));
    if (score.disqualifiedBy)
        title += u' '
                 + tr("Not our customer: %1. %2")
                       .arg(score.disqualifiedBy->entry, score.disqualifiedBy->reason)
                       .trimmed();
    m_explanationTitle->setText(title);
    m_explanation->setRowCount(int(score.reasons.size()));
    for (int line = 0; line < score.reasons.size(); ++line) {
        const FitReason &reason = score.reasons.at(line);
        m_explanation->setItem(line, AttributeColumn, cell(reason.attribute));
        QTableWidgetItem *value = cell(reason.known ? reason.value : tr("Unknown"));
        QTableWidgetItem *points =
            cell(reason.known ? QString::number(reason.points) : tr("left out"), Qt::AlignRight);
        if (!reason.known) {
            // Unknown is not zero: the line's weight is left out of the score.
            for (QTableWidgetItem *item : {value, points}) {
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
                item->setForeground(palette().brush(QPalette::PlaceholderText));
            }
            value->setToolTip(tr("Not known, so its weight is left out of the score"));
        }
        m_explanation->setItem(line, ValueColumn, value);
        m_explanation->setItem(line, IdealColumn, cell(reason.ideal));
        m_explanation->setItem(line, PointsColumn, points);
    }
    fitColumns(m_explanation);
    // As tall as its lines, so the customers keep the rest of the dialog.
    m_explanation->setMaximumHeight(m_explanation->horizontalHeader()->sizeHint().height()
                                    + m_explanation->verticalHeader()->length()
                                    + 2 * m_explanation->frameWidth());
}

} // namespace clientele
