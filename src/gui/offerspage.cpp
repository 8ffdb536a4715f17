#include "clientele/gui/offerspage.h"

#include "clientele/core/history.h"
#include "clientele/core/models/offerlistmodel.h"
#include "clientele/core/offercatalogue.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/ladderdiagram.h"
#include "clientele/gui/offereditor.h"
#include "clientele/render/offercataloguedocument.h"
#include "offerladderproxy.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace clientele {

static_assert(OfferListModel::IdRole == ListEditorPage::kIdRole);

OffersPage::OffersPage(Workspace *workspace, QWidget *parent)
    : ListEditorPage(
        {
            .search = tr("Search offers"),
            .list = tr("Offers"),
            .newIcon = QStringLiteral("list-add"),
            .newItem = tr("&New Offer"),
            .duplicateItem = tr("D&uplicate Offer"),
            .deleteItem = tr("&Delete Offer"),
            .deleted = tr("Deleted offer \u201c%1\u201d"),
            .noItems = tr("No offers yet \u2014 press Ctrl+N to add the first "
                          "rung of your ladder, such as a free assessment"),
            .noMatch = tr("No offer matches \u201c%1\u201d \u2014 press Esc in the "
                          "search field to show all"),
            .noneSelected = tr("Select an offer on the left, or press Ctrl+N to add one"),
        },
        parent)
    , m_workspace(workspace)
    , m_store(workspace->offers())
    , m_model(new OfferListModel(m_store, this))
    , m_proxy(new OfferLadderProxy(m_store, this))
    , m_ladder(new LadderDiagram(m_store, this))
    , m_list(new QTreeView(this))
    , m_editor(new OfferEditor(workspace, this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(0);

    m_moveUp = newAction(QStringLiteral("go-up"), tr("Move &Up the Ladder"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_moveDown = newAction(QStringLiteral("go-down"), tr("Move D&own the Ladder"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    m_moveUp->setObjectName(QStringLiteral("moveUpLadderAction"));
    m_moveDown->setObjectName(QStringLiteral("moveDownLadderAction"));
    connect(m_moveUp, &QAction::triggered, this, &OffersPage::moveUp);
    connect(m_moveDown, &QAction::triggered, this, &OffersPage::moveDown);

    m_list->setModel(m_proxy);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setColumnHidden(OfferListModel::Kind, true);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(false);
    header->setSectionResizeMode(OfferListModel::Name, QHeaderView::Stretch);
    header->setSectionResizeMode(OfferListModel::Ladder, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OfferListModel::Price, QHeaderView::ResizeToContents);
    header->moveSection(header->visualIndex(OfferListModel::Ladder), 0);
    // The order is the ladder's: clicking a header must not pretend otherwise.
    header->setSectionsClickable(false);

    build({.store = m_store,
           .model = m_model,
           .proxy = m_proxy,
           .list = m_list,
           .editor = m_editor,
           .moreActions = {m_moveUp, m_moveDown}},
          {.settingsKey = QStringLiteral("offersPage/userSplit"), .start = 330, .minimum = 240});
    addAbove(buildLadderFrame());
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setForegroundRole(QPalette::Mid);
    addAbove(rule);
    layout()->setSpacing(0);
    // The ladder stands above the list, and Tab reaches it first.
    setTabOrder(m_ladder, searchField());
    setTabOrder(searchField(), m_list);

    connect(m_ladder, &LadderDiagram::offerActivated, this, &OffersPage::selectItem);
    // A change can move an offer on the ladder, and with it what the move actions can do.
    connect(m_store, &OfferCatalogue::changed, this, &OffersPage::updateState);
    connect(workspace->undoStack(), &QUndoStack::indexChanged, this,
            &OffersPage::keepCurrentInSight);
}

QWidget *OffersPage::buildLadderFrame()
{
    auto *frame = new QWidget(this);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 8, 12, 4);
    auto *title = new QLabel(tr("Up-sell ladder"), frame);
    QFont titleFont = title->font();
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    layout->addWidget(title);
    layout->addWidget(m_ladder);
    return frame;
}

bool OffersPage::hasDocument() const
{
    return m_store->count() > 0;
}

std::optional<PagedDocument> OffersPage::document() const
{
    if (m_store->count() == 0)
        return std::nullopt;
    return OfferCatalogueDocument(m_workspace->settings(), m_workspace->profiles()->all())
        .document(m_store->all());
}

std::optional<HistoryItem> OffersPage::historyItem() const
{
    const auto offer = m_store->find(currentItemId());
    if (!offer)
        return std::nullopt;
    return HistoryItem{History::kOffer, offer->id, offer->name};
}

void OffersPage::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
    ListEditorPage::setReadOnly(readOnly);
}

void OffersPage::moveUp()
{
    m_store->moveOnLadder(currentItemId(), -1);
}

void OffersPage::moveDown()
{
    m_store->moveOnLadder(currentItemId(), +1);
}

void OffersPage::keepCurrentInSight()
{
    // A move re-sorts the list; keep the edited offer in sight.
    if (const QModelIndex row = m_list->currentIndex(); row.isValid())
        m_list->scrollTo(row);
}

bool OffersPage::exists(qint64 id) const
{
    return m_store->find(id).has_value();
}

QModelIndex OffersPage::sourceIndex(qint64 id) const
{
    return m_model->indexOfId(id);
}

qint64 OffersPage::shownItemId() const
{
    return m_editor->offerId();
}

void OffersPage::showItem(qint64 id)
{
    m_editor->setOffer(id);
    m_ladder->setCurrentOffer(id);
}

void OffersPage::focusEditor()
{
    m_editor->focusName();
}

qint64 OffersPage::createItem()
{
    Offer offer;
    offer.name = QStringLiteral("New offer");
    const auto id = m_store->add(offer);
    return id ? *id : 0;
}

qint64 OffersPage::duplicateItem(qint64 id)
{
    return m_store->duplicate(id);
}

void OffersPage::removeItem(qint64 id)
{
    m_store->remove(id);
}

QString OffersPage::itemName(qint64 id) const
{
    const auto offer = m_store->find(id);
    return offer && !offer->name.trimmed().isEmpty() ? offer->name : tr("Untitled");
}

void OffersPage::search(const QString &text)
{
    m_proxy->setSearch(text);
}

void OffersPage::updateMoreActions(bool editing)
{
    const QList<qint64> rungs = m_ladder->rungs();
    const int rung = editing ? int(rungs.indexOf(currentItemId())) : -1;
    m_moveUp->setEnabled(!isReadOnly() && rung > 0);
    m_moveDown->setEnabled(!isReadOnly() && rung >= 0 && rung + 1 < rungs.size());
}

} // namespace clientele
