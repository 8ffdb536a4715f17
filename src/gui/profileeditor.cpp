#include "clientele/gui/profileeditor.h"
#include "clientele/domain/textlanguage.h"

#include "ui_profileeditor.h"

#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/profileitemseditor.h"
#include "growingtextedit.h"
#include "readonlylook.h"
#include "themecolours.h"
#include "undokeyfilter.h"

#include <QLocale>
#include <QTimer>

namespace clientele {

namespace {

// A pause long enough that "5-" on the way to "5-200" is not called a mistake.
constexpr int kSizeCheckDelayMs = 700;

QString when(const QDateTime &moment)
{
    const QLocale locale;
    const QDateTime local = moment.toLocalTime();
    // Seconds say nothing here; some locales' short format still has them.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    return QStringLiteral("%1, %2").arg(mediumDateText(local.date(), locale),
                                        locale.toString(local.time(), timeFormat));
}

} // namespace

ProfileEditor::ProfileEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfileEditor>())
    , m_workspace(workspace)
    , m_undoKeys(new UndoKeyFilter(this))
    , m_sizeCheck(new QTimer(this))
{
    m_ui->setupUi(this);
    // Tab goes from field to field; the area scrolls to each.
    m_ui->scrollArea->setFocusPolicy(Qt::NoFocus);
    m_ui->businessSizeMessage->hide();
    m_ui->form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    styleHeadings();

    bind(m_ui->nameEdit, ProfileField::Name);
    bind(m_ui->customerEdit, ProfileField::Customer);
    bind(m_ui->demographicsEdit, ProfileField::Demographics);
    bind(m_ui->psychographicsEdit, ProfileField::Psychographics);
    bind(m_ui->industryEdit, ProfileField::Industry);
    bind(m_ui->businessSizeEdit, ProfileField::BusinessSize);
    bind(m_ui->businessTypeEdit, ProfileField::BusinessType);
    bind(m_ui->personEdit, ProfileField::Person);
    bind(m_ui->companyEdit, ProfileField::Company);
    bind(m_ui->industryLayerEdit, ProfileField::IndustryLayer);
    bind(m_ui->utopiaEdit, ProfileField::Utopia);
    bind(m_ui->notesEdit, ProfileField::Notes);
    bind(m_ui->technographicsList, ProfileList::Technographics);
    bind(m_ui->obstaclesList, ProfileList::Obstacles);
    bind(m_ui->needsList, ProfileList::Needs);
    bind(m_ui->wantsList, ProfileList::Wants);
    bind(m_ui->exclusionsList, ProfileList::Exclusions);
    // Segment values are usually a phrase; they wrap rather than scroll out of sight.
    for (GrowingTextEdit *phrase :
         {m_ui->customerEdit, m_ui->demographicsEdit, m_ui->psychographicsEdit, m_ui->industryEdit,
          m_ui->businessTypeEdit})
        phrase->setLineLimits(1, 6);
    m_ui->notesEdit->setLineLimits(3, 20);

    // A half-typed range is checked once the typing pauses or the field is left.
    m_sizeCheck->setSingleShot(true);
    m_sizeCheck->setInterval(kSizeCheckDelayMs);
    const auto checkSize = [this] {
        m_sizeCheck->stop();
        showBusinessSizeProblem(StaffRange::parse(m_ui->businessSizeEdit->text()).errorMessage());
    };
    connect(m_sizeCheck, &QTimer::timeout, this, checkSize);
    connect(m_ui->businessSizeEdit, &QLineEdit::editingFinished, this, checkSize);

    connect(workspace->profiles(), &ProfileStore::changed, this, [this](qint64 id) {
        if (id == m_profileId)
            refresh();
    });
}

ProfileEditor::~ProfileEditor() = default;

QLabel *ProfileEditor::businessSizeMessage() const
{
    return m_ui->businessSizeMessage;
}

void ProfileEditor::bind(QLineEdit *edit, ProfileField field)
{
    m_fields.insert(field, edit);
    m_undoKeys->watch(edit);
    // textEdited, not textChanged: only what the user typed becomes an edit.
    connect(edit, &QLineEdit::textEdited, this,
            [this, field](const QString &text) { commit(field, text); });
}

void ProfileEditor::bind(QPlainTextEdit *edit, ProfileField field)
{
    m_fields.insert(field, edit);
    m_undoKeys->watch(edit);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field] {
        if (!m_refreshing)
            commit(field, edit->toPlainText());
    });
}

void ProfileEditor::bind(ProfileItemsEditor *editor, ProfileList list)
{
    m_lists.insert(list, editor);
    editor->setup(m_workspace, list);
}

void ProfileEditor::styleHeadings()
{
    for (QLabel *heading : {m_ui->segmentHeading, m_ui->layersHeading, m_ui->utopiaHeading,
                            m_ui->needsHeading, m_ui->exclusionsHeading, m_ui->notesHeading}) {
        QFont font = heading->font();
        font.setPointSizeF(font.pointSizeF() * 1.2);
        font.setWeight(QFont::DemiBold);
        heading->setFont(font);
        heading->setContentsMargins(0, 18, 0, 2);
    }
    QFont nameFont = m_ui->nameEdit->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setWeight(QFont::DemiBold);
    m_ui->nameEdit->setFont(nameFont);
    m_ui->timestampsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->timestampsLabel->setContentsMargins(2, 0, 0, 0);
}

void ProfileEditor::setProfile(qint64 profileId)
{
    m_profileId = profileId;
    for (ProfileItemsEditor *editor : std::as_const(m_lists))
        editor->setProfile(profileId);
    showBusinessSizeProblem({});
    refresh();
    m_ui->scrollArea->ensureVisible(0, 0);
}

void ProfileEditor::setReadOnly(bool readOnly)
{
    for (QWidget *field : std::as_const(m_fields))
        setFieldReadOnly(field, readOnly);
    for (ProfileItemsEditor *editor : std::as_const(m_lists))
        editor->setReadOnly(readOnly);
}

void ProfileEditor::focusName()
{
    m_ui->scrollArea->ensureVisible(0, 0);
    m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
    m_ui->nameEdit->selectAll();
}

void ProfileEditor::commit(ProfileField field, const QString &text)
{
    if (m_refreshing || m_profileId == 0)
        return;
    const Status stored = m_workspace->profiles()->setField(m_profileId, field, text);
    if (field != ProfileField::BusinessSize)
        return;
    // Good input clears a complaint at once; bad input is only called out after a pause.
    if (stored)
        showBusinessSizeProblem({});
    else
        m_sizeCheck->start();
}

void ProfileEditor::refresh()
{
    const auto profile = m_workspace->profiles()->find(m_profileId);
    m_refreshing = true;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        refreshField(it.key(), profile ? fieldText(*profile, it.key()) : QString());
    m_refreshing = false;
    refreshTimestamps();
}

void ProfileEditor::refreshField(ProfileField field, const QString &value)
{
    if (field == ProfileField::BusinessSize) {
        // "5-200" as typed and "5–200" as stored are the same range: leave the typing alone.
        const QString typed = m_ui->businessSizeEdit->text();
        const auto parsed = StaffRange::parse(typed);
        if (parsed && parsed->toString() == value)
            return;
        showBusinessSizeProblem({});
    }
    if (auto *line = qobject_cast<QLineEdit *>(m_fields.value(field))) {
        if (line->text() == value)
            return;
        const int cursor = line->cursorPosition();
        line->setText(value);
        line->setCursorPosition(qMin(cursor, static_cast<int>(value.size())));
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(m_fields.value(field))) {
        if (text->toPlainText() == value)
            return;
        const int cursor = text->textCursor().position();
        text->setPlainText(value);
        QTextCursor moved = text->textCursor();
        moved.setPosition(qMin(cursor, static_cast<int>(value.size())));
        text->setTextCursor(moved);
    }
}

void ProfileEditor::refreshTimestamps()
{
    const auto profile = m_workspace->profiles()->find(m_profileId);
    if (!profile || !profile->created.isValid()) {
        m_ui->timestampsLabel->clear();
        return;
    }
    m_ui->timestampsLabel->setText(tr("Created %1 \u00b7 Last changed %2")
                                       .arg(when(profile->created), when(profile->updated)));
}

void ProfileEditor::showBusinessSizeProblem(const QString &message)
{
    QLineEdit *edit = m_ui->businessSizeEdit;
    const bool bad = !message.isEmpty();
    m_ui->businessSizeMessage->setText(message);
    m_ui->businessSizeMessage->setVisible(bad);
    // A red frame and text say "not stored" without colour alone: the message says why.
    const QString problem = problemColour(palette()).name();
    edit->setStyleSheet(
        bad ? QStringLiteral("QLineEdit { border: 1px solid %1; border-radius: 3px; "
                             "color: %1; padding: 2px; }")
                  .arg(problem)
            : QString());
    edit->setAccessibleDescription(message);
    m_ui->businessSizeMessage->setStyleSheet(QStringLiteral("color: %1;").arg(problem));
}

void ProfileEditor::changeEvent(QEvent *event)
{
    // The problem's colour is worked out from the palette: a new theme needs it again.
    if (event->type() == QEvent::PaletteChange && m_ui->businessSizeMessage->isVisibleTo(this))
        showBusinessSizeProblem(m_ui->businessSizeMessage->text());
    QWidget::changeEvent(event);
}

} // namespace clientele
