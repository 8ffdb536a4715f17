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
};

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
                QTextCursor cursor(previous);
                cursor.movePosition(QTextCursor::EndOfBlock);
                bool first = true;
                for (HeadRow head : heads.value(table)) {
                    // Room is left for the head at the foot of the page before; it goes on top.
                    if (std::exchange(first, false))
                        head.block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                    cursor.insertBlock(head.block, QTextCharFormat());
                    cursor.insertText(QString(QChar::ObjectReplacementCharacter), head.object);
                }
                block = cursor.block();
            }
            continue;
        }
        if (TableRows::isHeadRow(block) && !tablesWithBody.contains(table)) {
            HeadRow head{block.blockFormat(), block.begin().fragment().charFormat()};
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
        }
    }
}

} // namespace clientele
