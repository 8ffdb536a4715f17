#include "clientele/gui/conflictsdialog.h"
#include "clientele/storage/syncfieldnames.h"

#include "clientele/domain/itemfields.h"
#include "clientele/storage/syncdocument.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clientele {

namespace {

enum Column { ItemColumn, FieldColumn, KeptColumn, LostColumn };

// The field as the editors and the history name it.
QString fieldLabel(const QString &kind, const QString &field)
{
    return field == syncPresenceField ? ConflictsDialog::tr("Whether it exists")
                                      : itemFieldLabel(kind, field);
}

// A change's value as the history shows it.
QString valueText(const SyncChange &change)
{
    if (change.deleted)
        return ConflictsDialog::tr("Deleted");
    const QString text = syncValueText(change.value);
    return text.isEmpty() ? ConflictsDialog::tr("(empty)") : text;
}

QString whenText(const SyncChange &change)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(change.hlc.millis).toLocalTime(),
                              QLocale::ShortFormat);
}

QString byText(const SyncChange &change)
{
    if (change.author.isEmpty())
        return change.deleted ? ConflictsDialog::tr("Deleted on %1").arg(whenText(change))
                              : ConflictsDialog::tr("Set on %1").arg(whenText(change));
    return change.deleted
               ? ConflictsDialog::tr("Deleted by %1 on %2").arg(change.author, whenText(change))
               : ConflictsDialog::tr("Set by %1 on %2").arg(change.author, whenText(change));
}

// The first line of a value, for the list.
QString firstLine(const QString &text)
{
    const QString line = text.section(QLatin1Char('\n'), 0, 0);
    return line.size() < text.size() ? line + QStringLiteral(" \u2026") : line;
}

// A value in full: a long text or list scrolls within a few lines.
QPlainTextEdit *valueView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setTabChangesFocus(true);
    view->setFixedHeight(view->fontMetrics().lineSpacing() * 4 + 2 * view->frameWidth() + 8);
    return view;
}

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

QString ConflictsDialog::kindLabel(const QString &kind)
{
    if (kind == syncfields::kSettings)
        return tr("Workspace settings");
    if (kind == syncfields::kChart)
        return tr("ICP chart");
    if (kind == syncfields::kProfile)
        return tr("Profile");
    if (kind == syncfields::kProfileItem)
        return tr("Profile entry");
    if (kind == syncfields::kAttribute)
        return tr("Chart attribute");
    if (kind == syncfields::kClient)
        return tr("Chart client");
    if (kind == syncfields::kProspect)
        return tr("Prospect");
    if (kind == syncfields::kOffer)
        return tr("Offer");
    if (kind == syncfields::kProposal)
        return tr("Proposal");
    if (kind == syncfields::kProposalLine)
        return tr("Proposal line");
    if (kind == syncfields::kReviewRound)
        return tr("Review round");
    if (kind == syncfields::kImport)
        return tr("Import");
    return kind;
}

ConflictsDialog::ConflictsDialog(QList<ConflictEntry> conflicts, Resolve resolve, QWidget *parent)
    : QDialog(parent)
    , m_conflicts(std::move(conflicts))
    , m_resolve(std::move(resolve))
    , m_stack(new QStackedWidget(this))
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
    , m_keptValue(valueView(this, QStringLiteral("keptValue")))
    , m_keptBy(valueLabel(this, QStringLiteral("keptBy")))
    , m_lostValue(valueView(this, QStringLiteral("lostValue")))
    , m_lostBy(valueLabel(this, QStringLiteral("lostBy")))
    , m_keep(new QPushButton(tr("&Keep This Value"), this))
    , m_takeLost(new QPushButton(tr("&Use the Other Value"), this))
{
    setWindowTitle(tr("Conflicts"));
    setObjectName(QStringLiteral("conflictsDialog"));
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_empty->setObjectName(QStringLiteral("noConflicts"));
    m_keep->setObjectName(QStringLiteral("keepValueButton"));
    m_takeLost->setObjectName(QStringLiteral("useOtherValueButton"));
    m_list->setAccessibleName(tr("Conflicts"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Item"), tr("Field"), tr("Value kept"), tr("Other value")});
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);

    auto *intro = new QLabel(tr("Each of these fields was changed on two computers before either "
                                "had seen the other's change. The workspace holds the value "
                                "kept; choose which of the two it should hold."),
                             this);
    intro->setWordWrap(true);
    m_empty->setText(tr("No conflicts: every change made on another computer has been merged "
                        "into this workspace."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *kept = new QGroupBox(tr("Value kept"), this);
    auto *keptLayout = new QVBoxLayout(kept);
    keptLayout->addWidget(m_keptValue);
    keptLayout->addWidget(m_keptBy);
    keptLayout->addWidget(m_keep, 0, Qt::AlignLeft);
    auto *lost = new QGroupBox(tr("Other value"), this);
    auto *lostLayout = new QVBoxLayout(lost);
    lostLayout->addWidget(m_lostValue);
    lostLayout->addWidget(m_lostBy);
    lostLayout->addWidget(m_takeLost, 0, Qt::AlignLeft);
    for (QLabel *by : {m_keptBy, m_lostBy})
        by->setForegroundRole(QPalette::PlaceholderText);

    auto *conflictsPage = new QWidget(this);
    auto *pageLayout = new QGridLayout(conflictsPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(intro, 0, 0, 1, 2);
    pageLayout->addWidget(m_list, 1, 0, 1, 2);
    pageLayout->addWidget(kept, 2, 0);
    pageLayout->addWidget(lost, 2, 1);
    pageLayout->setRowStretch(1, 1);
    m_stack->addWidget(conflictsPage);
    m_stack->addWidget(m_empty);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);
    resize(820, 480);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConflictsDialog::showSelected);
    connect(m_keep, &QPushButton::clicked, this, [this] { settle(true); });
    connect(m_takeLost, &QPushButton::clicked, this, [this] { settle(false); });
    fill();
}

void ConflictsDialog::fill()
{
    m_list->clear();
    for (int row = 0; row < m_conflicts.size(); ++row) {
        const ConflictEntry &entry = m_conflicts[row];
        const SyncConflict &conflict = entry.conflict;
        const QString kind = kindLabel(conflict.lost.kind);
        const QString item = entry.itemName.isEmpty()
                                 ? kind
                                 //: A conflict's item: its kind and its name.
                                 : tr("%1 \u201c%2\u201d").arg(kind, entry.itemName);
        auto *line = new QTreeWidgetItem(
            m_list, {item, fieldLabel(conflict.lost.kind, conflict.lost.field),
                     firstLine(valueText(conflict.kept)), firstLine(valueText(conflict.lost))});
        line->setData(ItemColumn, Qt::UserRole, row);
        line->setToolTip(ItemColumn, item);
    }
    m_list->resizeColumnToContents(ItemColumn);
    m_list->resizeColumnToContents(FieldColumn);
    m_list->resizeColumnToContents(KeptColumn);
    m_stack->setCurrentWidget(m_conflicts.isEmpty() ? static_cast<QWidget *>(m_empty)
                                                    : m_stack->widget(0));
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
}

const ConflictEntry *ConflictsDialog::selected() const
{
    const QTreeWidgetItem *line = m_list->currentItem();
    if (!line)
        return nullptr;
    const int row = line->data(ItemColumn, Qt::UserRole).toInt();
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts[row] : nullptr;
}

void ConflictsDialog::showSelected()
{
    const ConflictEntry *entry = selected();
    m_keep->setEnabled(entry != nullptr);
    m_takeLost->setEnabled(entry != nullptr);
    if (!entry) {
        for (QLabel *label : {m_keptBy, m_lostBy})
            label->clear();
        m_keptValue->clear();
        m_lostValue->clear();
        return;
    }
    m_keptValue->setPlainText(valueText(entry->conflict.kept));
    m_keptBy->setText(byText(entry->conflict.kept));
    m_lostValue->setPlainText(valueText(entry->conflict.lost));
    m_lostBy->setText(byText(entry->conflict.lost));
}

void ConflictsDialog::settle(bool keep)
{
    const ConflictEntry *entry = selected();
    if (!entry)
        return;
    const SyncConflict &conflict = entry->conflict;
    const Status settled =
        m_resolve(conflict.lost.changeId, keep ? conflict.kept.value : conflict.lost.value);
    if (!settled) {
        QMessageBox::warning(this, tr("Conflicts"), settled.errorMessage());
        return;
    }
    ++m_resolved;
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_conflicts.removeAt(m_list->currentItem()->data(ItemColumn, Qt::UserRole).toInt());
    fill();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(qMin(row, m_list->topLevelItemCount() - 1)));
}

} // namespace clientele
