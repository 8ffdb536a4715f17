#include "clientele/gui/itemtableview.h"

#include "roomydelegate.h"

#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

namespace clientele {

ItemTableView::ItemTableView(QWidget *parent)
    : QTableView(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setWordWrap(true);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setTabKeyNavigation(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignTop);
    verticalHeader()->setHighlightSections(false);
    verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    setItemDelegate(new RoomyDelegate(4, this));
}

void ItemTableView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void ItemTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    // Rows change height as text wraps; fit after Qt has laid them out.
    const auto later = [this] { QTimer::singleShot(0, this, &ItemTableView::refit); };
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    refit();
}

QSize ItemTableView::sizeHint() const
{
    const int rows = model() ? model()->rowCount() : 0;
    int content = 0;
    for (int row = 0; row < qMin(rows, m_maximumRows); ++row)
        content += rowHeight(row);
    const int rowSize = verticalHeader()->defaultSectionSize();
    if (rows < m_minimumRows)
        content += (m_minimumRows - rows) * rowSize;
    const int header = horizontalHeader()->isHidden() ? 0 : horizontalHeader()->sizeHint().height();
    return {QTableView::sizeHint().width(), content + header + 2 * frameWidth()};
}

QSize ItemTableView::minimumSizeHint() const
{
    return {QTableView::minimumSizeHint().width(), sizeHint().height()};
}

void ItemTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    // A new width rewraps the text; heights follow.
    QTimer::singleShot(0, this, &ItemTableView::refit);
}

void ItemTableView::refit()
{
    verticalHeader()->resizeSections(QHeaderView::ResizeToContents);
    const int wanted = sizeHint().height();
    if (wanted != height())
        setFixedHeight(wanted);
}

void ItemTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_placeholder.isEmpty() || (model() && model()->rowCount() > 0))
        return;
    QPainter painter(viewport());
    QColor hint = palette().color(QPalette::Text);
    hint.setAlphaF(0.55);
    painter.setPen(hint);
    painter.drawText(viewport()->rect().adjusted(8, 0, -8, 0),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_placeholder);
}

} // namespace clientele
