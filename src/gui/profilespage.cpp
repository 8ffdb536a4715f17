#include "clientele/gui/profilespage.h"

#include "clientele/core/history.h"
#include "clientele/core/models/profilelistmodel.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/editactions.h"
#include "clientele/gui/mainwindow.h"
#include "clientele/gui/profileeditor.h"
#include "clientele/gui/reviewroundsdialog.h"
#include "clientele/render/profileprintout.h"
#include "profilelistdelegate.h"
#include "safefilename.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace clientele {

static_assert(ProfileListModel::IdRole == ListEditorPage::kIdRole);

ProfilesPage::ProfilesPage(Workspace *workspace, QWidget *parent)
    : ListEditorPage(
        {
            .search = tr("Search profiles"),
            .list = tr("Profiles"),
            .newIcon = QStringLiteral("profile-new"),
            .newItem = tr("&New Profile"),
            .duplicateItem = tr("D&uplicate Profile"),
            .deleteItem = tr("&Delete Profile"),
            .deleted = tr("Deleted profile \u201c%1\u201d"),
            .noItems = tr("No profiles yet \u2014 press Ctrl+N to add one"),
            .noMatch = tr("No profile matches \u201c%1\u201d \u2014 press Esc in "
                          "the search field to show all"),
            .noneSelected = tr("Select a profile on the left, or press Ctrl+N to add one"),
        },
        parent)
    , m_workspace(workspace)
    , m_model(new ProfileListModel(workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_list(new QListView(this))
    , m_editor(new ProfileEditor(workspace, this))
    , m_reviewRounds(newAction(QStringLiteral("review-rounds"), tr("&Review Rounds\u2026"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)))
{
    m_reviewRounds->setObjectName(QStringLiteral("reviewRoundsAction"));
    connect(m_reviewRounds, &QAction::triggered, this, &ProfilesPage::openReviewRounds);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ProfileListModel::SearchTextRole);
    m_proxy->setDynamicSortFilter(true);

    m_list->setModel(m_proxy);
    // A profile is renamed in place with the platform's edit key (F2).
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new ProfileListDelegate(m_list));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    emptyNote()->setContentsMargins(24, 24, 24, 24);

    build({.store = workspace->profiles(),
           .model = m_model,
           .proxy = m_proxy,
           .list = m_list,
           .editor = m_editor,
           .moreActions = {m_reviewRounds}},
          {.settingsKey = QStringLiteral("profilesPage/userSplit"), .start = 270, .minimum = 200});

    // Return in the search goes on to the matching profiles.
    connect(searchField(), &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_list->setFocus();
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_proxy->index(0, 0));
        }
    });
}

ReviewRoundsDialog *ProfilesPage::openReviewRounds()
{
    if (!m_reviewDialog) {
        ReviewRoundsDialog::Tools tools;
        if (auto *main = qobject_cast<MainWindow *>(window())) {
            tools.print = main->printActions();
            tools.undoRedo = {main->editActions()->undoAction(), main->editActions()->redoAction()};
        }
        m_reviewDialog = new ReviewRoundsDialog(m_workspace, tools, this);
        m_reviewDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_reviewDialog->show();
    m_reviewDialog->raise();
    m_reviewDialog->activateWindow();
    return m_reviewDialog;
}

std::optional<PagedDocument> ProfilesPage::document() const
{
    const auto profile = m_workspace->profiles()->find(currentItemId());
    if (!profile)
        return std::nullopt;
    return ProfilePrintout(m_workspace->settings()).document(*profile);
}

QString ProfilesPage::documentFileName() const
{
    const auto profile = m_workspace->profiles()->find(currentItemId());
    return safeFileName(profile ? profile->name : QString(), QStringLiteral("Profile"));
}

std::optional<HistoryItem> ProfilesPage::historyItem() const
{
    const auto profile = m_workspace->profiles()->find(currentItemId());
    if (!profile)
        return std::nullopt;
    return HistoryItem{History::kProfile, profile->id, profile->name};
}

void ProfilesPage::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
    m_list->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::EditKeyPressed);
    ListEditorPage::setReadOnly(readOnly);
}

bool ProfilesPage::exists(qint64 id) const
{
    return m_workspace->profiles()->find(id).has_value();
}

QModelIndex ProfilesPage::sourceIndex(qint64 id) const
{
    return m_model->indexOfId(id);
}

qint64 ProfilesPage::shownItemId() const
{
    return m_editor->profileId();
}

void ProfilesPage::showItem(qint64 id)
{
    m_editor->setProfile(id);
}

void ProfilesPage::focusEditor()
{
    m_editor->focusName();
}

qint64 ProfilesPage::createItem()
{
    return m_workspace->profiles()->add(QStringLiteral("New profile"));
}

qint64 ProfilesPage::duplicateItem(qint64 id)
{
    return m_workspace->profiles()->duplicate(id);
}

void ProfilesPage::removeItem(qint64 id)
{
    m_workspace->profiles()->remove(id);
}

QString ProfilesPage::itemName(qint64 id) const
{
    const auto profile = m_workspace->profiles()->find(id);
    return profile && !profile->name.trimmed().isEmpty() ? profile->name : tr("Untitled");
}

void ProfilesPage::search(const QString &text)
{
    // Every word must match, in any order and in any field.
    QString pattern;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        pattern += QStringLiteral("(?=.*%1)").arg(QRegularExpression::escape(word));
    m_proxy->setFilterRegularExpression(QRegularExpression(
        QStringLiteral("^") + pattern, QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::DotMatchesEverythingOption));
}

} // namespace clientele
