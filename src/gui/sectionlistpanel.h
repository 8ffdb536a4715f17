#pragma once

#include <QList>
#include <QWidget>

class QAbstractItemView;
class QAction;
class QHBoxLayout;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;

namespace clientele {

// The left side of a list page: a search field over the list, the list itself, and a row of
// tool buttons for the page's actions under it. The page owns the view and the proxy and decides
// what the search matches; the panel only lays them out and keeps the behaviour every page shares.
class SectionListPanel : public QWidget {
    Q_OBJECT
public:
    // searchText is both the field's placeholder and its accessible name.
    SectionListPanel(const QString &searchText, QWidget *parent);

    QLineEdit *searchField() const { return m_search; }
    // Shows `view` under the search field; `proxy` is the model it shows.
    void setList(QAbstractItemView *view, QSortFilterProxyModel *proxy);
    // Puts a tool button for each action under the list, in order.
    void setActions(const QList<QAction *> &actions);
    // Makes the proxy row of the source index current, clearing a search that hides it.
    void selectSource(const QModelIndex &source);
    void focusSearch();
    // The panel's width at which its list's viewport is `viewportWidth` wide.
    int widthFor(int viewportWidth) const;

private:
    QLineEdit *m_search;
    QAbstractItemView *m_view = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QHBoxLayout *m_buttons;
};

} // namespace clientele
