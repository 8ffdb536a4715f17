#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QTableView;

namespace clientele {

// Shares a table's width among its text columns: the figure columns keep their widths, each
// text column gets at least its minimum, the spare width goes to the text columns in the order
// given, each up to its widest text (but no more than its cap), and the last column, whatever
// its content, takes the rest. A column the user resizes keeps the width given. The table never
// scrolls sideways: when the text columns would not have their widest text (up to what is worth
// shedding for) and the last its minimum, the optional figure columns are hidden
// (shedColumns()), the first given first, so the width they free goes to the text.
class TextColumns : public QObject {
public:
    struct Column {
        int index;
        int minimum;
        int cap;
        // Up to this width, the column's text is worth hiding optional columns for.
        int worthShedding = 0;
    };

    TextColumns(QTableView *table, QList<Column> readFirst, Column last, QList<int> optional = {});

    bool eventFilter(QObject *watched, QEvent *event) override;

    // The room a text needs in a cell, beside its characters.
    static int padding(const QTableView *table);

private:
    void fit();
    // Hides the optional columns the text columns, at `textWidths`, leave no room for.
    void shed(const QHash<int, int> &textWidths);
    int widestText(int column) const;

    QTableView *m_table;
    QList<Column> m_readFirst;
    Column m_last;
    QList<int> m_optional;
    // Each figure column's width when last shown: what it needs to come back.
    QHash<int, int> m_figureWidths;
    QList<int> m_resizedByUser;
    bool m_fitting = false;
};

} // namespace clientele
