#include "clientele/gui/customerinvoicesdialog.h"

#include "clientele/core/customerbook.h"
#include "clientele/core/workspace.h"
#include "clientele/storage/import/importreport.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele {

namespace {

bool isSale(const CustomerDocument &document)
{
    return document.countsAsSale && document.kind != CustomerDocument::Kind::Other;
}

QTableWidgetItem *item(const QString &text, bool right = false)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setTextAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return cell;
}

} // namespace

CustomerInvoicesDialog::CustomerInvoicesDialog(Workspace *workspace, const CustomerRow &customer,
                                               QWidget *parent)
    : QDialog(parent)
    , m_customer(customer)
    , m_table(new QTableWidget(this))
    , m_totals(new QLabel(this))
{
    setObjectName(QStringLiteral("customerInvoicesDialog"));
    setWindowTitle(tr("Invoices of %1").arg(customer.name));
    m_table->setObjectName(QStringLiteral("customerInvoicesTable"));
    m_table->setAccessibleName(tr("Invoices and credit notes"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("Date"), tr("Kind"), tr("Status"),
                                        tr("Net amount"), tr("Currency"), tr("Counts as sale")});
    m_table->horizontalHeaderItem(Net)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_totals->setObjectName(QStringLiteral("customerInvoicesTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    layout->addWidget(buttons);

    fill(workspace->customers()->documents(customer.id));
    resize(820, 460);
}

QString CustomerInvoicesDialog::kindText(CustomerDocument::Kind kind)
{
    switch (kind) {
    case CustomerDocument::Kind::Invoice: return tr("Invoice");
    case CustomerDocument::Kind::CreditNote: return tr("Credit note");
    case CustomerDocument::Kind::Other: return tr("Other");
    }
    return {};
}

QString CustomerInvoicesDialog::saleText(const CustomerDocument &document)
{
    if (isSale(document))
        return tr("Yes");
    const QString reason = document.notSaleReason.isEmpty()
                               ? tr("neither an invoice nor a credit note")
                               : notSaleReasonText(document.notSaleReason);
    return tr("No: %1").arg(reason);
}

void CustomerInvoicesDialog::fill(const QList<CustomerDocument> &documents)
{
    m_table->setRowCount(int(documents.size()));
    for (int row = 0; row < documents.size(); ++row) {
        const CustomerDocument &d = documents.at(row);
        m_table->setItem(row, Number, item(d.number));
        m_table->setItem(row, Date,
                         item(d.date.isValid() ? d.date.toString(Qt::ISODate) : tr("no date")));
        m_table->setItem(row, Kind, item(kindText(d.kind)));
        m_table->setItem(row, Status, item(d.status));
        m_table->setItem(row, Net, item(d.netMoney().toString(), true));
        m_table->setItem(row, Currency, item(d.currency));
        m_table->setItem(row, Sale, item(saleText(d)));
        // What does not count reads muted, so the sales stand out.
        if (!isSale(d)) {
            for (int column = 0; column < ColumnCount; ++column)
                m_table->item(row, column)
                    ->setForeground(palette().color(QPalette::PlaceholderText));
        }
    }
    m_table->resizeColumnsToContents();
    m_totals->setText(totalsText(documents));
}

QString CustomerInvoicesDialog::totalsText(const QList<CustomerDocument> &documents) const
{
    const QString main = m_customer.metrics.currency;
    qint64 net = 0;
    int sales = 0;
    QMap<QString, qint64> others;
    for (const CustomerDocument &d : documents) {
        if (!isSale(d))
            continue;
        if (d.currency == main || main.isEmpty()) {
            net += d.net;
            ++sales;
        } else {
            others[d.currency] += d.net;
        }
    }
    QStringList lines;
    lines << (sales == 1 ? tr("Net of the one sale in %1: %2, the customer's net spend.")
                         : tr("Net of the %n sales (invoices less credit notes) in %1: %2, the "
                              "customer's net spend.",
                              nullptr, sales))
                 .arg(main, Money(net, main).toString());
    for (auto it = others.cbegin(); it != others.cend(); ++it)
        lines << tr("Also %1 %2 in sales, not converted and not in the net spend.")
                     .arg(Money(it.value(), it.key()).toString(), it.key());
    return lines.join(u'\n');
}

} // namespace clientele
