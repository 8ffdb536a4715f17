#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QHeaderView;
class QTreeView;

namespace clientele {

// Hides the optional columns a view has no room for, so it never scrolls sideways: while the
// columns shown need more than `room` pixels (column `c` needs `needed(c)`, asked of hidden
// columns too), the optional columns are hidden, the first given first; as the room grows they
// are shown again, the last given first. Serves lists (SheddingColumns) and tables
// (TextColumns) alike.
void shedColumns(QHeaderView *header, int room, const std::function<int(int)> &needed,
                 const QList<int> &optional);

// Keeps a list's columns within its width: every column at its content's width and the
// stretching column at `wanted` pixels (or its content, when narrower), shedding the optional
// columns (shedColumns()) when the list is too narrow for all of them.
class SheddingColumns : public QObject {
public:
    SheddingColumns(QTreeView *view, int stretching, int wanted, QList<int> optional);

    // The viewport width at which every column shows, the stretching one at its content's width.
    int wholeWidth() const;

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();
    int needed(int column) const;

    QTreeView *m_view;
    int m_stretching;
    int m_wanted;
    QList<int> m_optional;
};

} // namespace clientele
