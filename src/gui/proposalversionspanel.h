#pragma once

#include "clientele/domain/proposal.h"

#include <QWidget>

class QAction;

namespace clientele {

class FittedTable;

// The versions of a proposal that went out, oldest first: when each was sent, until when it was
// valid, the start of its SHA-256 and who approved it. Export Version as PDF asks for the
// selected version (the latest when none is selected), whose stored bytes the editor writes.
class ProposalVersionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProposalVersionsPanel(QWidget *parent = nullptr);

    void setProposal(const Proposal &proposal);
    FittedTable *table() const { return m_table; }
    QAction *exportAction() const { return m_export; }
    // The version selected in the list, else the latest sent; 0 when none was sent.
    int selectedVersion() const;

Q_SIGNALS:
    void exportRequested(int version);

private:
    FittedTable *m_table;
    QAction *m_export;
    QList<int> m_versions;
};

} // namespace clientele
