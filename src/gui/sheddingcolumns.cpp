#include "sheddingcolumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace clientele {

void shedColumns(QHeaderView *header, int room, const std::function<int(int)> &needed,
                 const QList<int> &optional)
{
    int used = 0;
    for (int column = 0; column < header->count(); ++column)
        if (!optional.contains(column))
            used += needed(column);
    // Shown from the last optional column to the first, while they fit.
    QList<int> shown;
    for (auto it = optional.crbegin(); it != optional.crend(); ++it) {
        used += needed(*it);
        if (used > room)
            break;
        shown.append(*it);
    }
    for (int column : optional)
        if (header->isSectionHidden(column) == shown.contains(column))
            header->setSectionHidden(column, !shown.contains(column));
}

SheddingColumns::SheddingColumns(QTreeView *view, int stretching, int wanted, QList<int> optional)
    : QObject(view)
    , m_view(view)
    , m_stretching(stretching)
    , m_wanted(wanted)
    , m_optional(std::move(optional))
{
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    for (int column = 0; column < header->count(); ++column)
        header->setSectionResizeMode(column, column == stretching ? QHeaderView::Stretch
                                                                  : QHeaderView::ResizeToContents);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->viewport()->installEventFilter(this);
    // New or edited rows can need wider columns; fit once the view has them.
    const auto later = [this] { QTimer::singleShot(0, this, &SheddingColumns::fit); };
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    fit();
}

bool SheddingColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

namespace {

// The header's own measure of a title, which it keeps protected. Unlike sectionSizeHint(), it
// measures hidden sections too, so a column is shown again only when its title fits.
struct HeaderMeasure : QHeaderView {
    using QHeaderView::sectionSizeFromContents;
};

int titleWidth(const QHeaderView *header, int column)
{
    const auto measure = &HeaderMeasure::sectionSizeFromContents;
    return qBound(header->minimumSectionSize(), (header->*measure)(column).width(),
                  header->maximumSectionSize());
}

} // namespace

int SheddingColumns::needed(int column) const
{
    // The tree view hides its override; the view's public one measures the same rows. Both as
    // the header sizes a column that resizes to its contents.
    const QAbstractItemView *view = m_view;
    return qMax(titleWidth(m_view->header(), column), view->sizeHintForColumn(column));
}

int SheddingColumns::wholeWidth() const
{
    int width = 0;
    for (int column = 0; column < m_view->header()->count(); ++column)
        width += needed(column);
    return width;
}

void SheddingColumns::fit()
{
    shedColumns(
        m_view->header(), m_view->viewport()->width(),
        [this](int column) {
            return column == m_stretching ? qMin(m_wanted, needed(column)) : needed(column);
        },
        m_optional);
}

} // namespace clientele
