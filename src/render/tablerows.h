#pragma once

#include <QBrush>
#include <QList>
#include <QObject>
#include <QString>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <QTextOption>

#include <memory>
#include <unordered_map>
#include <vector>

class QPaintDevice;
class QTextBlock;
class QTextDocument;
class QTextTable;

namespace clientele {

// One cell of a typeset row: its paragraph's text and character formats, and the cell's box.
// Lengths are CSS pixels (1/96 inch); shares are of the table's width.
struct RowCell {
    QString text;
    QList<QTextLayout::FormatRange> formats;
    QTextOption option;
    qreal lineHeightPercent = 100;
    qreal left = 0;
    qreal width = 0;
    qreal paddingLeft = 0;
    qreal paddingTop = 0;
    qreal paddingRight = 0;
    qreal paddingBottom = 0;
    QBrush background;
    qreal bottomBorder = 0;
    QBrush bottomBorderBrush;
};

struct TableRow {
    QList<RowCell> cells;
    qreal tableWidth = 1.0; // share of the text width
};

// Simple tables (one paragraph of text per cell) taken out of a document and put back as one
// block per row, each holding a single object that TableRowPainter sizes and paints. Qt never
// splits a line across pages, so a row never splits; and a row is a plain block, so a long table
// lays out and draws as fast as plain paragraphs.
class TableRows {
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;

    // Replaces every simple table at the top level of the document; others stay as they are.
    void takeTables(QTextDocument *document);

    const TableRow &row(int id) const { return m_rows.at(id); }

    static bool isRow(const QTextBlock &block);
    static bool isHeadRow(const QTextBlock &block);
    static int tableOf(const QTextBlock &block);
    // The row an object's format stands for.
    static int rowOf(const QTextFormat &objectFormat);

    // The document's text with each row's cells separated by tabs.
    QString plainText(const QTextDocument *document) const;

private:
    bool takeTable(QTextDocument *document, QTextTable *table);

    QList<TableRow> m_rows;
    int m_tables = 0;
};

// Sizes and paints the rows of one layout, on its paint device, keeping each row's laid-out
// lines between sizing and painting.
class TableRowPainter : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    TableRowPainter(const TableRows &rows, const QPaintDevice *device, const QColor &text);
    ~TableRowPainter() override;

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    struct LaidOutRow {
        std::vector<std::unique_ptr<QTextLayout>> cells;
        qreal width = 0;
        qreal height = 0;
    };
    const LaidOutRow &laidOut(int id, qreal width, const QFont &font);

    const TableRows &m_rows;
    const QPaintDevice *m_device;
    QColor m_text;
    qreal m_scale;
    std::unordered_map<int, LaidOutRow> m_laidOut;
};

} // namespace clientele
