#include "pagebreaks.h"

#include "tablerows.h"

#include <QAbstractTextDocumentLayout>
#include <QHash>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

#include <utility>

namespace clientele {

namespace {

// Qt puts a line that did not fit at the next page's top, give or take rounding.
constexpr qreal kTolerance = 1.0;

int pageOf(qreal y, qreal pageHeight)
{
    return int((y + kTolerance) / pageHeight);
}

bool atPageTop(qreal y, qreal pageHeight)
{
    return y - pageOf(y, pageHeight) * pageHeight < kTolerance;
}

// Where a block's first line starts: a line that did not fit is moved to the next page while
// the block's own position stays where it began.
qreal firstLineTop(QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    const QTextLayout *lines = block.layout();
    return layout->blockBoundingRect(block).top()
           + (lines->lineCount() > 0 ? lines->lineAt(0).y() : 0.0);
}

bool keepsWithNext(const QTextBlock &block)
{
    return block.blockFormat().headingLevel() > 0 || TableRows::isHeadRow(block);
}

bool inRootFrame(const QTextBlock &block)
{
    return QTextCursor(block).currentFrame() == block.document()->rootFrame();
}

struct HeadRow {
    QTextBlockFormat block;
    QTextCharFormat object;
    qreal height = 0;
};

qreal lineHeight(const QTextBlock &block)
{
    const QTextLayout *lines = block.layout();
    return lines->lineCount() > 0 ? lines->lineAt(0).height() : 0.0;
}

// The body rows of a table, from one that opens a page, that will each open a page once head
// rows this tall start every page: rows are single lines, so where they fall can be worked out
// without laying the document out again. Stops at a row too close to the page's foot to call.
QList<QTextBlock> rowsOpeningPages(QTextBlock row, qreal headHeight, qreal pageHeight)
{
    const int table = TableRows::tableOf(row);
    qreal pageBottom =
        (pageOf(firstLineTop(row.document()->documentLayout(), row), pageHeight) + 1) * pageHeight;
    qreal y = pageBottom - pageHeight + headHeight;
    QList<QTextBlock> openers{row};
    for (QTextBlock block = row; TableRows::isRow(block) && !TableRows::isHeadRow(block)
                                 && TableRows::tableOf(block) == table;
         block = block.next()) {
        const qreal height = lineHeight(block);
        if (qAbs(y + height - pageBottom) < kTolerance)
            break;
        if (y + height > pageBottom && block != row) {
            openers.append(block);
            pageBottom += pageHeight;
            y = pageBottom - pageHeight + headHeight;
        }
        y += height;
    }
    return openers;
}

// Puts copies of the head rows before each of these rows, in one edit so the document is laid
// out again once.
void insertHeadRows(QTextDocument *document, const QList<QTextBlock> &rows,
                    const QList<HeadRow> &heads)
{
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (const QTextBlock &row : rows) {
        cursor.setPosition(row.position() - 1);
        bool first = true;
        for (HeadRow head : heads) {
            // The head goes to the top of the page even if it would fit at the foot before.
            if (std::exchange(first, false))
                head.block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.insertBlock(head.block, QTextCharFormat());
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), head.object);
        }
    }
    cursor.endEditBlock();
}

// A break or rows put in move everything after them: have it laid out again before the next
// block's place is read, so every decision is made on where things really fall.
void relayoutFrom(QTextDocument *document, const QTextBlock &block)
{
    document->markContentsDirty(block.position(), document->characterCount() - block.position());
}

} // namespace

void settlePageBreaks(QTextDocument *document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    QHash<int, QList<HeadRow>> heads;
    QSet<int> tablesWithBody;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!inRootFrame(block))
            continue;
        const int table = TableRows::tableOf(block);
        const qreal top = firstLineTop(layout, block);

        if (TableRows::isRow(block) && !TableRows::isHeadRow(block)) {
            tablesWithBody.insert(table);
            const QTextBlock previous = block.previous();
            const bool headAbove =
                TableRows::isHeadRow(previous) && TableRows::tableOf(previous) == table;
            if (!heads.value(table).isEmpty() && !headAbove && pageOf(top, pageHeight) > 0
                && atPageTop(top, pageHeight)) {
                // The table goes on over a page break: its head rows come first.
                const QList<HeadRow> &tableHeads = heads[table];
                qreal headHeight = 0;
                for (const HeadRow &head : tableHeads)
                    headHeight += head.height;
                const QTextBlock first = block.previous();
                insertHeadRows(document, rowsOpeningPages(block, headHeight, pageHeight),
                               tableHeads);
                relayoutFrom(document, first.next());
                block = block.previous();
            }
            continue;
        }
        if (TableRows::isHeadRow(block) && !tablesWithBody.contains(table)) {
            HeadRow head{block.blockFormat(), block.begin().fragment().charFormat(),
                         lineHeight(block)};
            head.block.setTopMargin(0);
            heads[table].append(head);
        }
        if (!keepsWithNext(block))
            continue;

        QTextBlock next = block.next();
        while (next.isValid() && keepsWithNext(next))
            next = next.next();
        if (!next.isValid())
            return;
        const QTextLayout *nextLayout = next.layout();
        const qreal firstLineBottom =
            layout->blockBoundingRect(next).top()
            + (nextLayout->lineCount() > 0 ? nextLayout->lineAt(0).rect().bottom() : 0.0);
        const bool breaksAlready =
            block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        if (!breaksAlready && !atPageTop(top, pageHeight)
            && pageOf(top, pageHeight) != pageOf(firstLineBottom, pageHeight)) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(format.pageBreakPolicy()
                                      | QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            relayoutFrom(document, block);
        }
    }
}

} // namespace clientele
