#include "clientele/gui/importreportdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace clientele {

ImportReportDialog::ImportReportDialog(const ImportReport &report, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import Report"));
    const QString name = QFileInfo(report.file).fileName();
    const QLocale locale;
    const qint64 skipped = report.skippedLines();
    QString text;
    if (mode == Mode::AskToImportRest)
        text = tr("<p><b>%1 of %2 lines of \u201C%3\u201D cannot be read.</b></p>"
                  "<p>Nothing has been imported yet. You can import the other "
                  "lines now and fix the ones below later (importing the file "
                  "again adds only what is missing), or cancel and correct the "
                  "file first.</p>",
                  nullptr, int(report.records))
                   .arg(locale.toString(skipped), locale.toString(report.records),
                        name.toHtmlEscaped());
    else
        text = tr("<p><b>\u201C%1\u201D was imported, but %2 lines could not be "
                  "read</b> and were left out.</p>",
                  nullptr, int(skipped))
                   .arg(name.toHtmlEscaped(), locale.toString(skipped));
    auto *intro = new QLabel(text, this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("importProblemsTable"));
    m_table->setAccessibleName(tr("Lines that could not be read"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Column"), tr("Why")});
    // In file order, however the reader came across them.
    QList<ImportProblem> sorted = report.problems;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    m_table->setRowCount(int(sorted.size()));
    for (int row = 0; row < sorted.size(); ++row) {
        const ImportProblem &problem = sorted[row];
        auto *line =
            new QTableWidgetItem(problem.line > 0 ? QString::number(problem.line) : QString());
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *why = new QTableWidgetItem(problem.message);
        why->setToolTip(problem.message);
        m_table->setItem(row, 0, new QTableWidgetItem(QFileInfo(problem.file).fileName()));
        m_table->setItem(row, 1, line);
        m_table->setItem(row, 2, new QTableWidgetItem(problem.column));
        m_table->setItem(row, 3, why);
    }
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(0, qMin(m_table->columnWidth(0), 200));
    m_table->setColumnWidth(2, qMin(qMax(m_table->columnWidth(2), 90), 160));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *saveButton =
        buttons->addButton(tr("&Save Report\u2026"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("saveReportButton"));
    connect(saveButton, &QPushButton::clicked, this, &ImportReportDialog::save);
    if (mode == Mode::AskToImportRest) {
        m_importRest = buttons->addButton(
            tr("&Import the Other %1 Lines", nullptr, int(report.records - skipped))
                .arg(locale.toString(report.records - skipped)),
            QDialogButtonBox::AcceptRole);
        m_importRest->setObjectName(QStringLiteral("importRestButton"));
        QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
        cancel->setText(tr("&Cancel Import"));
        cancel->setDefault(true);
    } else {
        buttons->addButton(QDialogButtonBox::Close)->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 440);
}

QString ImportReportDialog::saveTo(const QString &path) const
{
    const Status saved = m_report.save(path);
    return saved ? QString() : saved.errorMessage();
}

void ImportReportDialog::save()
{
    const QFileInfo csv(m_report.file);
    //: The file name suggested for the report of importing %1.
    const QString suggested =
        csv.dir().filePath(tr("%1 import report.txt").arg(csv.completeBaseName()));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Import Report"), suggested,
                                     tr("Text report (*.txt);;Problems as CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = saveTo(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Report not saved"), error);
}

} // namespace clientele
