#include "tablerows.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <optional>

namespace clientele {

namespace {

constexpr int kTableProperty = QTextFormat::UserProperty + 1;
constexpr int kHeadProperty = QTextFormat::UserProperty + 2;
constexpr int kRowProperty = QTextFormat::UserProperty + 3;

// A cell longer than this may not fit on one page as an unsplittable row; its table stays a
// Qt table, which breaks cells between lines.
constexpr int kMaxCellCharacters = 1200;

// Each column's left edge and width as shares of the table: fixed and percentage widths as
// given, the rest shared equally by the columns without one.
QList<std::pair<qreal, qreal>> columnBoxes(const QTextTable *table, qreal tableWidthPx)
{
    const int columns = table->columns();
    QList<QTextLength> widths = table->format().columnWidthConstraints();
    widths.resize(columns);
    qreal taken = 0;
    int open = 0;
    for (const QTextLength &length : widths) {
        if (length.type() == QTextLength::PercentageLength)
            taken += length.rawValue() / 100.0;
        else if (length.type() == QTextLength::FixedLength && tableWidthPx > 0)
            taken += length.rawValue() / tableWidthPx;
        else
            ++open;
    }
    const qreal openShare = open > 0 ? qMax<qreal>(0, 1 - taken) / open : 0;
    QList<std::pair<qreal, qreal>> boxes;
    qreal left = 0;
    for (const QTextLength &length : widths) {
        qreal share = openShare;
        if (length.type() == QTextLength::PercentageLength)
            share = length.rawValue() / 100.0;
        else if (length.type() == QTextLength::FixedLength && tableWidthPx > 0)
            share = length.rawValue() / tableWidthPx;
        boxes.append({left, share});
        left += share;
    }
    return boxes;
}

qreal padding(const QTextTableCellFormat &cell, int property, qreal fallback)
{
    return cell.hasProperty(property) ? cell.doubleProperty(property) : fallback;
}

// The cell as a row cell, or nothing when it holds more than one paragraph (a nested table
// brings paragraphs of its own) or an image.
std::optional<RowCell> rowCell(const QTextTableCell &cell, const QTextTableCellFormat &format,
                               qreal tablePadding, const QTextOption &defaultOption)
{
    const QTextBlock block = cell.firstCursorPosition().block();
    if (block != cell.lastCursorPosition().block() || block.length() > kMaxCellCharacters)
        return std::nullopt;

    RowCell row;
    row.text = block.text();
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.charFormat().isImageFormat())
            return std::nullopt;
        row.formats.append(
            {fragment.position() - block.position(), fragment.length(), fragment.charFormat()});
    }
    const QTextBlockFormat blockFormat = block.blockFormat();
    row.option = defaultOption;
    row.option.setAlignment(blockFormat.alignment());
    if (blockFormat.nonBreakableLines())
        row.option.setWrapMode(QTextOption::NoWrap);
    if (blockFormat.lineHeightType() == QTextBlockFormat::ProportionalHeight)
        row.lineHeightPercent = qMax<qreal>(100, blockFormat.lineHeight());

    row.paddingLeft = padding(format, QTextFormat::TableCellLeftPadding, tablePadding);
    row.paddingTop = padding(format, QTextFormat::TableCellTopPadding, tablePadding);
    row.paddingRight = padding(format, QTextFormat::TableCellRightPadding, tablePadding);
    row.paddingBottom = padding(format, QTextFormat::TableCellBottomPadding, tablePadding);
    row.background = format.background();
    if (format.bottomBorderStyle() != QTextFrameFormat::BorderStyle_None) {
        row.bottomBorder = format.bottomBorder();
        row.bottomBorderBrush = format.bottomBorderBrush();
    }
    return row;
}

} // namespace

void TableRows::takeTables(QTextDocument *document)
{
    const bool undo = document->isUndoRedoEnabled();
    document->setUndoRedoEnabled(false);
    const QList<QTextFrame *> frames = document->rootFrame()->childFrames();
    for (QTextFrame *frame : frames)
        if (auto *table = qobject_cast<QTextTable *>(frame))
            takeTable(document, table);
    document->setUndoRedoEnabled(undo);
}

bool TableRows::takeTable(QTextDocument *document, QTextTable *table)
{
    const QTextTableFormat format = table->format();
    const QTextLength width = format.width();
    const qreal tableShare =
        width.type() == QTextLength::PercentageLength ? width.rawValue() / 100.0 : 1.0;
    const auto boxes = columnBoxes(table, document->pageSize().width() * tableShare);

    const QTextOption option = document->defaultTextOption();
    QList<TableRow> rows;
    rows.reserve(table->rows());
    for (int r = 0; r < table->rows(); ++r) {
        TableRow row;
        row.tableWidth = tableShare;
        for (int c = 0; c < table->columns();) {
            const QTextTableCell cell = table->cellAt(r, c);
            const QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            if (cellFormat.tableCellRowSpan() > 1)
                return false;
            auto rowCell = clientele::rowCell(cell, cellFormat, format.cellPadding(), option);
            if (!rowCell)
                return false;
            const int span = qMax(1, cellFormat.tableCellColumnSpan());
            const int last = qMin(c + span, int(boxes.size())) - 1;
            rowCell->left = boxes.at(c).first;
            rowCell->width = boxes.at(last).first + boxes.at(last).second - rowCell->left;
            row.cells.append(std::move(*rowCell));
            c += span;
        }
        rows.append(std::move(row));
    }

    const int tableId = ++m_tables;
    const int headRows = format.headerRowCount();
    // The paragraph after the table: Qt keeps an empty one there, unless the table is followed
    // directly by one of the document's own (a heading, say).
    QTextCursor after(document);
    after.setPosition(table->lastPosition() + 1);
    const QTextBlock next = after.block();
    const bool nextHasText = next.length() > 1;
    const QTextBlockFormat nextFormat = next.blockFormat();
    const QTextCharFormat nextCharFormat = next.charFormat();
    // The rows go in after the paragraph before the table, which ends where the table begins;
    // removing every row then removes the table and the empty paragraph Qt keeps after it.
    QTextCursor cursor(document);
    cursor.setPosition(table->firstPosition() - 1);
    for (int r = 0; r < rows.size(); ++r) {
        QTextBlockFormat blockFormat;
        blockFormat.setProperty(kTableProperty, tableId);
        blockFormat.setProperty(kHeadProperty, r < headRows);
        blockFormat.setTopMargin(r == 0 ? format.topMargin() : 0);
        blockFormat.setBottomMargin(r == rows.size() - 1 ? format.bottomMargin() : 0);
        blockFormat.setLineHeight(100, QTextBlockFormat::SingleHeight);
        QTextCharFormat object;
        object.setObjectType(kObjectType);
        object.setProperty(kRowProperty, int(m_rows.size()));
        m_rows.append(std::move(rows[r]));
        cursor.insertBlock(blockFormat, QTextCharFormat());
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }
    const int afterRows = cursor.position();
    table->removeRows(0, table->rows());
    if (nextHasText) {
        // Removing the table joined that paragraph to the last row; it gets its block back.
        cursor.setPosition(afterRows);
        cursor.insertBlock(nextFormat, nextCharFormat);
    }
    return true;
}

bool TableRows::isRow(const QTextBlock &block)
{
    return block.blockFormat().hasProperty(kTableProperty);
}

bool TableRows::isHeadRow(const QTextBlock &block)
{
    return block.blockFormat().boolProperty(kHeadProperty);
}

int TableRows::tableOf(const QTextBlock &block)
{
    return block.blockFormat().intProperty(kTableProperty);
}

int TableRows::rowOf(const QTextFormat &objectFormat)
{
    return objectFormat.intProperty(kRowProperty);
}

QString TableRows::plainText(const QTextDocument *document) const
{
    QStringList lines;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!isRow(block)) {
            lines << block.text();
            continue;
        }
        QStringList cells;
        for (const RowCell &cell : row(rowOf(block.begin().fragment().charFormat())).cells)
            cells << cell.text;
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace clientele
