#include "clientele/gui/picktopdialog.h"

#include "wholeunits.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/customerbook.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/charttext.h"
#include "themecolours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele {

namespace {

enum Column { Rank, Customer, Becomes, FirstValue };

QString becomes(const PickTopClient &client)
{
    switch (client.action) {
    case PickTopClient::Action::Update: return PickTopDialog::tr("Updates the client of that name");
    case PickTopClient::Action::ReplaceBlank:
        return PickTopDialog::tr("Takes the place of \u201C%1\u201D").arg(client.replacedName);
    case PickTopClient::Action::Add: return PickTopDialog::tr("New client");
    }
    return {};
}

// Money as the Customers table shows it, in whole units, so the preview and the list agree.
QString previewText(const ChartValue &value)
{
    if (const MoneyRange *money = value.money())
        return money->isExact() ? wholeUnits(money->minimum)
                                : PickTopDialog::tr("%1–%2", "a range of amounts")
                                      .arg(wholeUnits(money->minimum), wholeUnits(money->maximum));
    return displayText(value);
}

} // namespace

PickTopDialog::PickTopDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_count(new QSpinBox(this))
    , m_by(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_notes(new QLabel(this))
    , m_overwrite(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("pickTopDialog"));
    setWindowTitle(tr("Pick Top Customers"));
    m_count->setRange(1, 50);
    m_count->setValue(5);
    m_count->setAccessibleName(tr("How many customers"));
    m_by->addItem(tr("net spend"), int(PickTopBy::Spend));
    m_by->addItem(tr("years as customer"), int(PickTopBy::Tenure));
    m_by->addItem(tr("loyalty"), int(PickTopBy::Loyalty));
    m_by->setAccessibleName(tr("Ranked by"));
    // One sentence around two fields: "Put the top [5] customers by [net spend] into the ICP
    // chart:".
    //: The words before the number in "Put the top [5] customers by [net spend] into the ICP
    //: chart:".
    auto *countLabel = new QLabel(tr("Put the &top"), this);
    countLabel->setBuddy(m_count);
    //: The words between the number and the ranking in "Put the top [5] customers by [net
    //: spend] into the ICP chart:".
    auto *byLabel = new QLabel(tr("customers &by"), this);
    byLabel->setBuddy(m_by);
    auto *choice = new QHBoxLayout;
    choice->addWidget(countLabel);
    choice->addWidget(m_count);
    choice->addWidget(byLabel);
    choice->addWidget(m_by);
    //: The words after the ranking in "Put the top [5] customers by [net spend] into the ICP
    //: chart:".
    choice->addWidget(new QLabel(tr("into the ICP chart:"), this));
    choice->addStretch();

    m_table->setObjectName(QStringLiteral("pickTopPreview"));
    m_table->setAccessibleName(tr("What goes into the chart"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    m_notes->setWordWrap(true);
    m_overwrite->setAccessibleName(tr("Replace values entered by hand"));

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Put into Chart"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PickTopDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_count, &QSpinBox::valueChanged, this, &PickTopDialog::refresh);
    connect(m_by, &QComboBox::currentIndexChanged, this, &PickTopDialog::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_overwrite);
    layout->addWidget(m_buttons);
    resize(980, 460);
    refresh();
}

void PickTopDialog::setCount(int count)
{
    m_count->setValue(count);
}

void PickTopDialog::refresh()
{
    const auto by = static_cast<PickTopBy>(m_by->currentData().toInt());
    const QList<CustomerRow> top = topCustomers(*m_workspace->customers(), by, m_count->value());
    m_plan = planPickTop(m_workspace->chart()->chart(), top);

    // One column per attribute the pick fills, in chart order.
    QStringList labels{QStringLiteral("#"), tr("Customer"), tr("In the chart")};
    for (const Attribute &attribute : m_workspace->chart()->chart().attributes())
        for (const PickTopClient &client : std::as_const(m_plan.clients))
            for (const PickTopCell &cell : client.cells)
                if (cell.attributeId == attribute.id && !labels.contains(attribute.label))
                    labels.append(attribute.label);
    m_table->clear();
    m_table->setColumnCount(int(labels.size()));
    m_table->setHorizontalHeaderLabels(labels);
    m_table->setRowCount(int(m_plan.clients.size()));
    for (int row = 0; row < m_plan.clients.size(); ++row)
        fillRow(row, m_plan.clients[row]);
    m_table->resizeColumnsToContents();
    for (int column = Becomes; column < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 230));
    m_table->resizeRowsToContents();

    const int conflicts = m_plan.conflictCount();
    m_overwrite->setVisible(conflicts > 0);
    m_overwrite->setText(tr("&Replace the %n value(s) typed into the chart by hand (marked \u26a0)",
                            nullptr, conflicts));
    QStringList notes;
    if (m_plan.clients.isEmpty())
        notes << tr("No customer has a sales invoice yet.");
    if (conflicts > 0)
        notes << tr("Cells marked \u26a0 already hold a value typed by hand that "
                    "differs from the invoices; they are kept unless you tick the "
                    "box below.");
    if (!m_plan.missingAttributes.isEmpty())
        notes << tr("The chart has no %1 row, so that is left out.")
                     .arg(m_plan.missingAttributes.join(QStringLiteral(", ")));
    for (const PickTopClient &client : std::as_const(m_plan.clients)) {
        if (!client.spendLeftOut.isEmpty())
            notes << client.spendLeftOut;
    }
    notes << tr("Edit \u25b8 Undo takes the whole pick out again in one step.");
    m_notes->setText(notes.join(u' '));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_plan.clients.isEmpty());
}

void PickTopDialog::fillRow(int row, const PickTopClient &client)
{
    auto *rank = new QTableWidgetItem(QString::number(row + 1));
    rank->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
    m_table->setItem(row, Rank, rank);
    m_table->setItem(row, Customer, new QTableWidgetItem(client.customer.name));
    m_table->setItem(row, Becomes, new QTableWidgetItem(becomes(client)));
    for (const PickTopCell &cell : client.cells) {
        int column = -1;
        for (int c = FirstValue; c < m_table->columnCount(); ++c)
            if (m_table->horizontalHeaderItem(c)->text() == cell.attributeLabel)
                column = c;
        if (column < 0)
            continue;
        auto *item = new QTableWidgetItem(previewText(cell.after));
        if (const MoneyRange *money = cell.after.money(); money && money->isExact())
            item->setToolTip(money->minimum.toString() + u' ' + money->minimum.currency());
        // Figures line up on the right, lists read from the left.
        if (cell.after.number() || cell.after.money())
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (cell.conflicts()) {
            item->setText(
                tr("\u26a0 %1 (typed: %2)").arg(previewText(cell.after), previewText(cell.before)));
            item->setToolTip(tr("The chart holds \u201C%1\u201D, typed by hand; the "
                                "invoices say \u201C%2\u201D.")
                                 .arg(previewText(cell.before), previewText(cell.after)));
            item->setForeground(cautionColour(palette()));
        }
        m_table->setItem(row, column, item);
    }
}

void PickTopDialog::accept()
{
    const QString summary = pickTopSummary(m_plan, m_overwrite->isChecked());
    const Status applied = applyPickTop(m_workspace->chart(), m_plan, m_overwrite->isChecked());
    if (!applied) {
        QMessageBox::warning(this, tr("Not put into the chart"), applied.errorMessage());
        return;
    }
    m_summary = summary;
    QDialog::accept();
}

} // namespace clientele
