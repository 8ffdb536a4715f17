#include "clientele/gui/sectionlistpanel.h"

#include "clientele/gui/icons.h"
#include "clientele/gui/searchfield.h"

#include <QAbstractItemView>
#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace clientele {

SectionListPanel::SectionListPanel(const QString &searchText, QAbstractItemView *view,
                                   QSortFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_view(view)
    , m_proxy(proxy)
    , m_buttons(new QHBoxLayout)
{
    m_search->setPlaceholderText(searchText);
    enableClearButtonOnText(m_search);
    m_search->addAction(themedIcon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(searchText);
    auto *clear = new QAction(m_search);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, m_search, &QLineEdit::clear);
    m_search->addAction(clear);
    // The view was made before the field: Tab still goes from the search to the list.
    setTabOrder(m_search, m_view);

    m_buttons->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 4, 6);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(m_buttons);
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

QAction *SectionListPanel::newAction(const QString &icon, const QString &text,
                                     const QKeySequence &key, QObject *parent)
{
    auto *action = new QAction(themedIcon(icon), text, parent);
    action->setShortcut(key);
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    action->setToolTip(
        QStringLiteral("%1 (%2)").arg(plain, key.toString(QKeySequence::NativeText)));
    return action;
}

void SectionListPanel::setUpEmptyLabel(QLabel *label)
{
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    label->setPalette(muted);
}

} // namespace clientele
