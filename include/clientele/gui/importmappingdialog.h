#pragma once

#include "clientele/gui/importpreview.h"
#include "clientele/storage/import/columnmapping.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace clientele {

// For a CSV whose header Clientele does not know: one drop-down per field the import needs
// (customer, date, amount, ...) listing the file's columns, with the first rows beneath so the
// user sees what each column holds. The importer remembers the choice for files with the same
// header.
class ImportMappingDialog : public QDialog {
    Q_OBJECT
public:
    ImportMappingDialog(const ImportPreview &preview, QWidget *parent = nullptr);

    ColumnMapping mapping() const;
    QComboBox *comboFor(int ColumnMapping::*member) const;

private:
    struct Field {
        int ColumnMapping::*member;
        QString label;
        QStringList guesses;
        QComboBox *combo = nullptr;
    };
    void guess();
    void update();

    ImportPreview m_preview;
    QList<Field> m_fields;
    QTableWidget *m_table;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace clientele
