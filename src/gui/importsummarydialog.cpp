#include "clientele/gui/importsummarydialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele {

namespace {

QString count(qint64 n)
{
    return QLocale().toString(n);
}

// "5 lines in 2 documents", with the singular written out as English has no plural forms
// without a translation.
QString linesIn(qint64 lines, qint64 documents)
{
    const QString lineText = lines == 1 ? ImportSummaryDialog::tr("1 line")
                                        : ImportSummaryDialog::tr("%1 lines").arg(count(lines));
    const QString documentText =
        documents == 1 ? ImportSummaryDialog::tr("1 document")
                       : ImportSummaryDialog::tr("%1 documents").arg(count(documents));
    //: "12 lines in 3 documents".
    return ImportSummaryDialog::tr("%1 in %2", "lines in documents").arg(lineText, documentText);
}

} // namespace

QList<QPair<QString, QString>> ImportSummaryDialog::summaryRows(const ImportReport &report,
                                                                const QString &homeCurrency)
{
    QList<QPair<QString, QString>> rows;
    if (report.kind == ImportReport::Kind::Contacts) {
        rows.append({tr("Contacts added:"), count(report.documentsImported)});
        rows.append({tr("Contacts updated:"), count(report.contactsUpdated)});
        rows.append({tr("Already present:"), count(report.documentsAlreadyPresent)});
    } else {
        rows.append({tr("Imported:"), linesIn(report.linesImported, report.documentsImported)});
        rows.append({tr("Already present:"),
                     linesIn(report.linesAlreadyPresent, report.documentsAlreadyPresent)});
        rows.append({tr("New customers:"), count(report.customersAdded)});
    }
    rows.append({tr("Skipped:"),
                 report.skippedLines() == 0
                     ? tr("none")
                     : tr("%1 lines that cannot be read").arg(count(report.skippedLines()))});
    QStringList others;
    for (auto it = report.salesByCurrency.cbegin(); it != report.salesByCurrency.cend(); ++it) {
        if (it.key() == homeCurrency || it.key().isEmpty())
            continue;
        others << (it.value() == 1 ? tr("%1 (1 document)").arg(it.key())
                                   : tr("%1 (%2 documents)").arg(it.key(), count(it.value())));
    }
    if (!others.isEmpty())
        rows.append({tr("Other currencies:"),
                     tr("%1, kept apart from the %2 figures and never converted.")
                         .arg(QLocale().createSeparatedList(others), homeCurrency)});
    return rows;
}

ImportSummaryDialog::ImportSummaryDialog(const ImportReport &report, const QString &homeCurrency,
                                         QWidget *parent)
    : QDialog(parent)
    , m_showCustomers(nullptr)
{
    setObjectName(QStringLiteral("importSummaryDialog"));
    setWindowTitle(tr("Import Finished"));
    const QString name = QFileInfo(report.file).fileName();
    auto *intro = new QLabel(report.kind == ImportReport::Kind::Contacts
                                 ? tr("<b>The contacts of \u201C%1\u201D are in the workspace.</b>")
                                       .arg(name.toHtmlEscaped())
                                 : tr("<b>The invoices of \u201C%1\u201D are in the workspace.</b>")
                                       .arg(name.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    for (const auto &[label, value] : summaryRows(report, homeCurrency)) {
        auto *shown = new QLabel(value, this);
        shown->setWordWrap(true);
        shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, shown);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_showCustomers = buttons->addButton(tr("&Show Customers"), QDialogButtonBox::AcceptRole);
    m_showCustomers->setObjectName(QStringLiteral("showCustomersButton"));
    m_showCustomers->setDefault(true);
    connect(m_showCustomers, &QPushButton::clicked, this, [this] {
        m_showCustomersChosen = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

} // namespace clientele
