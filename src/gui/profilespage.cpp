#include "clientele/gui/profilespage.h"

#include "clientele/core/history.h"
#include "clientele/core/models/profilelistmodel.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/profileeditor.h"
#include "clientele/gui/profilelistdelegate.h"
#include "clientele/gui/safefilename.h"
#include "clientele/gui/sectionlistpanel.h"
#include "clientele/render/profileprintout.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace clientele {

namespace {

const QString kSplitterKey = QStringLiteral("profilesPage/splitter");

} // namespace

ProfilesPage::ProfilesPage(Workspace *workspace, QWidget *parent)
    : SectionPage(parent)
    , m_workspace(workspace)
    , m_model(new ProfileListModel(workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_list(new QListView(this))
    , m_panel(new SectionListPanel(QStringLiteral("Search profiles"), m_list, m_proxy, this))
    , m_right(new QStackedWidget(this))
    , m_editor(new ProfileEditor(workspace, this))
    , m_empty(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ProfileListModel::SearchTextRole);
    m_proxy->setDynamicSortFilter(true);

    m_new = SectionListPanel::makeAction(
        this, QStringLiteral("profile-new"), QStringLiteral("&New Profile"),
        QKeySequence(Qt::CTRL | Qt::Key_N), &ProfilesPage::newProfile);
    m_duplicate = SectionListPanel::makeAction(
        this, QStringLiteral("edit-copy"), QStringLiteral("D&uplicate Profile"),
        QKeySequence(Qt::CTRL | Qt::Key_D), &ProfilesPage::duplicateProfile);
    m_delete = SectionListPanel::makeAction(
        this, QStringLiteral("edit-delete"), QStringLiteral("&Delete Profile"),
        QKeySequence(QKeySequence::Delete), &ProfilesPage::deleteProfile);
    // Del deletes a profile only from the list; in a text field it deletes text.
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(m_delete);
    for (QAction *action : {m_new, m_duplicate})
        addAction(action);

    SectionListPanel::setUpEmptyLabel(m_empty);
    m_empty->setContentsMargins(24, 24, 24, 24);
    m_right->addWidget(m_editor);
    m_right->addWidget(m_empty);

    m_splitter->addWidget(buildListPanel());
    m_splitter->addWidget(m_right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({270, 800});
    m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProfilesPage::onCurrentChanged);
    connect(m_panel->searchField(), &QLineEdit::textChanged, this, &ProfilesPage::setFilter);
    connect(m_panel->searchField(), &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_list->setFocus();
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_proxy->index(0, 0));
        }
    });
    // Whatever an edit, undo or redo touched is shown once the step is complete.
    const auto remember = [this](qint64 id) { m_pendingReveal = id; };
    connect(workspace->profiles(), &ProfileStore::added, this, remember);
    connect(workspace->profiles(), &ProfileStore::changed, this, remember);
    connect(workspace->profiles(), &ProfileStore::removed, this, &ProfilesPage::updateState);
    connect(workspace->undoStack(), &QUndoStack::indexChanged, this, &ProfilesPage::revealPending);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProfilesPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProfilesPage::updateState);

    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    updateState();
}

ProfilesPage::~ProfilesPage()
{
    QSettings().setValue(kSplitterKey, m_splitter->saveState());
}

QWidget *ProfilesPage::buildListPanel()
{
    m_list->setModel(m_proxy);
    m_list->setAccessibleName(QStringLiteral("Profiles"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new ProfileListDelegate(m_list));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_panel->setActions({m_new, m_duplicate, m_delete});
    m_panel->setMinimumWidth(200);
    return m_panel;
}

QList<QAction *> ProfilesPage::pageActions() const
{
    return {m_new, m_duplicate, m_delete};
}

bool ProfilesPage::hasDocument() const
{
    return m_workspace->profiles()->find(currentProfileId()).has_value();
}

std::optional<PagedDocument> ProfilesPage::document() const
{
    const auto profile = m_workspace->profiles()->find(currentProfileId());
    if (!profile)
        return std::nullopt;
    return ProfilePrintout(m_workspace->settings()).document(*profile);
}

QString ProfilesPage::documentFileName() const
{
    const auto profile = m_workspace->profiles()->find(currentProfileId());
    return safeFileName(profile ? profile->name : QString(), QStringLiteral("Profile"));
}

QLineEdit *ProfilesPage::searchField() const
{
    return m_panel->searchField();
}

std::optional<HistoryItem> ProfilesPage::historyItem() const
{
    const auto profile = m_workspace->profiles()->find(currentProfileId());
    if (!profile)
        return std::nullopt;
    return HistoryItem{History::kProfile, profile->id, profile->name};
}

qint64 ProfilesPage::currentProfileId() const
{
    return m_editor->profileId();
}

int ProfilesPage::profileCount() const
{
    return m_model->rowCount();
}

void ProfilesPage::selectProfile(qint64 id)
{
    m_panel->selectSource(m_model->indexOfId(id));
}

void ProfilesPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    m_list->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::EditKeyPressed);
    updateState();
}

void ProfilesPage::focusSearch()
{
    m_panel->focusSearch();
}

void ProfilesPage::newProfile()
{
    const qint64 id = m_workspace->profiles()->add(QStringLiteral("New profile"));
    if (id == 0)
        return;
    selectProfile(id);
    m_editor->focusName();
}

void ProfilesPage::duplicateProfile()
{
    const qint64 id = m_workspace->profiles()->duplicate(currentProfileId());
    if (id == 0)
        return;
    selectProfile(id);
    m_editor->focusName();
}

void ProfilesPage::deleteProfile()
{
    // No question asked: Undo brings it back.
    if (const qint64 id = currentProfileId())
        m_workspace->profiles()->remove(id);
}

void ProfilesPage::setFilter(const QString &text)
{
    QString pattern;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        pattern += QStringLiteral("(?=.*%1)").arg(QRegularExpression::escape(word));
    m_proxy->setFilterRegularExpression(QRegularExpression(
        QStringLiteral("^") + pattern, QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::DotMatchesEverythingOption));
    updateState();
}

void ProfilesPage::onCurrentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    const qint64 id = current.isValid() ? current.data(ProfileListModel::IdRole).toLongLong() : 0;
    // A profile that drops out of the search while being edited stays in the editor.
    if (id == 0 && m_workspace->profiles()->find(m_editor->profileId()))
        return;
    if (id != m_editor->profileId()) {
        m_editor->setProfile(id);
        Q_EMIT currentProfileChanged(id);
        Q_EMIT documentChanged();
    }
    updateState();
}

void ProfilesPage::revealPending()
{
    const qint64 id = std::exchange(m_pendingReveal, 0);
    if (id != 0 && id != currentProfileId() && m_workspace->profiles()->find(id))
        selectProfile(id);
}

void ProfilesPage::updateState()
{
    if (m_editor->profileId() != 0 && !m_workspace->profiles()->find(m_editor->profileId()))
        onCurrentChanged();
    const bool editing = m_editor->profileId() != 0;
    if (m_model->rowCount() == 0)
        m_empty->setText(QStringLiteral("No profiles yet \u2014 press Ctrl+N to add one"));
    else if (m_proxy->rowCount() == 0)
        m_empty->setText(QStringLiteral("No profile matches \u201c%1\u201d \u2014 press Esc in "
                                        "the search field to show all")
                             .arg(m_panel->searchField()->text().trimmed()));
    else
        m_empty->setText(
            QStringLiteral("Select a profile on the left, or press Ctrl+N to add one"));
    m_right->setCurrentWidget(editing ? static_cast<QWidget *>(m_editor) : m_empty);
    m_new->setEnabled(!m_readOnly);
    m_duplicate->setEnabled(editing && !m_readOnly);
    m_delete->setEnabled(editing && !m_readOnly);
    Q_EMIT countChanged(m_model->rowCount());
}

} // namespace clientele
