#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clientele {

ShortcutsDialog::ShortcutsDialog(const QList<Group> &groups, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("keyboardShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::StrongFocus);
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    for (const Group &group : groups) {
        if (group.entries.isEmpty())
            continue;
        auto *heading = new QTreeWidgetItem(m_tree, {group.title});
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const Entry &entry : group.entries) {
            new QTreeWidgetItem(heading, {entry.what, entry.keys});
        }
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(560, 640);
}

QString ShortcutsDialog::plainText(const QString &text)
{
    QString plain = text;
    // "&&" is a literal ampersand; a single one marks the mnemonic.
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return plain;
}

QString ShortcutsDialog::keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(tr(" or "));
}

ShortcutsDialog::Group ShortcutsDialog::tableKeys()
{
    return {tr("Tables and the chart grid"),
            {{tr("Move between cells or rows"), tr("Arrow keys")},
             {tr("Edit the cell"), tr("F2, or start typing")},
             {tr("Keep the cell and go down"), tr("Enter")},
             {tr("Keep the cell and go to the next one"), tr("Tab, while editing")},
             {tr("Leave the cell as it was"), tr("Esc")},
             {tr("Go on to the next control"), tr("Tab")},
             {tr("Go back to the previous control"), tr("Shift+Tab")}}};
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::entriesOf(const QList<QAction *> &actions,
                                                         const QString &prefix)
{
    QList<Entry> entries;
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        const QString text = prefix + plainText(action->text());
        if (QMenu *menu = action->menu())
            entries += entriesOf(menu->actions(), tr("%1 \u25b8 ").arg(text));
        else if (!action->shortcuts().isEmpty())
            entries.append({text, keysOf(action)});
    }
    return entries;
}

} // namespace clientele
