#include "clientele/gui/customerspage.h"
#include "clientele/gui/onelinedelegate.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/customertext.h"
#include "clientele/core/picktopcustomers.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/customerinvoicesdialog.h"
#include "clientele/gui/customerstablemodel.h"
#include "clientele/gui/importactions.h"
#include "clientele/gui/picktopdialog.h"
#include "csvfiles.h"
#include "customerscolumns.h"
#include "searchfield.h"
#include "wrappingheader.h"

#include "clientele/render/tabledocument.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace clientele {

namespace {

// Each printed column's share of a landscape page: dates and amounts whole on one line, the
// names and places on two at most, what they purchase the rest.
int printedPercent(int column)
{
    using C = CustomersTableModel;
    switch (column) {
    case C::Name: return 14;
    case C::Place: return 13;
    case C::FirstInvoice:
    case C::LastInvoice:
    case C::NetSpend: return 8;
    case C::Years:
    case C::Invoices:
    case C::PerYear:
    case C::Loyalty: return 7;
    case C::PerMonth: return 6;
    default: return 0;
    }
}

} // namespace

CustomersPage::CustomersPage(Workspace *workspace, QWidget *parent)
    : SectionPage(parent)
    , m_workspace(workspace)
    , m_model(new CustomersTableModel(workspace, this))
    , m_stack(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_filterTimer(new QTimer(this))
    , m_noMatch(new QLabel(this))
    , m_pickTop(new QAction(tr("Pick &Top Customers\u2026"), this))
    , m_addToChart(new QAction(tr("&Add to ICP Chart"), this))
    , m_showInvoices(new QAction(tr("Show &Invoices\u2026"), this))
    , m_copy(new QAction(tr("&Copy"), this))
    , m_exportCsv(new QAction(tr("&Export as CSV\u2026"), this))
    , m_separator(new QAction(this))
    , m_sortColumn(CustomersTableModel::NetSpend)
{
    setObjectName(QStringLiteral("customersPage"));
    m_pickTop->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_pickTop->setToolTip(
        tr("Put the best customers into the ICP chart as clients (Ctrl+Shift+T)"));
    connect(m_pickTop, &QAction::triggered, this, &CustomersPage::pickTopCustomers);
    addAction(m_pickTop);

    m_separator->setSeparator(true);
    m_addToChart->setToolTip(tr("Put the selected customers into the ICP chart as clients, "
                                "with their figures from the invoices"));
    connect(m_addToChart, &QAction::triggered, this, &CustomersPage::addSelectedToChart);
    m_showInvoices->setToolTip(
        tr("The invoices and credit notes of the selected customer (Enter or double-click)"));
    connect(m_showInvoices, &QAction::triggered, this, &CustomersPage::showInvoices);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_copy->setToolTip(tr("Copy the selected rows as a table, for a spreadsheet"));
    connect(m_copy, &QAction::triggered, this, &CustomersPage::copySelection);
    m_exportCsv->setToolTip(tr("Save the customers as shown, filtered and sorted, as a CSV file"));
    connect(m_exportCsv, &QAction::triggered, this, &CustomersPage::exportCsv);

    m_search->setPlaceholderText(tr("Filter by name, place or industry"));
    m_search->setAccessibleName(tr("Filter customers"));
    enableClearButtonOnText(m_search);
    m_search->setMaximumWidth(360);
    // Each keystroke would run a query; a short pause keeps typing fluid on big histories.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(120);
    connect(m_filterTimer, &QTimer::timeout, this, &CustomersPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));

    auto *pickButton = new QPushButton(m_pickTop->text(), this);
    pickButton->setAccessibleName(tr("Pick top customers"));
    pickButton->setToolTip(m_pickTop->toolTip());
    connect(pickButton, &QPushButton::clicked, m_pickTop, &QAction::trigger);
    connect(m_pickTop, &QAction::changed, pickButton,
            [this, pickButton] { pickButton->setEnabled(m_pickTop->isEnabled()); });

    m_summary->setAccessibleName(tr("Customers shown"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 10, 12, 6);
    bar->addWidget(m_search, 1);
    bar->addSpacing(8);
    bar->addWidget(m_summary);
    bar->addStretch();
    bar->addWidget(pickButton);
    // The button sits on the filter's line: Tab reaches it before the table below.
    setTabOrder(m_search, pickButton);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new OneLineDelegate(m_table));
    m_table->setObjectName(QStringLiteral("customersTable"));
    m_table->setAccessibleName(tr("Customers"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    // Read-only rows: arrows move between them, Tab goes on to the next control.
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    auto *header = new WrappingHeader(Qt::Horizontal, m_table);
    m_table->setHorizontalHeader(header);
    header->setHighlightSections(false);
    header->setSortIndicatorShown(true);
    layOutCustomerColumns(m_table, header);
    // The indicator first: enabling sorting sorts by it, which is the order already loaded.
    m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
    m_table->setSortingEnabled(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &CustomersPage::onSortIndicatorChanged);
    // Enter and double-click open the customer's invoices.
    connect(m_table, &QTableView::activated, this, &CustomersPage::showInvoices);
    m_table->addAction(m_copy);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &CustomersPage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomersPage::updateSelectionActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::updateSelectionActions);

    m_noMatch->setObjectName(QStringLiteral("customersNoMatch"));
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);
    m_noMatch->setContentsMargins(24, 48, 24, 48);
    QPalette muted = m_noMatch->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_noMatch->setPalette(muted);
    m_noMatch->hide();

    auto *tablePanel = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePanel);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addLayout(bar);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_noMatch, 1);
    m_stack->addWidget(tablePanel);
    m_stack->addWidget(buildEmptyState());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    updateState();
}

QWidget *CustomersPage::buildEmptyState()
{
    auto *panel = new QWidget(this);
    auto *text = new QLabel(tr("Import invoices from Xero or Odoo (File \u25b8 Import "
                               "\u25b8 Invoices\u2026), or add a client in the ICP "
                               "chart."),
                            panel);
    text->setObjectName(QStringLiteral("customersEmptyText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setForegroundRole(QPalette::PlaceholderText);
    auto *importButton = new QPushButton(tr("&Import Invoices\u2026"), panel);
    importButton->setObjectName(QStringLiteral("customersImportButton"));
    connect(importButton, &QPushButton::clicked, this, [this] {
        if (auto *imports = window()->findChild<ImportActions *>())
            imports->importInvoices();
    });
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addStretch(2);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(importButton, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return panel;
}

int CustomersPage::count() const
{
    return m_count;
}

QList<QAction *> CustomersPage::pageActions() const
{
    return {m_pickTop, m_addToChart, m_showInvoices, m_separator, m_copy, m_exportCsv};
}

QList<QAction *> CustomersPage::contextActions() const
{
    return {m_showInvoices, m_addToChart, m_copy};
}

void CustomersPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_addToChart->setVisible(!readOnly);
    updateState();
}

void CustomersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool CustomersPage::showsTable() const
{
    return m_stack->currentIndex() == 0;
}

void CustomersPage::reload()
{
    m_model->reload();
    updateState();
}

void CustomersPage::applyFilter()
{
    m_model->setFilter(m_search->text().trimmed());
    updateState();
}

void CustomersPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    // "What they purchase" is a list, not an order: keep the order the table had.
    if (!CustomersTableModel::isSortable(column)) {
        const QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
}

void CustomersPage::updateState()
{
    const int all = m_model->customerCount();
    m_stack->setCurrentIndex(all > 0 ? 0 : 1);
    const int shown = m_model->totalCount();
    const QLocale locale;
    // The plural form follows the count; the count itself is written in the locale's digits.
    m_summary->setText(shown == all ? tr("%1 customers", nullptr, all).arg(locale.toString(all))
                                    : tr("%1 of %2 customers", nullptr, all)
                                          .arg(locale.toString(shown), locale.toString(all)));
    m_pickTop->setEnabled(all > 0 && !m_readOnly);
    m_exportCsv->setEnabled(shown > 0);
    const bool noMatch = all > 0 && shown == 0;
    m_noMatch->setText(noMatch ? tr("No customers match \u201C%1\u201D.").arg(m_model->filter())
                               : QString());
    m_noMatch->setVisible(noMatch);
    m_table->setVisible(!noMatch);
    updateSelectionActions();
    if (all != m_count) {
        if ((all == 0) != (m_count == 0))
            Q_EMIT documentChanged();
        m_count = all;
        Q_EMIT countChanged(all);
    }
}

void CustomersPage::pickTopCustomers()
{
    if (m_readOnly || m_model->customerCount() == 0)
        return;
    PickTopDialog dialog(m_workspace, this);
    if (dialog.exec() == QDialog::Accepted)
        showStatus(dialog.summary());
}

QString CustomersPage::noMatchText() const
{
    return m_noMatch->text();
}

void CustomersPage::updateSelectionActions()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_addToChart->setEnabled(selected > 0 && !m_readOnly);
    m_showInvoices->setEnabled(m_table->currentIndex().isValid() || selected > 0);
    m_copy->setEnabled(selected > 0);
    m_addToChart->setText(selected > 1 ? tr("&Add %n Customers to ICP Chart", nullptr, selected)
                                       : tr("&Add to ICP Chart"));
}

QList<CustomerRow> CustomersPage::selectedCustomers() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<CustomerRow> customers;
    for (const QModelIndex &index : rows)
        if (const CustomerRow *row = m_model->customer(index.row()))
            customers.append(*row);
    return customers;
}

QString CustomersPage::selectionText() const
{
    return customersTsv(selectedCustomers());
}

void CustomersPage::copySelection()
{
    const QList<CustomerRow> customers = selectedCustomers();
    if (customers.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(customersTsv(customers));
    showStatus(customers.size() == 1 ? tr("Copied %1.").arg(customers.constFirst().name)
                                     : tr("Copied %n customers.", nullptr, int(customers.size())));
}

void CustomersPage::addSelectedToChart()
{
    const QList<CustomerRow> customers = selectedCustomers();
    if (m_readOnly || customers.isEmpty())
        return;
    // The pick's own path: a customer already in the chart is updated, a blank "Client #n"
    // is taken over, values typed by hand are kept.
    const PickTopPlan plan = planPickTop(m_workspace->chart()->chart(), customers);
    const QString summary = pickTopSummary(plan, false);
    if (const Status applied = applyPickTop(m_workspace->chart(), plan, false); !applied) {
        QMessageBox::warning(this, tr("Not added to the chart"), applied.errorMessage());
        return;
    }
    showStatus(summary);
}

void CustomersPage::showInvoices()
{
    QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        current = rows.constFirst();
    }
    const CustomerRow *row = m_model->customer(current.row());
    if (!row)
        return;
    CustomerInvoicesDialog dialog(m_workspace, *row, this);
    dialog.exec();
}

void CustomersPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    // A right click outside the selection acts on the row clicked, as in a file manager.
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectRow(index.row());
    m_table->setCurrentIndex(index);
    QMenu menu(this);
    menu.addActions(contextActions());
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void CustomersPage::exportCsv()
{
    if (m_model->totalCount() == 0)
        return;
    const QString path = askCsvSavePath(this, tr("Export Customers as CSV"), tr("Customers.csv"));
    if (path.isEmpty())
        return;
    if (const QString problem = exportCsvTo(path); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Export as CSV"), problem);
        return;
    }
    showStatus(tr("Exported the customers to %1").arg(QDir::toNativeSeparators(path)));
}

QString CustomersPage::exportCsvTo(const QString &path) const
{
    QSaveFile out(path);
    // A byte order mark, so that spreadsheets read the names as UTF-8.
    if (!out.open(QIODevice::WriteOnly)
        || out.write(QByteArrayLiteral("\xEF\xBB\xBF") + customersCsv(m_model->allRows()).toUtf8())
               < 0
        || !out.commit())
        return tr("Cannot write \u201C%1\u201D: %2")
            .arg(QDir::toNativeSeparators(path), out.errorString());
    return {};
}

bool CustomersPage::hasDocument() const
{
    return m_model->customerCount() > 0;
}

QString CustomersPage::documentFileName() const
{
    return tr("Customers.pdf");
}

QString CustomersPage::documentDescription() const
{
    return tr("the customers");
}

std::optional<PagedDocument> CustomersPage::document() const
{
    if (!hasDocument())
        return std::nullopt;
    TableSheet sheet;
    sheet.title = tr("Customers");
    const QString sortedBy =
        m_model->headerData(m_sortColumn, Qt::Horizontal, Qt::DisplayRole).toString();
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const bool byText =
        m_sortColumn == CustomersTableModel::Name || m_sortColumn == CustomersTableModel::Place;
    const QString order = byText ? (descending ? tr("Z to A") : tr("A to Z"))
                                 : (descending ? tr("highest first") : tr("lowest first"));
    const int shown = m_model->totalCount();
    sheet.subtitle =
        m_model->filter().isEmpty()
            ? tr("%n customers, sorted by \u201C%1\u201D, %2.", nullptr, shown).arg(sortedBy, order)
            : tr("%n customers matching \u201C%1\u201D, sorted by \u201C%2\u201D, %3.", nullptr,
                 shown)
                  .arg(m_model->filter(), sortedBy, order);
    sheet.emptyText = noMatchText();
    for (int column = 0; column < CustomersTableModel::ColumnCount; ++column) {
        TableSheet::Column c;
        c.title = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        c.numeric = CustomersTableModel::isNumeric(column);
        c.percent = printedPercent(column);
        sheet.columns.append(c);
    }
    for (const CustomerRow &row : m_model->allRows()) {
        QStringList cells;
        for (int column = 0; column < CustomersTableModel::ColumnCount; ++column)
            cells.append(CustomersTableModel::displayText(row, column));
        sheet.rows.append(cells);
    }
    PagedDocument printed = tableDocument(m_workspace->settings(), sheet);
    return printed;
}

void CustomersPage::showStatus(const QString &message)
{
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->showMessage(message, 15000);
}

} // namespace clientele
