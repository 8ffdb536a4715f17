#pragma once

#include "clientele/domain/attribute.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace clientele {

// Asks for a new attribute of the consultant's own: its name, its type and, for a category or
// a tag list, the values to suggest.
class ChartAttributeDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChartAttributeDialog(QWidget *parent = nullptr);

    Attribute attribute() const;

private:
    void updateState();

    QLineEdit *m_label;
    QComboBox *m_type;
    QLabel *m_valuesLabel;
    QLineEdit *m_values;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace clientele
