#include "clientele/gui/charttableview.h"

#include "chartpinnedideal.h"
#include "clientele/core/charteditor.h"
#include "clientele/core/charttsv.h"
#include "clientele/core/models/chartmodel.h"
#include "clientele/gui/chartmessagebubble.h"
#include "clientele/gui/chartviewmodel.h"
#include "wrappingheader.h"

#include <QApplication>
#include <QClipboard>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTimer>
#include <QtMath>

namespace clientele {

ChartTableView::ChartTableView(ChartEditor *editor, QWidget *parent)
    : QTableView(parent)
    , m_editor(editor)
    , m_chartModel(new ChartModel(editor, this))
    , m_viewModel(new ChartViewModel(m_chartModel, editor, this))
    , m_delegate(new ChartDelegate(editor, m_chartModel, this))
    , m_bubble(new ChartMessageBubble(this))
{
    setObjectName(QStringLiteral("chartGrid"));
    setAccessibleName(tr("ICP chart"));
    setModel(m_viewModel);
    setItemDelegate(m_delegate);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    // Tab leaves the grid for the next control; while a cell is edited it moves to the next
    // cell (the delegate), so typing a row stays fluid.
    setTabKeyNavigation(false);
    setWordWrap(true);
    setCornerButtonEnabled(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setGridStyle(Qt::SolidLine);

    setHorizontalHeader(new WrappingHeader(Qt::Horizontal, this));
    QHeaderView *top = horizontalHeader();
    connect(top, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            m_userSized = true;
    });
    top->setSectionResizeMode(QHeaderView::Interactive);
    top->setDefaultAlignment(Qt::AlignCenter);
    top->setMinimumSectionSize(90);
    top->setHighlightSections(true);
    QHeaderView *side = verticalHeader();
    side->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Rows fit the cells in view: with two hundred clients, measuring every cell of a row each
    // time would grow the page's appearance with the chart.
    side->setResizeContentsPrecision(0);
    side->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    side->setMinimumSectionSize(fontMetrics().height() + 14);
    for (QHeaderView *header : {top, side}) {
        header->setContextMenuPolicy(Qt::CustomContextMenu);
        header->setSectionsClickable(true);
        connect(header, &QHeaderView::sectionDoubleClicked, this, [this, header](int section) {
            Q_EMIT headerActivated(header->orientation(), section);
        });
    }

    connect(m_delegate, &ChartDelegate::editFinished, this, &ChartTableView::moveBy);
    connect(m_delegate, &ChartDelegate::inputRefused, this, &ChartTableView::onInputRefused);
    // A new shape needs new widths; new values may need taller rows, which the header does.
    const auto remeasure = [this] {
        m_wanted.clear();
        fitColumns();
    };
    connect(m_viewModel, &QAbstractItemModel::modelReset, this, remeasure);
    connect(m_viewModel, &QAbstractItemModel::columnsInserted, this, remeasure);
    connect(m_viewModel, &QAbstractItemModel::rowsInserted, this, remeasure);
    connect(m_viewModel, &QAbstractItemModel::dataChanged, this, [this] {
        m_wanted.clear();
        if (!m_userSized)
            fitColumns();
    });
    // After a flip the old scroll position points into a different grid.
    // The current cell is the same client's same attribute after it.
    m_clientHeader = m_chartModel->clientHeader();
    connect(m_viewModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex at = m_viewModel->mapToSource(currentIndex());
        m_resetCell = {m_chartModel->clientIdAt(at), m_chartModel->attributeIdAt(at)};
    });
    connect(editor, &ChartEditor::structureChanged, this, [this] {
        if (m_chartModel->clientHeader() == m_clientHeader)
            return;
        m_clientHeader = m_chartModel->clientHeader();
        const QModelIndex at = m_chartModel->indexOf(m_resetCell.first, m_resetCell.second);
        if (at.isValid() && !currentIndex().isValid())
            setCurrentIndex(m_viewModel->mapFromSource(at));
        showFromTopLeft();
    });
    m_pinned = new ChartPinnedIdeal(this);
    m_bubble->raise(); // messages show above the pinned ideal
    fitColumns();
    if (m_viewModel->rowCount() > 0 && m_viewModel->columnCount() > 0)
        setCurrentIndex(m_viewModel->index(0, 0));
}

void ChartTableView::measureColumns()
{
    const int columns = m_viewModel->columnCount();
    const bool clientsAcross = m_chartModel->clientHeader() == Qt::Horizontal;
    const int em = fontMetrics().averageCharWidth();
    QFont bold = font();
    bold.setBold(true); // the current column's header is drawn bold
    const QFontMetrics metrics(bold);
    // Charts repeat their values (yes, no, an industry) across clients: each text is measured
    // once.
    QHash<QString, int> measured;
    const auto widestWord = [&](const QString &text) {
        auto found = measured.constFind(text);
        if (found == measured.cend()) {
            int widest = 0;
            for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                widest = qMax(widest, fontMetrics().horizontalAdvance(word));
            found = measured.insert(text, widest);
        }
        return *found;
    };
    m_wanted.clear();
    m_least.clear();
    for (int column = 0; column < columns; ++column) {
        const bool ideal = clientsAcross && column == columns - 1;
        const QString title =
            m_viewModel->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        int wanted = 0;
        // A long name wraps between its words; its longest word must fit.
        for (const QString &line : title.split(QLatin1Char('\n')))
            for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                wanted = qMax(wanted, metrics.horizontalAdvance(word) + 24);
        // Text wraps between words, so the longest word must fit.
        for (int row = 0; row < m_viewModel->rowCount(); ++row)
            wanted =
                qMax(wanted, widestWord(m_viewModel->index(row, column).data().toString()) + 24);
        // Wide enough for a typical value on one line; longer text wraps.
        const int floor = ideal ? 34 * em : (clientsAcross ? 20 * em : 16 * em);
        const int ceiling = ideal ? 48 * em : 30 * em;
        m_wanted << qBound(floor, wanted, ceiling);
        m_least << qBound(horizontalHeader()->minimumSectionSize(), wanted, m_wanted.last());
    }
}

void ChartTableView::fitColumns()
{
    const int columns = m_viewModel->columnCount();
    if (columns == 0)
        return;
    if (m_wanted.size() != columns)
        measureColumns();
    const bool clientsAcross = m_chartModel->clientHeader() == Qt::Horizontal;
    const int em = fontMetrics().averageCharWidth();
    QList<int> widths = m_wanted;
    int total = 0;
    for (const int width : std::as_const(widths))
        total += width;
    // Room to spare goes to the columns, so fewer values wrap, up to a comfortable width.
    const int spare = viewport()->width() - total - 2;
    if (spare > 0) {
        const int share = spare / columns;
        for (int column = 0; column < columns; ++column) {
            const bool ideal = clientsAcross && column == columns - 1;
            widths[column] = qMin(widths[column] + share, (ideal ? 52 : 38) * em);
        }
    }
    if (spare < 0 && clientsAcross)
        alignClientColumns(widths);
    m_fitting = true;
    for (int column = 0; column < columns; ++column)
        setColumnWidth(column, widths.at(column));
    m_fitting = false;
    m_userSized = false;
    // New widths move the columns under a scrolled view; the current cell stays in sight.
    if (horizontalScrollBar()->value() > 0 && currentIndex().isValid())
        scrollTo(currentIndex());
}

void ChartTableView::alignClientColumns(QList<int> &widths) const
{
    // Scrolled to the end, the clients beside the pinned ideal fill the room there exactly, so
    // the column at the left edge starts at it rather than being cut. The clients are widened
    // to fit one fewer there, or narrowed (never below their longest word) to fit one more,
    // whichever changes them less.
    const int clients = int(widths.size()) - 1;
    const int room = viewport()->width() - widths.last();
    if (clients < 1 || room <= 0)
        return;
    int fitting = 0; // how many of the last clients fit beside the ideal as wanted
    int sum = 0;
    while (fitting < clients && sum + widths.at(clients - 1 - fitting) <= room)
        sum += widths.at(clients - 1 - fitting++);
    const auto scaleFor = [&](int count) {
        int total = 0;
        for (int column = clients - count; column < clients; ++column)
            total += widths.at(column);
        return qreal(room) / total;
    };
    qreal scale = fitting > 0 ? scaleFor(fitting) : 0;
    if (fitting < clients) {
        const qreal narrower = scaleFor(fitting + 1);
        bool readable = true;
        for (int column = 0; column < clients; ++column)
            readable = readable && qFloor(widths.at(column) * narrower) >= m_least.value(column);
        if (readable && (scale == 0 || 1 - narrower < scale - 1)) {
            scale = narrower;
            ++fitting;
        }
    }
    if (fitting == 0)
        return;
    for (int column = 0; column < clients; ++column)
        widths[column] = qFloor(widths.at(column) * scale);
    // What rounding left over goes to the last client.
    int used = 0;
    for (int column = clients - fitting; column < clients - 1; ++column)
        used += widths.at(column);
    widths[clients - 1] = room - used;
}

QModelIndexList ChartTableView::selectedCells() const
{
    QModelIndexList cells;
    const QModelIndexList chosen = selectionModel()->selectedIndexes();
    for (const QModelIndex &index : chosen)
        cells << m_viewModel->mapToSource(index);
    if (cells.isEmpty() && currentIndex().isValid())
        cells << m_viewModel->mapToSource(currentIndex());
    return cells;
}

void ChartTableView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                             : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::AnyKeyPressed);
}

void ChartTableView::copy()
{
    const QModelIndexList cells = selectedCells();
    if (cells.isEmpty())
        return;
    QApplication::clipboard()->setText(m_chartModel->copyAsTsv(cells));
    Q_EMIT statusMessage(cells.size() == 1 ? tr("Copied 1 cell")
                                           : tr("Copied %n cells", nullptr, int(cells.size())));
}

void ChartTableView::cut()
{
    copy();
    clearCells();
}

void ChartTableView::paste()
{
    if (m_readOnly)
        return;
    const QModelIndexList cells = selectedCells();
    if (cells.isEmpty())
        return;
    int top = cells.front().row();
    int left = cells.front().column();
    for (const QModelIndex &cell : cells) {
        top = qMin(top, cell.row());
        left = qMin(left, cell.column());
    }
    const QModelIndex topLeft = m_chartModel->index(top, left);
    const QString text = QApplication::clipboard()->text();
    const QList<QStringList> block = parseTsv(text);
    const Status pasted = m_chartModel->pasteTsv(topLeft, text, cells);
    report(pasted, m_viewModel->mapFromSource(topLeft), tr("Pasted"));
    if (!pasted || block.isEmpty() || (block.size() == 1 && block.front().size() == 1))
        return;
    // The pasted block stays selected, as in a spreadsheet.
    const QModelIndex last =
        m_viewModel->index(top + int(block.size()) - 1, left + int(block.front().size()) - 1);
    selectionModel()->select(QItemSelection(m_viewModel->index(top, left), last),
                             QItemSelectionModel::ClearAndSelect);
    //: Rows × columns.
    Q_EMIT statusMessage(
        tr("Pasted %1 \u00d7 %2 cells").arg(block.size()).arg(block.front().size()));
}

void ChartTableView::clearCells()
{
    if (m_readOnly)
        return;
    const QModelIndexList cells = selectedCells();
    if (!cells.isEmpty())
        report(m_chartModel->clear(cells), currentIndex(), tr("Cleared"));
}

void ChartTableView::fillDown()
{
    if (!m_readOnly)
        report(m_chartModel->fillDown(selectedCells()), currentIndex(), tr("Filled down"));
}

void ChartTableView::fillRight()
{
    if (!m_readOnly)
        report(m_chartModel->fillRight(selectedCells()), currentIndex(), tr("Filled right"));
}

void ChartTableView::report(const Status &status, const QModelIndex &at, const QString &done)
{
    if (!status)
        showMessage(at, status.errorMessage());
    else {
        m_bubble->dismiss();
        Q_EMIT statusMessage(done);
    }
}

void ChartTableView::showMessage(const QModelIndex &index, const QString &message)
{
    m_bubbleIndex = index;
    if (index.isValid()) {
        scrollTo(index);
        m_bubble->showAt(cellRect(index), message);
    }
    Q_EMIT statusMessage(message);
}

void ChartTableView::onInputRefused(const QModelIndex &index, const QString &text,
                                    const QString &message, bool editorOpen)
{
    showMessage(index, message);
    if (editorOpen)
        return; // refused on Enter or Tab
    // Refused as the editor closed (an arrow key, a click on another cell): bring it back with
    // the text to correct, once the view has finished closing it.
    if (hasFocus() || (QApplication::focusWidget() && isAncestorOf(QApplication::focusWidget())))
        QTimer::singleShot(0, this, [this, index = QPersistentModelIndex(index), text] {
            reopenEditor(index, text);
        });
}

void ChartTableView::reopenEditor(const QPersistentModelIndex &index, const QString &text)
{
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    edit(index);
    if (QWidget *editor = indexWidget(index))
        ChartDelegate::setEditorText(editor, text);
    if (index == m_bubbleIndex)
        m_bubble->showAt(cellRect(index), m_bubble->text());
}

void ChartTableView::moveTo(int row, int column)
{
    row = qBound(0, row, m_viewModel->rowCount() - 1);
    column = qBound(0, column, m_viewModel->columnCount() - 1);
    m_moving = true;
    setCurrentIndex(m_viewModel->index(row, column));
    m_moving = false;
}

void ChartTableView::moveBy(ChartDelegate::Move move)
{
    const QModelIndex at = currentIndex();
    if (!at.isValid())
        return;
    switch (move) {
    case ChartDelegate::Move::Down:
    case ChartDelegate::Move::Up: {
        const int column = m_tabAnchor >= 0 ? m_tabAnchor : at.column();
        m_tabAnchor = -1;
        moveTo(at.row() + (move == ChartDelegate::Move::Down ? 1 : -1), column);
        break;
    }
    case ChartDelegate::Move::Right:
    case ChartDelegate::Move::Left: {
        const int anchor = m_tabAnchor >= 0 ? m_tabAnchor : at.column();
        moveTo(at.row(), at.column() + (move == ChartDelegate::Move::Right ? 1 : -1));
        m_tabAnchor = anchor;
        break;
    }
    }
}

void ChartTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    if (!m_moving)
        m_tabAnchor = -1;
    if (current != m_bubbleIndex)
        m_bubble->dismiss();
}

int ChartTableView::sizeHintForRow(int row) const
{
    // Rows fit the cells in view (see the side header), and the Ideal column, pinned at the
    // right edge, is always in view.
    int height = QTableView::sizeHintForRow(row);
    const int columns = m_viewModel->columnCount();
    if (m_chartModel->clientHeader() == Qt::Horizontal && columns > 0) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        // A valid rectangle: the style wraps the text to its width only then.
        option.rect = QRect(0, 0, columnWidth(columns - 1), qMax(1, rowHeight(row)));
        height =
            qMax(height,
                 itemDelegate()->sizeHint(option, m_viewModel->index(row, columns - 1)).height());
    }
    return height;
}

void ChartTableView::scrollContentsBy(int dx, int dy)
{
    QTableView::scrollContentsBy(dx, dy);
    if (m_bubble->isVisible() && m_bubbleIndex.isValid())
        m_bubble->move(m_bubble->pos() + QPoint(dx, dy));
}

QRect ChartTableView::cellRect(const QModelIndex &index) const
{
    const QRect cell = visualRect(index);
    return QRect(viewport()->mapTo(this, cell.topLeft()), cell.size());
}

void ChartTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    // Widths follow the window until the consultant sets one by hand.
    if (!m_userSized && event->size().width() != event->oldSize().width())
        fitColumns();
    if (m_pinned)
        m_pinned->relayout();
}

void ChartTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    QTableView::scrollTo(index, hint);
    if (!index.isValid())
        return;
    if (m_pinned && !m_chartModel->isIdeal(m_viewModel->mapToSource(index)))
        keepClearOfPinnedIdeal(index);
    showWholeLeftColumn(index);
}

void ChartTableView::keepClearOfPinnedIdeal(const QModelIndex &index)
{
    // A client cell must not end up beneath the pinned ideal.
    m_pinned->relayout();
    const QRect cell = visualRect(index);
    const QRect cover = m_pinned->coveredRect();
    if (m_chartModel->clientHeader() == Qt::Horizontal) {
        const int overlap = cell.right() - cover.left() + 1;
        if (overlap > 0 && cell.left() < cover.right())
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + overlap);
    } else {
        const int overlap = cell.bottom() - cover.top() + 1;
        if (overlap > 0 && cell.top() < cover.bottom())
            verticalScrollBar()->setValue(verticalScrollBar()->value() + overlap);
    }
}

void ChartTableView::showFromTopLeft()
{
    horizontalScrollBar()->setValue(0);
    verticalScrollBar()->setValue(0);
    if (!currentIndex().isValid())
        return;
    scrollTo(currentIndex());
}

void ChartTableView::showWholeLeftColumn(const QModelIndex &index)
{
    // Scrolled right to reach a cell, the column at the left edge would be cut mid-word: it
    // goes out of view entirely.
    const int column = columnAt(0);
    const int hidden = column < 0 ? 0 : -columnViewportPosition(column);
    if (hidden <= 0 || column == index.column())
        return;
    QScrollBar *bar = horizontalScrollBar();
    bar->setValue(qMin(bar->maximum(), bar->value() + columnWidth(column) - hidden));
}

void ChartTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        paste();
        return;
    }
    if (event->matches(QKeySequence::Cut)) {
        cut();
        return;
    }
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    if (state() != QAbstractItemView::EditingState) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            moveBy(shift ? ChartDelegate::Move::Up : ChartDelegate::Move::Down);
            return;
        case Qt::Key_Escape: m_bubble->dismiss(); return;
        default: break;
        }
        // Typing into the derived column explains itself instead of doing nothing.
        const QModelIndex at = currentIndex();
        if (!m_readOnly && at.isValid() && m_chartModel->isIdeal(m_viewModel->mapToSource(at))
            && !event->text().trimmed().isEmpty() && !(event->modifiers() & Qt::ControlModifier)) {
            showMessage(at, tr("The ideal is derived from the reference clients; "
                               "type into a client's cell instead."));
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace clientele
