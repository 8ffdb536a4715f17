#include "clientele/gui/offerspage.h"

#include "clientele/core/history.h"
#include "clientele/core/models/offerlistmodel.h"
#include "clientele/core/offercatalogue.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/ladderdiagram.h"
#include "clientele/gui/offereditor.h"
#include "clientele/gui/offerladderproxy.h"
#include "clientele/gui/sectionlistpanel.h"
#include "clientele/render/offercataloguedocument.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace clientele {

namespace {

const QString kSplitterKey = QStringLiteral("offersPage/splitter");

} // namespace

OffersPage::OffersPage(Workspace *workspace, QWidget *parent)
    : SectionPage(parent)
    , m_workspace(workspace)
    , m_store(workspace->offers())
    , m_model(new OfferListModel(m_store, this))
    , m_proxy(new OfferLadderProxy(m_store, this))
    , m_ladder(new LadderDiagram(m_store, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_list(new QTreeView(this))
    , m_panel(new SectionListPanel(QStringLiteral("Search offers"), m_list, m_proxy, this))
    , m_right(new QStackedWidget(this))
    , m_editor(new OfferEditor(workspace, this))
    , m_empty(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(0);

    m_new =
        SectionListPanel::makeAction(this, QStringLiteral("list-add"), QStringLiteral("&New Offer"),
                                     QKeySequence(Qt::CTRL | Qt::Key_N), &OffersPage::newOffer);
    m_duplicate = SectionListPanel::makeAction(
        this, QStringLiteral("edit-copy"), QStringLiteral("D&uplicate Offer"),
        QKeySequence(Qt::CTRL | Qt::Key_D), &OffersPage::duplicateOffer);
    m_delete = SectionListPanel::makeAction(
        this, QStringLiteral("edit-delete"), QStringLiteral("&Delete Offer"),
        QKeySequence(QKeySequence::Delete), &OffersPage::deleteOffer);
    m_moveUp = SectionListPanel::makeAction(
        this, QStringLiteral("go-up"), QStringLiteral("Move &Up the Ladder"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), &OffersPage::moveUp);
    m_moveDown = SectionListPanel::makeAction(
        this, QStringLiteral("go-down"), QStringLiteral("Move D&own the Ladder"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), &OffersPage::moveDown);
    // Del deletes an offer only from the list; in a text field it deletes text.
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_delete);
    for (QAction *action : {m_new, m_duplicate, m_moveUp, m_moveDown})
        addAction(action);

    SectionListPanel::setUpEmptyLabel(m_empty);
    m_right->addWidget(m_editor);
    m_right->addWidget(m_empty);

    m_splitter->addWidget(buildListPanel());
    m_splitter->addWidget(m_right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({330, 800});
    m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray());

    auto *ladderFrame = new QWidget(this);
    auto *ladderLayout = new QVBoxLayout(ladderFrame);
    ladderLayout->setContentsMargins(12, 8, 12, 4);
    auto *ladderTitle = new QLabel(QStringLiteral("Up-sell ladder"), ladderFrame);
    QFont titleFont = ladderTitle->font();
    titleFont.setWeight(QFont::DemiBold);
    ladderTitle->setFont(titleFont);
    ladderLayout->addWidget(ladderTitle);
    ladderLayout->addWidget(m_ladder);
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setForegroundRole(QPalette::Mid);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(ladderFrame);
    layout->addWidget(rule);
    layout->addWidget(m_splitter, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OffersPage::onCurrentChanged);
    connect(m_panel->searchField(), &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearch(text);
        updateState();
    });
    connect(m_ladder, &LadderDiagram::offerActivated, this, &OffersPage::selectOffer);
    // Whatever an edit, undo or redo touched is shown once the step is complete.
    const auto remember = [this](qint64 id) { m_pendingReveal.append(id); };
    connect(m_store, &OfferCatalogue::added, this, remember);
    connect(m_store, &OfferCatalogue::changed, this, remember);
    connect(m_store, &OfferCatalogue::changed, this, &OffersPage::updateState);
    connect(m_store, &OfferCatalogue::removed, this, &OffersPage::updateState);
    connect(workspace->undoStack(), &QUndoStack::indexChanged, this, &OffersPage::revealPending);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &OffersPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &OffersPage::updateState);

    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    updateState();
}

OffersPage::~OffersPage()
{
    QSettings().setValue(kSplitterKey, m_splitter->saveState());
}

QWidget *OffersPage::buildListPanel()
{
    m_list->setModel(m_proxy);
    m_list->setAccessibleName(QStringLiteral("Offers"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
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

    m_panel->setActions({m_new, m_duplicate, m_delete, m_moveUp, m_moveDown});
    m_panel->setMinimumWidth(240);
    return m_panel;
}

QList<QAction *> OffersPage::pageActions() const
{
    return {m_new, m_duplicate, m_delete, m_moveUp, m_moveDown};
}

int OffersPage::count() const
{
    return m_store->count();
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

QLineEdit *OffersPage::searchField() const
{
    return m_panel->searchField();
}

std::optional<HistoryItem> OffersPage::historyItem() const
{
    const auto offer = m_store->find(currentOfferId());
    if (!offer)
        return std::nullopt;
    return HistoryItem{History::kOffer, offer->id, offer->name};
}

qint64 OffersPage::currentOfferId() const
{
    return m_editor->offerId();
}

void OffersPage::selectOffer(qint64 id)
{
    m_panel->selectSource(m_model->indexOfId(id));
}

void OffersPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    updateState();
}

void OffersPage::focusSearch()
{
    m_panel->focusSearch();
}

void OffersPage::newOffer()
{
    Offer offer;
    offer.name = QStringLiteral("New offer");
    const auto id = m_store->add(offer);
    if (!id)
        return;
    selectOffer(*id);
    m_editor->focusName();
}

void OffersPage::duplicateOffer()
{
    const qint64 id = m_store->duplicate(currentOfferId());
    if (id == 0)
        return;
    selectOffer(id);
    m_editor->focusName();
}

void OffersPage::deleteOffer()
{
    // No question asked: Undo brings it back.
    if (const qint64 id = currentOfferId())
        m_store->remove(id);
}

void OffersPage::moveUp()
{
    m_store->moveOnLadder(currentOfferId(), -1);
}

void OffersPage::moveDown()
{
    m_store->moveOnLadder(currentOfferId(), +1);
}

void OffersPage::onCurrentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    const qint64 id = current.isValid() ? current.data(OfferListModel::IdRole).toLongLong() : 0;
    if (id == 0 && m_store->find(m_editor->offerId()))
        return;
    if (id != m_editor->offerId())
        m_editor->setOffer(id);
    m_ladder->setCurrentOffer(id);
    updateState();
}

void OffersPage::revealPending()
{
    const QList<qint64> touched = std::exchange(m_pendingReveal, {});
    // A move touches the neighbour too; the offer being edited stays in the editor.
    if (!touched.isEmpty() && !touched.contains(currentOfferId()) && m_store->find(touched.last()))
        selectOffer(touched.last());
    // A move re-sorts the list; keep the edited offer in sight.
    if (const QModelIndex row = m_list->currentIndex(); row.isValid())
        m_list->scrollTo(row);
}

void OffersPage::updateState()
{
    if (m_editor->offerId() != 0 && !m_store->find(m_editor->offerId()))
        onCurrentChanged();
    const auto offer = m_store->find(m_editor->offerId());
    const bool editing = offer.has_value();
    if (m_store->count() == 0)
        m_empty->setText(QStringLiteral("No offers yet \u2014 press Ctrl+N to add the first "
                                        "rung of your ladder, such as a free assessment"));
    else if (m_proxy->rowCount() == 0)
        m_empty->setText(QStringLiteral("No offer matches \u201c%1\u201d \u2014 press Esc in the "
                                        "search field to show all")
                             .arg(m_panel->searchField()->text().trimmed()));
    else
        m_empty->setText(QStringLiteral("Select an offer on the left, or press Ctrl+N to add one"));
    m_right->setCurrentWidget(editing ? static_cast<QWidget *>(m_editor) : m_empty);
    const QList<qint64> rungs = m_ladder->rungs();
    const int rung = editing ? int(rungs.indexOf(offer->id)) : -1;
    m_new->setEnabled(!m_readOnly);
    m_duplicate->setEnabled(editing && !m_readOnly);
    m_delete->setEnabled(editing && !m_readOnly);
    m_moveUp->setEnabled(!m_readOnly && rung > 0);
    m_moveDown->setEnabled(!m_readOnly && rung >= 0 && rung + 1 < rungs.size());
    const bool hadDocument = property("hadDocument").toBool();
    if (hadDocument != (m_store->count() > 0)) {
        setProperty("hadDocument", m_store->count() > 0);
        Q_EMIT documentChanged();
    }
    Q_EMIT countChanged(m_store->count());
}

} // namespace clientele
