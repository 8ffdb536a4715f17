#include "fittedtable.h"

#include <QHeaderView>
#include <QResizeEvent>

namespace clientele {

FittedTable::FittedTable(const QString &accessibleName, const QStringList &headers, QWidget *parent)
    : QTableWidget(0, int(headers.size()), parent)
{
    setAccessibleName(accessibleName);
    setHorizontalHeaderLabels(headers);
    verticalHeader()->hide();
    setShowGrid(false);
    setAlternatingRowColors(true);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsMovable(false);
    // Wrapped texts take more or fewer lines as their column narrows or widens.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &FittedTable::fitHeight);
}

void FittedTable::setHeaders(const QStringList &headers)
{
    for (int column = 0; column < headers.size() && column < columnCount(); ++column)
        if (!horizontalHeaderItem(column)
            || horizontalHeaderItem(column)->text() != headers[column])
            setHorizontalHeaderItem(column, new QTableWidgetItem(headers[column]));
}

void FittedTable::setRows(const QList<QStringList> &rows)
{
    // Rebuilt only when different, so a refresh while the user reads keeps the selection.
    if (rows == this->rows())
        return;
    const int selected = currentRow();
    clearContents();
    setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row)
        for (int column = 0; column < rows[row].size() && column < columnCount(); ++column) {
            auto *cell = new QTableWidgetItem(rows[row][column]);
            // Old beside new read from the same first line, however long either is.
            cell->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            setItem(row, column, cell);
        }
    if (selected >= 0 && selected < rowCount())
        selectRow(selected);
    fitHeight();
}

QList<QStringList> FittedTable::rows() const
{
    QList<QStringList> all;
    for (int row = 0; row < rowCount(); ++row) {
        QStringList texts;
        for (int column = 0; column < columnCount(); ++column)
            texts << (item(row, column) ? item(row, column)->text() : QString());
        all << texts;
    }
    return all;
}

void FittedTable::resizeEvent(QResizeEvent *event)
{
    QTableWidget::resizeEvent(event);
    fitHeight();
}

void FittedTable::fitHeight()
{
    resizeRowsToContents();
    int height = 2 * frameWidth() + horizontalHeader()->sizeHint().height();
    for (int row = 0; row < rowCount(); ++row)
        height += rowHeight(row);
    if (rowCount() == 0)
        height += verticalHeader()->defaultSectionSize();
    if (height != this->height())
        setFixedHeight(height);
}

} // namespace clientele
