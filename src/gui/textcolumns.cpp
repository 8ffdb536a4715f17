#include "textcolumns.h"
#include "sheddingcolumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace clientele {

TextColumns::TextColumns(QTableView *table, QList<Column> readFirst, Column last,
                         QList<int> optional)
    : QObject(table)
    , m_table(table)
    , m_readFirst(std::move(readFirst))
    , m_last(last)
    , m_optional(std::move(optional))
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (m_fitting || column == m_last.index)
            return;
        if (!m_resizedByUser.contains(column))
            m_resizedByUser.append(column);
        fit(); // the last column gives or takes the difference
    });
    table->viewport()->installEventFilter(this);
    QAbstractItemModel *model = table->model();
    connect(model, &QAbstractItemModel::modelReset, this, &TextColumns::fit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TextColumns::fit);
    connect(model, &QAbstractItemModel::dataChanged, this, &TextColumns::fit);
    fit();
}

bool TextColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

int TextColumns::padding(const QTableView *table)
{
    // The item's text margin and the delegate's own, each side.
    const int margin =
        table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    return 4 * margin;
}

int TextColumns::widestText(int column) const
{
    const QAbstractItemModel *model = m_table->model();
    const QFontMetrics metrics = m_table->fontMetrics();
    int widest = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        widest =
            qMax(widest, metrics.horizontalAdvance(model->index(row, column).data().toString()));
    return widest + padding(m_table);
}

void TextColumns::shed(const QHash<int, int> &textWidths)
{
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        if (!textWidths.contains(column) && column != m_last.index
            && !header->isSectionHidden(column))
            m_figureWidths.insert(column, header->sectionSize(column));
    const auto needed = [&](int column) {
        return column == m_last.index ? m_last.minimum
                                      : textWidths.value(column, m_figureWidths.value(column));
    };
    shedColumns(header, m_table->viewport()->width(), needed, m_optional);
}

void TextColumns::fit()
{
    if (m_fitting)
        return;
    m_fitting = true;
    QHeaderView *header = m_table->horizontalHeader();
    // Each text column's widest text, up to its cap; a width the user gave is kept.
    QHash<int, int> wanted;
    QHash<int, int> worthShedding;
    for (const Column &text : std::as_const(m_readFirst)) {
        if (m_resizedByUser.contains(text.index)) {
            wanted.insert(text.index, header->sectionSize(text.index));
            worthShedding.insert(text.index, header->sectionSize(text.index));
            continue;
        }
        const int widest = widestText(text.index);
        wanted.insert(text.index, qBound(text.minimum, widest, text.cap));
        worthShedding.insert(text.index, qBound(text.minimum, widest, text.worthShedding));
    }
    if (!m_optional.isEmpty())
        shed(worthShedding);
    int spare = m_table->viewport()->width() - m_last.minimum;
    for (int column = 0; column < header->count(); ++column)
        if (column != m_last.index && !header->isSectionHidden(column))
            spare -= header->sectionSize(column);
    // What the text columns already have is theirs to share again.
    for (const Column &text : std::as_const(m_readFirst))
        if (!m_resizedByUser.contains(text.index))
            spare += header->sectionSize(text.index) - text.minimum;
    for (const Column &text : std::as_const(m_readFirst)) {
        if (m_resizedByUser.contains(text.index))
            continue;
        const int given = text.minimum + qBound(0, wanted.value(text.index) - text.minimum, spare);
        spare -= given - text.minimum;
        header->resizeSection(text.index, given);
    }
    header->resizeSection(m_last.index, m_last.minimum + qMax(0, spare));
    m_fitting = false;
}

} // namespace clientele
