#pragma once

#include "clientele/gui/sectionpage.h"

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;

namespace clientele {

class ProfileEditor;
class ProfileListModel;
class SectionListPanel;
class Workspace;

// The Profiles section: the searchable list of profiles on the left, the selected profile's
// editor on the right, and the actions that add, duplicate and delete profiles.
class ProfilesPage : public SectionPage {
    Q_OBJECT
public:
    explicit ProfilesPage(Workspace *workspace, QWidget *parent = nullptr);
    ~ProfilesPage() override;

    qint64 currentProfileId() const;
    void selectProfile(qint64 id);
    int profileCount() const;

    int count() const override { return profileCount(); }
    QString menuTitle() const override { return QStringLiteral("&Profile"); }
    QList<QAction *> pageActions() const override;
    void setReadOnly(bool readOnly) override;
    std::optional<PagedDocument> document() const override;
    bool hasDocument() const override;
    QString documentFileName() const override;
    QString documentDescription() const override { return QStringLiteral("the profile"); }

    QLineEdit *searchField() const;
    QListView *listView() const { return m_list; }
    ProfileEditor *editor() const { return m_editor; }
    QAction *newProfileAction() const { return m_new; }
    QAction *duplicateProfileAction() const { return m_duplicate; }
    QAction *deleteProfileAction() const { return m_delete; }

public Q_SLOTS:
    void focusSearch() override;
    std::optional<HistoryItem> historyItem() const override;
    void newProfile();
    void duplicateProfile();
    void deleteProfile();

Q_SIGNALS:
    void currentProfileChanged(qint64 id);

private:
    QWidget *buildListPanel();
    void setFilter(const QString &text);
    void onCurrentChanged();
    void revealPending();
    void updateState();

    Workspace *m_workspace;
    ProfileListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QSplitter *m_splitter;
    QListView *m_list;
    SectionListPanel *m_panel;
    QStackedWidget *m_right;
    ProfileEditor *m_editor;
    QLabel *m_empty;
    QAction *m_new;
    QAction *m_duplicate;
    QAction *m_delete;
    // The profile an edit or undo just touched, shown once the step is complete.
    qint64 m_pendingReveal = 0;
    bool m_readOnly = false;
};

} // namespace clientele
