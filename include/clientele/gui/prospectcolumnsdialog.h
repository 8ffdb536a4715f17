#pragma once

#include "clientele/core/prospectcsv.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace clientele {

// For a prospect list whose header has no Company column: a drop-down per column of the file
// saying what it holds (a prospect's field, a chart attribute, or nothing), with the first rows
// beneath each so the user sees its contents. OK needs a Company column.
class ProspectColumnsDialog : public QDialog {
    Q_OBJECT
public:
    ProspectColumnsDialog(const QList<QStringList> &preview, const QList<ProspectField> &fields,
                          QWidget *parent = nullptr);

    ProspectColumns columns() const;
    QComboBox *comboFor(int column) const { return m_combos.value(column); }

private:
    void update();

    QList<ProspectField> m_fields;
    QList<QComboBox *> m_combos;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace clientele
