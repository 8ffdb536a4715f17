#pragma once

#include "clientele/gui/sectionpage.h"

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace clientele {

class LadderDiagram;
class OfferEditor;
class OfferLadderProxy;
class OfferListModel;
class OfferCatalogue;
class SectionListPanel;
class Workspace;

// The Offers section: the up-sell ladder drawn across the top, the searchable offers on the
// left in climbing order, and the selected offer's editor on the right. Prints the offer
// catalogue with the ladder.
class OffersPage : public SectionPage {
    Q_OBJECT
public:
    explicit OffersPage(Workspace *workspace, QWidget *parent = nullptr);
    ~OffersPage() override;

    qint64 currentOfferId() const;
    void selectOffer(qint64 id);

    int count() const override;
    QString menuTitle() const override { return QStringLiteral("O&ffer"); }
    QList<QAction *> pageActions() const override;
    void setReadOnly(bool readOnly) override;
    std::optional<PagedDocument> document() const override;
    bool hasDocument() const override;
    QString documentFileName() const override { return QStringLiteral("Offers.pdf"); }
    QString documentDescription() const override { return QStringLiteral("the offer catalogue"); }

    QLineEdit *searchField() const;
    QTreeView *listView() const { return m_list; }
    OfferEditor *editor() const { return m_editor; }
    LadderDiagram *ladder() const { return m_ladder; }
    QAction *newOfferAction() const { return m_new; }
    QAction *duplicateOfferAction() const { return m_duplicate; }
    QAction *deleteOfferAction() const { return m_delete; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }

public Q_SLOTS:
    void focusSearch() override;
    std::optional<HistoryItem> historyItem() const override;
    void newOffer();
    void duplicateOffer();
    void deleteOffer();
    void moveUp();
    void moveDown();

private:
    QWidget *buildListPanel();
    void onCurrentChanged();
    void revealPending();
    void updateState();

    Workspace *m_workspace;
    OfferCatalogue *m_store;
    OfferListModel *m_model;
    OfferLadderProxy *m_proxy;
    LadderDiagram *m_ladder;
    QSplitter *m_splitter;
    QTreeView *m_list;
    SectionListPanel *m_panel;
    QStackedWidget *m_right;
    OfferEditor *m_editor;
    QLabel *m_empty;
    QAction *m_new;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_moveUp;
    QAction *m_moveDown;
    // The offers an edit, undo or redo just touched; one of them is shown once it is complete.
    QList<qint64> m_pendingReveal;
    bool m_readOnly = false;
};

} // namespace clientele
