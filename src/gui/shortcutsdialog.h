#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QAction;
class QTreeWidget;

namespace clientele {

// Help ▸ Keyboard Shortcuts: every key the window answers, grouped as the menus are, read
// from the actions themselves each time it opens so it never lists a key that changed.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    struct Entry {
        QString what;
        QString keys;
    };
    struct Group {
        QString title;
        QList<Entry> entries;
    };

    explicit ShortcutsDialog(const QList<Group> &groups, QWidget *parent = nullptr);

    // The entries of `actions` that have a key, with submenus as "Import ▸ Invoices…".
    static QList<Entry> entriesOf(const QList<QAction *> &actions, const QString &prefix = {});
    // The text of a menu title or an action, without its mnemonic.
    static QString plainText(const QString &text);
    // An action's keys as the user's platform writes them.
    static QString keysOf(const QAction *action);
    // The keys every table and list editor answers, which no menu shows.
    static Group tableKeys();

private:
    QTreeWidget *m_tree;
};

} // namespace clientele
