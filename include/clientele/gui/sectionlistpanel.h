#pragma once

#include <QKeySequence>
#include <QList>
#include <QWidget>

class QAbstractItemView;
class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;

namespace clientele {

// The left side of a list-and-editor section page: a search field over the list, the list
// itself, and a row of tool buttons for the page's actions under it. The page owns the view and
// the proxy and decides what the search matches; the panel only lays them out and keeps the
// behaviour every page shares.
class SectionListPanel : public QWidget {
    Q_OBJECT
public:
    // searchText is both the field's placeholder and its accessible name.
    SectionListPanel(const QString &searchText, QAbstractItemView *view,
                     QSortFilterProxyModel *proxy, QWidget *parent);

    QLineEdit *searchField() const { return m_search; }
    // Puts a tool button for each action under the list, in order.
    void setActions(const QList<QAction *> &actions);
    // Makes the proxy row of the source index current, clearing a search that hides it.
    void selectSource(const QModelIndex &source);
    void focusSearch();

    // An action with an icon, text, shortcut and a tooltip naming the shortcut, calling slot.
    template <typename Page>
    static QAction *makeAction(Page *page, const QString &icon, const QString &text,
                               const QKeySequence &key, void (Page::*slot)())
    {
        QAction *action = newAction(icon, text, key, page);
        connect(action, &QAction::triggered, page, slot);
        return action;
    }
    static QAction *newAction(const QString &icon, const QString &text, const QKeySequence &key,
                              QObject *parent);
    // The muted, centred note a page shows instead of the editor when nothing is selected.
    static void setUpEmptyLabel(QLabel *label);

private:
    QLineEdit *m_search;
    QAbstractItemView *m_view;
    QSortFilterProxyModel *m_proxy;
    QHBoxLayout *m_buttons;
};

} // namespace clientele
