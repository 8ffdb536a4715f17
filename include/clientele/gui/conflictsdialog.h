#pragma once

#include "clientele/core/teamsync.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace clientele {

// File ▸ Team ▸ Conflicts…: the edits that lost to another made apart from them, each beside the
// value kept, with who made each and when. Keep This Value and Use the Other Value settle the
// selected one through `resolve`, which takes the lost change's id and the value chosen (JSON).
class ConflictsDialog : public QDialog {
    Q_OBJECT
public:
    using Resolve = std::function<Status(const QString &lostChangeId, const QString &value)>;

    ConflictsDialog(QList<ConflictEntry> conflicts, Resolve resolve, QWidget *parent = nullptr);

    // How many conflicts were settled while the dialog was open.
    int resolvedCount() const { return m_resolved; }
    QTreeWidget *list() const { return m_list; }

    // The kind of item as the dialog names it ("Profile", "Chart client").
    static QString kindLabel(const QString &kind);

private:
    void fill();
    void showSelected();
    void settle(bool keep);
    const ConflictEntry *selected() const;

    QList<ConflictEntry> m_conflicts;
    Resolve m_resolve;
    int m_resolved = 0;
    QStackedWidget *m_stack;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPlainTextEdit *m_keptValue;
    QLabel *m_keptBy;
    QPlainTextEdit *m_lostValue;
    QLabel *m_lostBy;
    QPushButton *m_keep;
    QPushButton *m_takeLost;
};

} // namespace clientele
