#pragma once

#include "clientele/gui/listeditorpage.h"

class QTreeView;

namespace clientele {

class LadderDiagram;
class OfferCatalogue;
class OfferEditor;
class OfferLadderProxy;
class OfferListModel;
class Workspace;

// The Offers section: the up-sell ladder drawn across the top, the searchable offers on the
// left in climbing order, and the selected offer's editor on the right, with actions that move
// an offer on the ladder. Prints the offer catalogue with the ladder.
class OffersPage : public ListEditorPage {
    Q_OBJECT
public:
    explicit OffersPage(Workspace *workspace, QWidget *parent = nullptr);

    QString menuTitle() const override { return tr("O&ffer"); }
    void setReadOnly(bool readOnly) override;
    std::optional<HistoryItem> historyItem() const override;
    // The catalogue prints whatever is selected, as long as there is an offer.
    bool hasDocument() const override;
    std::optional<PagedDocument> document() const override;
    QString documentFileName() const override { return tr("Offers.pdf"); }
    QString documentDescription() const override { return tr("the offer catalogue"); }

private:
    QWidget *buildLadderFrame();
    void moveUp();
    void moveDown();
    void keepCurrentInSight();

    bool exists(qint64 id) const override;
    QModelIndex sourceIndex(qint64 id) const override;
    qint64 shownItemId() const override;
    void showItem(qint64 id) override;
    void focusEditor() override;
    qint64 createItem() override;
    qint64 duplicateItem(qint64 id) override;
    void removeItem(qint64 id) override;
    QString itemName(qint64 id) const override;
    void search(const QString &text) override;
    void updateMoreActions(bool editing) override;

    Workspace *m_workspace;
    OfferCatalogue *m_store;
    OfferListModel *m_model;
    OfferLadderProxy *m_proxy;
    LadderDiagram *m_ladder;
    QTreeView *m_list;
    OfferEditor *m_editor;
    QAction *m_moveUp;
    QAction *m_moveDown;
};

} // namespace clientele
