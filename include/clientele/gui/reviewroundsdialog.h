#pragma once

#include "clientele/domain/reviewchanges.h"
#include "clientele/domain/reviewround.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;

namespace clientele {

class PrintActions;
class ReviewChangesTable;
class Workspace;

// Profile ▸ Review Rounds…: the business owner's review rounds, oldest first (number, name,
// when started, who signed it off and when, the pack's SHA-256), with Start Review Round…,
// Export Pack as PDF… (the pack exactly as it was printed) and Sign Off…, and beneath them what
// changed since the round before the selected one. It follows every change, undo included.
class ReviewRoundsDialog : public QDialog {
    Q_OBJECT
public:
    // What the dialog borrows from the window; either may be left out.
    struct Tools {
        PrintActions *print = nullptr; // Export PDF's dialog and remembered folder
        QList<QAction *> undoRedo;     // so Ctrl+Z undoes a start or sign-off from here too
    };
    enum Column { Number, Name, Started, SignedOffBy, SignedOffAt, Sha256 };

    ReviewRoundsDialog(Workspace *workspace, Tools tools, QWidget *parent = nullptr);

    QTreeWidget *roundList() const { return m_list; }
    // The changes from the round before the selected one to it.
    QTableWidget *changesTable() const;
    // Above the changes: which rounds they compare, or why there is nothing to show.
    QLabel *changesHeading() const { return m_heading; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *signOffButton() const { return m_signOff; }
    // The round selected in the list; none while there are none.
    std::optional<ReviewRound> selectedRound() const;
    void selectRound(int number);

public Q_SLOTS:
    // Asks for a name ("Round N" offered), starts the round, then offers to save its pack.
    void startRound();
    // Saves the selected round's pack as it was printed when the round started.
    void exportPack();
    // Asks who signed the selected round off and records it.
    void signOff();

private:
    void reload();
    void showChanges();
    void updateButtons();
    // The change groups of a round, read once: a round never changes but for its sign-off.
    std::optional<QList<ReviewChangeGroup>> changesOf(const ReviewRound &round);

    Workspace *m_workspace;
    Tools m_tools;
    QList<ReviewRound> m_rounds;
    QHash<QUuid, QList<ReviewChangeGroup>> m_changes; // by the round's identity
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_start;
    QPushButton *m_export;
    QPushButton *m_signOff;
    QLabel *m_heading;
    QStackedWidget *m_changesStack;
    QLabel *m_changesNote;
    ReviewChangesTable *m_table;
};

} // namespace clientele
