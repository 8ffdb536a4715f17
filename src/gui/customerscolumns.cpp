#include "customerscolumns.h"

#include "clientele/gui/customerstablemodel.h"
#include "textcolumns.h"
#include "wrappingheader.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QTableView>
#include <QToolTip>

namespace clientele {

namespace {

using C = CustomersTableModel;

// Shed first to last as the table narrows: what picking the best customers needs least first.
const QList<int> kOptional = {C::PerMonth, C::FirstInvoice, C::PerYear, C::Years};

// Adds the figures a narrow table hides to every cell's tooltip, so a shed column's value is a
// hover away.
class HiddenFiguresTip : public QObject {
public:
    explicit HiddenFiguresTip(QTableView *table)
        : QObject(table)
        , m_table(table)
    {
        table->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip)
            return QObject::eventFilter(watched, event);
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_table->indexAt(help->pos());
        const QString tip = tipOf(index);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, m_table->viewport(),
                               m_table->visualRect(index));
        return true;
    }

private:
    QString tipOf(const QModelIndex &index) const
    {
        if (!index.isValid())
            return {};
        QStringList lines;
        if (const QString own = index.data(Qt::ToolTipRole).toString(); !own.isEmpty())
            lines.append(own);
        for (int column : kOptional) {
            const QString value = index.siblingAtColumn(column).data().toString();
            if (!m_table->isColumnHidden(column) || value.isEmpty())
                continue;
            const QString title = m_table->model()->headerData(column, Qt::Horizontal).toString();
            //: A figure the narrow Customers table hides, in a row's tooltip: "Per year: $9,600"
            lines.append(QCoreApplication::translate("clientele::CustomerColumns", "%1: %2")
                             .arg(title, value));
        }
        return lines.join(u'\n');
    }

    QTableView *m_table;
};

} // namespace

void layOutCustomerColumns(QTableView *table, WrappingHeader *header)
{
    const QFontMetrics metrics = table->fontMetrics();
    const auto widest = [](int column) {
        switch (column) {
        case C::FirstInvoice:
        case C::LastInvoice: return QStringLiteral("8888-88-88");
        case C::Years: return QStringLiteral("88.8");
        case C::Invoices: return QStringLiteral("88,888");
        case C::Loyalty: return QStringLiteral("100");
        default: return QStringLiteral("$8,888,888");
        }
    };
    // Titles wrap, so a figure column needs no more than the longest word of its title.
    for (int column = C::Place + 1; column < C::Purchases; ++column)
        table->setColumnWidth(column, qMax(header->narrowestWidth(column),
                                           metrics.horizontalAdvance(widest(column)) + 12));
    // Spare width goes to the names and places people read, up to their longest, then to what
    // they purchase, which has room for two items at least.
    const int chars = metrics.averageCharWidth();
    const int twoItems =
        metrics.horizontalAdvance(QStringLiteral("Accounting integration, Training"))
        + TextColumns::padding(table);
    // Figures are hidden for names and places of common lengths; a long one is shortened
    // rather than hide another figure, and reads whole once the window is wide.
    new TextColumns(table,
                    {{C::Name, chars * 18, chars * 48, chars * 32},
                     {C::Place, chars * 13, chars * 40, chars * 24}},
                    {C::Purchases, qMax(twoItems, header->narrowestWidth(C::Purchases)), 0},
                    kOptional);
    new HiddenFiguresTip(table);
}

} // namespace clientele
