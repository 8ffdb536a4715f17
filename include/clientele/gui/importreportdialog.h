#pragma once

#include "clientele/storage/import/importreport.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace clientele {

// The lines of an import that could not be read (file, line, column, why), with "Save
// Report…" (text, or CSV when the name ends in .csv). Before anything is written it also asks
// whether to import the readable rest.
class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { AskToImportRest, Show };
    ImportReportDialog(const ImportReport &report, Mode mode, QWidget *parent = nullptr);

    QTableWidget *problemsTable() const { return m_table; }
    QPushButton *importRestButton() const { return m_importRest; }
    // Writes the report; returns the error to show, empty on success.
    QString saveTo(const QString &path) const;

private:
    void save();

    ImportReport m_report;
    QTableWidget *m_table;
    QPushButton *m_importRest = nullptr;
};

} // namespace clientele
