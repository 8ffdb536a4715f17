#pragma once

#include "clientele/storage/import/dateparser.h"

#include <QDialog>

class QRadioButton;

namespace clientele {

// Asked when every date in a file could be read day-first or month-first ("03/04/2024"): shows
// dates from the file and how each order would read them, and lets the user choose. Clientele
// never picks one silently.
class ImportDateOrderDialog : public QDialog {
    Q_OBJECT
public:
    ImportDateOrderDialog(const QString &fileName, const QStringList &examples,
                          QWidget *parent = nullptr);

    DateOrder order() const;
    QRadioButton *dayFirstButton() const { return m_dayFirst; }

private:
    QRadioButton *m_dayFirst;
    QRadioButton *m_monthFirst;
};

} // namespace clientele
