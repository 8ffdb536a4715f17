#include "sectionlistpanel.h"

#include "icons.h"
#include "searchfield.h"

#include <QAbstractItemView>
#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace clientele {

SectionListPanel::SectionListPanel(const QString &searchText, QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_buttons(new QHBoxLayout)
{
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(searchText);
    enableClearButtonOnText(m_search);
    m_search->addAction(themedIcon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(searchText);
    auto *clear = new QAction(m_search);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, m_search, &QLineEdit::clear);
    m_search->addAction(clear);

    m_buttons->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 4, 6);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addLayout(m_buttons);
}

void SectionListPanel::setList(QAbstractItemView *view, QSortFilterProxyModel *proxy)
{
    m_view = view;
    m_proxy = proxy;
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, m_view, 1);
    // Tab goes from the search to the list, whichever was made first.
    setTabOrder(m_search, m_view);
}

void SectionListPanel::setActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        // The actions have shortcuts; the buttons need not take focus from the list.
        button->setFocusPolicy(Qt::NoFocus);
        m_buttons->addWidget(button);
    }
    m_buttons->addStretch();
}

void SectionListPanel::selectSource(const QModelIndex &source)
{
    QModelIndex row = m_proxy->mapFromSource(source);
    if (!row.isValid() && source.isValid()) {
        // Hidden by the search: show everything rather than edit out of sight.
        m_search->clear();
        row = m_proxy->mapFromSource(source);
    }
    if (row.isValid())
        m_view->setCurrentIndex(row);
}

void SectionListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

int SectionListPanel::widthFor(int viewportWidth) const
{
    const QMargins margins = layout()->contentsMargins();
    int width = viewportWidth + margins.left() + margins.right();
    if (m_view) {
        width += 2 * m_view->frameWidth();
        if (m_view->verticalScrollBar()->isVisibleTo(m_view))
            width += m_view->verticalScrollBar()->sizeHint().width();
    }
    return width;
}

} // namespace clientele
