#pragma once

#include "clientele/domain/proposal.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace clientele {

class FittedTable;

// "Changes since version N": every field that differs between a sent version and the draft
// being written, old beside new, or between any two versions chosen above the table; and
// whether the draft prints its changes as the last page. Shown when there are two versions to
// compare.
class ProposalChangesPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProposalChangesPanel(QWidget *parent = nullptr);

    // Shows the proposal's versions; the versions compared stay while both still exist, else
    // the last sent one and the one after it (the draft when there is one).
    void setProposal(const Proposal &proposal);
    // Whether the print choice can be changed (not in a frozen version or a read-only file).
    void setPrintEditable(bool editable);
    // Compares version `from` with version `to` (0: the draft).
    void compare(int from, int to);

    QString title() const;
    FittedTable *table() const { return m_table; }
    QCheckBox *printBox() const { return m_print; }
    // How many fields differ between the versions compared.
    int changeCount() const { return m_count; }

Q_SIGNALS:
    void printChangesChosen(bool print);

private:
    void fillChoices();
    void showChanges();

    QLabel *m_title;
    QComboBox *m_from;
    QComboBox *m_to;
    FittedTable *m_table;
    QLabel *m_none;
    QCheckBox *m_print;
    Proposal m_proposal;
    int m_count = 0;
};

} // namespace clientele
