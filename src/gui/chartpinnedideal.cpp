#include "chartpinnedideal.h"

#include "clientele/core/models/chartmodel.h"
#include "clientele/gui/chartdelegate.h"
#include "clientele/gui/charttableview.h"
#include "clientele/gui/chartviewmodel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>

namespace clientele {

ChartPinnedIdeal::ChartPinnedIdeal(ChartTableView *grid)
    : QTableView(grid)
    , m_grid(grid)
{
    setObjectName(QStringLiteral("chartPinnedIdeal"));
    setAccessibleName(tr("Ideal (derived)"));
    setModel(grid->model());
    setSelectionModel(grid->selectionModel());
    // Its own delegate: editors belong to the grid, and a shared delegate would tell this view
    // about editors it does not own.
    setItemDelegate(new ChartDelegate(grid->chartEditor(), grid->chartModel(), this));
    setFocusPolicy(Qt::NoFocus);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(grid->selectionMode());
    setWordWrap(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setFrameShape(QFrame::NoFrame);
    horizontalHeader()->setDefaultAlignment(grid->horizontalHeader()->defaultAlignment());
    verticalHeader()->setDefaultAlignment(grid->verticalHeader()->defaultAlignment());
    for (QHeaderView *header : {horizontalHeader(), verticalHeader()})
        header->setSectionResizeMode(QHeaderView::Fixed);

    // Scrolling either view scrolls both along the shared axis.
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, grid->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(grid->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(horizontalScrollBar(), &QAbstractSlider::valueChanged, grid->horizontalScrollBar(),
            &QAbstractSlider::setValue);
    connect(grid->horizontalScrollBar(), &QAbstractSlider::valueChanged, horizontalScrollBar(),
            &QAbstractSlider::setValue);
    connect(grid->horizontalScrollBar(), &QAbstractSlider::valueChanged, this,
            &ChartPinnedIdeal::relayout);
    connect(grid->verticalScrollBar(), &QAbstractSlider::valueChanged, this,
            &ChartPinnedIdeal::relayout);
    connect(grid->verticalScrollBar(), &QAbstractSlider::rangeChanged, this,
            &ChartPinnedIdeal::relayout);
    connect(grid->horizontalScrollBar(), &QAbstractSlider::rangeChanged, this,
            &ChartPinnedIdeal::relayout);
    for (QHeaderView *header : {grid->horizontalHeader(), grid->verticalHeader()}) {
        connect(header, &QHeaderView::sectionResized, this, &ChartPinnedIdeal::relayout);
        connect(header, &QHeaderView::geometriesChanged, this, &ChartPinnedIdeal::relayout);
    }
    const auto later = [this] { QTimer::singleShot(0, this, &ChartPinnedIdeal::relayout); };
    connect(model(), &QAbstractItemModel::modelReset, this, later);
    connect(model(), &QAbstractItemModel::layoutChanged, this, later);
    connect(model(), &QAbstractItemModel::columnsInserted, this, later);
    connect(model(), &QAbstractItemModel::columnsRemoved, this, later);
    connect(model(), &QAbstractItemModel::rowsInserted, this, later);
    connect(model(), &QAbstractItemModel::rowsRemoved, this, later);
    connect(model(), &QAbstractItemModel::dataChanged, this, later);
    relayout();
}

void ChartPinnedIdeal::syncSections()
{
    const bool across = m_grid->chartModel()->clientHeader() == Qt::Horizontal;
    const int rows = model()->rowCount();
    const int columns = model()->columnCount();
    for (int column = 0; column < columns; ++column) {
        setColumnHidden(column, across && column != columns - 1);
        setColumnWidth(column, m_grid->columnWidth(column));
    }
    for (int row = 0; row < rows; ++row) {
        setRowHidden(row, !across && row != rows - 1);
        setRowHeight(row, m_grid->rowHeight(row));
    }
    horizontalHeader()->setVisible(across);
    verticalHeader()->setVisible(!across);
    if (across)
        horizontalHeader()->setFixedHeight(m_grid->horizontalHeader()->height());
    else
        verticalHeader()->setFixedWidth(m_grid->verticalHeader()->width());
}

QRect ChartPinnedIdeal::coveredRect() const
{
    if (isHidden())
        return {};
    const QRect inGrid = geometry();
    return QRect(m_grid->viewport()->mapFrom(m_grid, inGrid.topLeft()), inGrid.size());
}

void ChartPinnedIdeal::relayout()
{
    const int rows = model()->rowCount();
    const int columns = model()->columnCount();
    if (rows == 0 || columns == 0) {
        hide();
        return;
    }
    syncSections();
    const bool across = m_grid->chartModel()->clientHeader() == Qt::Horizontal;
    const QRect port = m_grid->viewport()->geometry(); // in the grid's coordinates
    QRect place;
    if (across) {
        const int width = m_grid->columnWidth(columns - 1);
        // Over the grid's own ideal column while it is in full view, else at the right edge.
        const int natural = m_grid->columnViewportPosition(columns - 1);
        const int x = port.left() + qMin(natural, port.width() - width);
        const int header = m_grid->horizontalHeader()->height();
        place = QRect(x, port.top() - header, width, port.height() + header);
        verticalScrollBar()->setValue(m_grid->verticalScrollBar()->value());
    } else {
        const int height = m_grid->rowHeight(rows - 1);
        const int natural = m_grid->rowViewportPosition(rows - 1);
        const int y = port.top() + qMin(natural, port.height() - height);
        const int header = m_grid->verticalHeader()->width();
        place = QRect(port.left() - header, y, port.width() + header, height);
        horizontalScrollBar()->setValue(m_grid->horizontalScrollBar()->value());
    }
    setGeometry(place);
    show();
}

} // namespace clientele
