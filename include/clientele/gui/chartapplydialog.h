#pragma once

#include "clientele/core/chartapply.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace clientele {

class ChartEditor;

// "Apply to Profile…": choose a customer profile, see field by field what the derived ideal
// would change (before and after), tick the rows to apply, and apply them as one undo step. A
// row whose value would replace longer text of the profile's own, or that only a weak majority
// holds, starts unticked. Afterwards the dialog offers
// to open the profile.
class ChartApplyDialog : public QDialog {
    Q_OBJECT
public:
    // `profileId` is preselected when it exists (the profile open on the Profiles page).
    ChartApplyDialog(ChartEditor *editor, qint64 profileId, QWidget *parent = nullptr);

    QTableWidget *previewTable() const { return m_table; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *openProfileButton() const { return m_open; }
    QLabel *summaryLabel() const { return m_summary; }
    qint64 selectedProfile() const;
    // The fields whose rows are ticked.
    QStringList chosenFields() const;

public Q_SLOTS:
    void apply();

Q_SIGNALS:
    void openProfileRequested(qint64 profileId);

private:
    void showPreview();
    QString rowToolTip(const ChartApplyChange &change) const;

    ChartEditor *m_editor;
    QComboBox *m_profiles;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_apply;
    QPushButton *m_open;
    QPushButton *m_close;
    ChartApplyPreview m_preview;
};

} // namespace clientele
