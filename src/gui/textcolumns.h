#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace clientele {

// Shares a table's width among its text columns: the figure columns keep their widths, each
// text column gets at least its minimum, the spare width goes to the text columns in the order
// given, each up to its widest text (but no more than its cap), and the last column, whatever
// its content, takes the rest. A column the user resizes keeps the width given.
class TextColumns : public QObject {
public:
    struct Column {
        int index;
        int minimum;
        int cap;
    };

    TextColumns(QTableView *table, QList<Column> readFirst, Column last);

    bool eventFilter(QObject *watched, QEvent *event) override;

    // The room a text needs in a cell, beside its characters.
    static int padding(const QTableView *table);

private:
    void fit();
    int widestText(int column) const;

    QTableView *m_table;
    QList<Column> m_readFirst;
    Column m_last;
    QList<int> m_resizedByUser;
    bool m_fitting = false;
};

} // namespace clientele
