#include "clientele/gui/historydialog.h"

#include "clientele/core/history.h"
#include "clientele/core/workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clientele {

namespace {

enum Column { When, Who, What, Before, After };

// A value as a cell shows it: lines joined, the parts of an entry apart.
QString shown(const QString &value)
{
    QString text = value;
    text.replace(u'\t', QStringLiteral(" \u2014 ")).replace(u'\n', QStringLiteral(" \u00B7 "));
    return text;
}

// What the dialog says above the changes of an item of `kind`: none yet, or how many.
QString summaryText(const QString &kind, int changes)
{
    if (kind == History::kProfile)
        return changes == 0 ? HistoryDialog::tr("No changes of this profile have been recorded "
                                                "yet.")
                            : HistoryDialog::tr("%n changes of this profile, newest first. Select "
                                                "one to put its earlier value back.",
                                                nullptr, changes);
    if (kind == History::kClient)
        return changes == 0 ? HistoryDialog::tr("No changes of this chart client have been "
                                                "recorded yet.")
                            : HistoryDialog::tr("%n changes of this chart client, newest first. "
                                                "Select one to put its earlier value back.",
                                                nullptr, changes);
    if (kind == History::kOffer)
        return changes == 0 ? HistoryDialog::tr("No changes of this offer have been recorded yet.")
                            : HistoryDialog::tr("%n changes of this offer, newest first. Select "
                                                "one to put its earlier value back.",
                                                nullptr, changes);
    if (kind == History::kProposal)
        return changes == 0 ? HistoryDialog::tr("No changes of this proposal have been recorded "
                                                "yet.")
                            : HistoryDialog::tr("%n changes of this proposal, newest first. "
                                                "Select one to put its earlier value back.",
                                                nullptr, changes);
    //: %1 is the kind of item as the history stores it.
    return changes == 0
               ? HistoryDialog::tr("No changes of this %1 have been recorded yet.").arg(kind)
               : HistoryDialog::tr("%n changes of this %1, newest first. Select one to "
                                   "put its earlier value back.",
                                   nullptr, changes)
                     .arg(kind);
}

} // namespace

HistoryDialog::HistoryDialog(Workspace *workspace, HistoryItem item, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_item(std::move(item))
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_restore(new QPushButton(tr("&Restore This Value"), this))
{
    setWindowTitle(tr("History of \u201C%1\u201D").arg(m_item.name));
    setObjectName(QStringLiteral("historyDialog"));
    m_summary->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Changes, newest first"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Before"), tr("After")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(When, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Who, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(What, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Before, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(After, QHeaderView::Stretch);

    m_restore->setToolTip(tr("Put the selected change's earlier value back; "
                             "Edit \u25B8 Undo takes it out again"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &HistoryDialog::restoreSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryDialog::updateRestore);
    connect(m_list, &QTreeWidget::itemActivated, this, &HistoryDialog::restoreSelected);
    connect(workspace, &Workspace::saved, this, &HistoryDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(860, 420);
    reload();
}

void HistoryDialog::reload()
{
    m_records = m_workspace->history()->ofItem(m_item.kind, m_item.id);
    m_list->clear();
    const QLocale locale;
    for (const ChangeRecord &record : std::as_const(m_records)) {
        auto *row = new QTreeWidgetItem(m_list);
        row->setText(When, locale.toString(record.at.toLocalTime(), QLocale::ShortFormat));
        row->setText(Who, record.author);
        row->setText(What, record.label);
        row->setText(Before, shown(record.oldValue));
        row->setText(After, shown(record.newValue));
        row->setToolTip(Before, record.oldValue);
        row->setToolTip(After, record.newValue);
    }
    m_summary->setText(summaryText(m_item.kind, int(m_records.size())));
    if (!m_records.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateRestore();
}

void HistoryDialog::updateRestore()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_restore->setEnabled(row >= 0 && !m_workspace->file().isReadOnly()
                          && m_workspace->history()->canRestore(m_records.at(row)));
}

void HistoryDialog::restoreSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || !m_restore->isEnabled())
        return;
    const Status restored = m_workspace->history()->restore(m_records.at(row));
    if (!restored)
        QMessageBox::warning(this, windowTitle(), restored.errorMessage());
}

} // namespace clientele
