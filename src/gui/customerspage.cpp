#include "clientele/gui/customerspage.h"
#include "clientele/gui/onelinedelegate.h"

#include "clientele/core/workspace.h"
#include "clientele/gui/customerstablemodel.h"
#include "clientele/gui/importactions.h"
#include "clientele/gui/picktopdialog.h"
#include "searchfield.h"
#include "wrappingheader.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace clientele {

CustomersPage::CustomersPage(Workspace *workspace, QWidget *parent)
    : SectionPage(parent)
    , m_workspace(workspace)
    , m_model(new CustomersTableModel(workspace, this))
    , m_stack(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_filterTimer(new QTimer(this))
    , m_pickTop(new QAction(tr("Pick &Top Customers\u2026"), this))
    , m_sortColumn(CustomersTableModel::NetSpend)
{
    setObjectName(QStringLiteral("customersPage"));
    m_pickTop->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_pickTop->setToolTip(
        tr("Put the best customers into the ICP chart as clients (Ctrl+Shift+T)"));
    connect(m_pickTop, &QAction::triggered, this, &CustomersPage::pickTopCustomers);
    addAction(m_pickTop);

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
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSortIndicatorShown(true);
    // Each figure column as wide as its widest likely figure or the longest word of its title
    // (titles wrap), so "What they purchase" has the rest of the width.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto widest = [](int column) {
        switch (column) {
        case CustomersTableModel::FirstInvoice:
        case CustomersTableModel::LastInvoice: return QStringLiteral("8888-88-88");
        case CustomersTableModel::Years: return QStringLiteral("88.8");
        case CustomersTableModel::Invoices: return QStringLiteral("88,888");
        case CustomersTableModel::Loyalty: return QStringLiteral("100");
        default: return QStringLiteral("$8,888,888");
        }
    };
    for (int column = CustomersTableModel::Name + 1; column < CustomersTableModel::Purchases;
         ++column)
        m_table->setColumnWidth(column, qMax(header->narrowestWidth(column),
                                             metrics.horizontalAdvance(widest(column)) + 16));
    m_table->setColumnWidth(CustomersTableModel::Name, metrics.averageCharWidth() * 30);
    // The indicator first: enabling sorting sorts by it, which is the order already loaded.
    m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
    m_table->setSortingEnabled(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &CustomersPage::onSortIndicatorChanged);

    auto *tablePanel = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePanel);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addLayout(bar);
    tableLayout->addWidget(m_table, 1);
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
    QPalette muted = text->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    text->setPalette(muted);
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
    return {m_pickTop};
}

void CustomersPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
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
    if (all != m_count) {
        m_count = all;
        Q_EMIT countChanged(all);
    }
}

void CustomersPage::pickTopCustomers()
{
    if (m_readOnly || m_model->customerCount() == 0)
        return;
    PickTopDialog dialog(m_workspace, this);
    dialog.exec();
}

} // namespace clientele
