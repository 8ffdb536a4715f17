#pragma once

#include <QTableView>

namespace clientele {

class ChartTableView;

// Keeps the derived ideal in sight: a view of just the ideal column (or row, when clients are
// rows) laid over the grid's trailing edge, sharing its model, selection and row heights.
// When every client fits, it sits exactly over the grid's own ideal column; when they do not,
// the clients scroll beneath it, as a spreadsheet's frozen column does.
class ChartPinnedIdeal : public QTableView {
    Q_OBJECT
public:
    explicit ChartPinnedIdeal(ChartTableView *grid);

    // Where the grid may show cells without them being covered, in viewport coordinates.
    QRect coveredRect() const;

public Q_SLOTS:
    void relayout();

private:
    void syncSections();

    ChartTableView *m_grid;
};

} // namespace clientele
