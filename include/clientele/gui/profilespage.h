#pragma once

#include "clientele/gui/listeditorpage.h"

#include <QPointer>

class QListView;
class QSortFilterProxyModel;

namespace clientele {

class ProfileEditor;
class ProfileListModel;
class ReviewRoundsDialog;
class Workspace;

// The Profiles section: the searchable list of profiles on the left, the selected profile's
// editor on the right, and the actions that add, duplicate and delete profiles. A profile is
// renamed in the list too, and prints as the profile sheet. Review Rounds… opens the business
// owner's review of the profiles, the chart and the offers.
class ProfilesPage : public ListEditorPage {
    Q_OBJECT
public:
    explicit ProfilesPage(Workspace *workspace, QWidget *parent = nullptr);

    QString menuTitle() const override { return tr("&Profile"); }
    void setReadOnly(bool readOnly) override;
    std::optional<HistoryItem> historyItem() const override;
    std::optional<PagedDocument> document() const override;
    QString documentFileName() const override;
    QString documentDescription() const override { return tr("the profile"); }

    QAction *reviewRoundsAction() const { return m_reviewRounds; }
    // Profile ▸ Review Rounds…: the dialog, opened (or raised) now.
    ReviewRoundsDialog *openReviewRounds();

private:
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

    Workspace *m_workspace;
    ProfileListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QListView *m_list;
    ProfileEditor *m_editor;
    QAction *m_reviewRounds;
    QPointer<ReviewRoundsDialog> m_reviewDialog;
};

} // namespace clientele
