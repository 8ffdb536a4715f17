#pragma once

#include <QList>
#include <QObject>

class QTreeView;

namespace clientele {

// Keeps a list's columns within its width, so it never scrolls sideways: when the list is too
// narrow for every column at its content's width and the stretching column at `wanted` pixels
// (or its content, when narrower), the optional columns are hidden, the first given first, and
// shown again, the last given first, as the list widens.
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
