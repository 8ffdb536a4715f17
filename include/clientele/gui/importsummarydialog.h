#pragma once

#include "clientele/storage/import/importreport.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QPushButton;

namespace clientele {

// After an import: what it brought in (documents and lines, what was already there, lines
// skipped, new customers, sales in other currencies than the chart's), with "Show Customers".
class ImportSummaryDialog : public QDialog {
    Q_OBJECT
public:
    // `homeCurrency` is the chart's: sales in any other are named, as they are never converted.
    ImportSummaryDialog(const ImportReport &report, const QString &homeCurrency,
                        QWidget *parent = nullptr);

    // The summary as label and value, in the order shown.
    static QList<QPair<QString, QString>> summaryRows(const ImportReport &report,
                                                      const QString &homeCurrency);

    QPushButton *showCustomersButton() const { return m_showCustomers; }
    // Whether the user chose "Show Customers".
    bool showCustomersChosen() const { return m_showCustomersChosen; }

private:
    QPushButton *m_showCustomers;
    bool m_showCustomersChosen = false;
};

} // namespace clientele
