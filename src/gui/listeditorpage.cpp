#include "clientele/gui/listeditorpage.h"

#include "clientele/core/itemstore.h"
#include "clientele/core/workspace.h"
#include "icons.h"
#include "sectionlistpanel.h"
#include "undonotice.h"

#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace clientele {

namespace {

// The muted, centred note shown instead of the editor when no item is in it.
void setUpEmptyNote(QLabel *label)
{
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
}

// Keeps `holder` as wide as the form in `scroll` needs, however the form's content changes,
// so the splitter narrows the list rather than cutting the form off.
class EditorRoom : public QObject {
public:
    EditorRoom(QScrollArea *scroll, QWidget *holder)
        : QObject(holder)
        , m_scroll(scroll)
        , m_holder(holder)
    {
        scroll->widget()->installEventFilter(this);
        fit();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            fit();
        return QObject::eventFilter(watched, event);
    }

private:
    void fit()
    {
        m_holder->setMinimumWidth(m_scroll->widget()->minimumSizeHint().width()
                                  + m_scroll->verticalScrollBar()->sizeHint().width()
                                  + 2 * m_scroll->frameWidth());
    }

    QScrollArea *m_scroll;
    QWidget *m_holder;
};

} // namespace

ListEditorPage::ListEditorPage(const Texts &texts, QWidget *parent)
    : SectionPage(parent)
    , m_texts(texts)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_panel(new SectionListPanel(texts.search, this))
    , m_right(new QStackedWidget(this))
    , m_empty(new QLabel(this))
{
    m_new = newAction(texts.newIcon, texts.newItem, QKeySequence(Qt::CTRL | Qt::Key_N));
    m_duplicate = newAction(QStringLiteral("edit-copy"), texts.duplicateItem,
                            QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete = newAction(QStringLiteral("edit-delete"), texts.deleteItem,
                         QKeySequence(QKeySequence::Delete));
    m_new->setObjectName(QStringLiteral("newItemAction"));
    m_duplicate->setObjectName(QStringLiteral("duplicateItemAction"));
    m_delete->setObjectName(QStringLiteral("deleteItemAction"));
    connect(m_new, &QAction::triggered, this, &ListEditorPage::newItem);
    connect(m_duplicate, &QAction::triggered, this, &ListEditorPage::duplicateCurrent);
    connect(m_delete, &QAction::triggered, this, &ListEditorPage::deleteCurrent);
    // Del deletes an item only from the list; in a text field it deletes text.
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_actions = {m_new, m_duplicate, m_delete};
    m_empty->setObjectName(QStringLiteral("emptyNote"));
    setUpEmptyNote(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter, 1);
}

ListEditorPage::~ListEditorPage()
{
    // Only a split the user chose is kept; otherwise the next run shares the width afresh.
    if (m_userSplit)
        QSettings().setValue(m_width.settingsKey, m_splitter->saveState());
}

void ListEditorPage::build(const Parts &parts, const ListWidth &width)
{
    m_model = parts.model;
    m_proxy = parts.proxy;
    m_list = parts.list;
    m_editor = parts.editor;
    m_width = width;
    m_actions += parts.moreActions;
    m_list->addAction(m_delete);
    // The rest reach their shortcuts from anywhere on the page.
    for (QAction *action : std::as_const(m_actions))
        if (action != m_delete)
            addAction(action);

    m_list->setObjectName(QStringLiteral("itemList"));
    m_list->setAccessibleName(m_texts.list);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_panel->setList(m_list, m_proxy);
    m_panel->setActions(m_actions);
    m_panel->setMinimumWidth(width.minimum);
    m_right->addWidget(m_editor);
    m_right->addWidget(m_empty);
    m_splitter->addWidget(m_panel);
    m_splitter->addWidget(m_right);
    m_splitter->setStretchFactor(1, 1);
    // The editor keeps room for its fields: when the window narrows, the list gives way
    // first, down to its own minimum.
    if (auto *scroll = m_editor->findChild<QScrollArea *>(); scroll && scroll->widget())
        new EditorRoom(scroll, m_right);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({width.start, 800});
    m_userSplit = m_splitter->restoreState(QSettings().value(width.settingsKey).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_userSplit = true; });

    m_store = parts.store;
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ListEditorPage::onCurrentChanged);
    connect(searchField(), &QLineEdit::textChanged, this, [this](const QString &text) {
        search(text);
        updateState();
    });
    // Whatever an edit, undo or redo touched is shown once the step is complete.
    const auto remember = [this](qint64 id) { m_touched.append(id); };
    connect(parts.store, &ItemStore::added, this, remember);
    connect(parts.store, &ItemStore::changed, this, remember);
    connect(parts.store, &ItemStore::removed, this, &ListEditorPage::updateState);
    connect(parts.store->workspace()->undoStack(), &QUndoStack::indexChanged, this,
            &ListEditorPage::revealTouched);
    // The count follows the items; the note follows what the search lets through.
    for (QAbstractItemModel *rows : {m_model, static_cast<QAbstractItemModel *>(m_proxy)}) {
        connect(rows, &QAbstractItemModel::rowsInserted, this, &ListEditorPage::updateState);
        connect(rows, &QAbstractItemModel::rowsRemoved, this, &ListEditorPage::updateState);
    }

    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    updateState();
}

void ListEditorPage::resizeEvent(QResizeEvent *event)
{
    SectionPage::resizeEvent(event);
    shareWidth();
}

void ListEditorPage::showEvent(QShowEvent *event)
{
    SectionPage::showEvent(event);
    // The list measures its rows once it is laid out on screen.
    QTimer::singleShot(0, this, &ListEditorPage::shareWidth);
}

void ListEditorPage::shareWidth()
{
    if (m_userSplit || !m_width.whole || !m_list)
        return;
    // Up to two fifths of the width, or what the editor leaves, so at 1024 pixels the list
    // keeps its start and the editor has the rest, while a wide window shows the list whole.
    const int room = m_splitter->width() - m_splitter->handleWidth();
    const int most = m_width.editor > 0 ? room - m_width.editor : room * 2 / 5;
    const int list = qMax(m_width.start, qMin(most, m_panel->widthFor(m_width.whole())));
    m_splitter->setSizes({list, room - list});
}

void ListEditorPage::addAbove(QWidget *widget)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(layout->indexOf(m_splitter), widget);
}

QAction *ListEditorPage::newAction(const QString &icon, const QString &text,
                                   const QKeySequence &key)
{
    auto *action = new QAction(themedIcon(icon), text, this);
    action->setShortcut(key);
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    action->setToolTip(
        QStringLiteral("%1 (%2)").arg(plain, key.toString(QKeySequence::NativeText)));
    return action;
}

QLineEdit *ListEditorPage::searchField() const
{
    return m_panel->searchField();
}

int ListEditorPage::count() const
{
    return m_model->rowCount();
}

void ListEditorPage::selectItem(qint64 id)
{
    m_panel->selectSource(sourceIndex(id));
}

void ListEditorPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateState();
}

void ListEditorPage::focusSearch()
{
    m_panel->focusSearch();
}

void ListEditorPage::newItem()
{
    const qint64 id = createItem();
    if (id == 0)
        return;
    selectItem(id);
    focusEditor();
}

void ListEditorPage::duplicateCurrent()
{
    const qint64 id = duplicateItem(currentItemId());
    if (id == 0)
        return;
    selectItem(id);
    focusEditor();
}

void ListEditorPage::deleteCurrent()
{
    // No question asked: Undo brings it back, and the status bar says so.
    const qint64 id = currentItemId();
    if (id == 0)
        return;
    const QString name = itemName(id);
    removeItem(id);
    auto *main = qobject_cast<QMainWindow *>(window());
    if (exists(id) || !main)
        return;
    UndoNotice::of(main)->offer(m_texts.deleted.arg(name), m_store->workspace()->undoStack());
}

void ListEditorPage::onCurrentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    const qint64 id = current.isValid() ? current.data(kIdRole).toLongLong() : 0;
    // An item that drops out of the search while being edited stays in the editor.
    if (id == 0 && exists(shownItemId()))
        return;
    if (id != shownItemId())
        showItem(id);
    updateState();
}

void ListEditorPage::revealTouched()
{
    const QList<qint64> touched = std::exchange(m_touched, {});
    // A step can touch several items (a move on the ladder, the neighbour too); the item being
    // edited then stays in the editor.
    if (!touched.isEmpty() && !touched.contains(currentItemId()) && exists(touched.last()))
        selectItem(touched.last());
}

QString ListEditorPage::noteText() const
{
    if (count() == 0)
        return m_texts.noItems;
    if (m_proxy->rowCount() == 0)
        return m_texts.noMatch.arg(searchField()->text().trimmed());
    return m_texts.noneSelected;
}

void ListEditorPage::updateState()
{
    if (shownItemId() != 0 && !exists(shownItemId()))
        onCurrentChanged();
    const bool editing = exists(shownItemId());
    m_empty->setText(noteText());
    m_right->setCurrentWidget(editing ? m_editor : m_empty);
    m_new->setEnabled(!m_readOnly);
    m_duplicate->setEnabled(editing && !m_readOnly);
    m_delete->setEnabled(editing && !m_readOnly);
    updateMoreActions(editing);
    if (const bool has = hasDocument(); has != m_hadDocument) {
        m_hadDocument = has;
        Q_EMIT documentChanged();
    }
    Q_EMIT countChanged(count());
}

} // namespace clientele
