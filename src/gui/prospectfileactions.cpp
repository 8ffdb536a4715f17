#include "clientele/gui/prospectfileactions.h"

#include "clientele/core/prospectbook.h"
#include "clientele/core/prospectcsv.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/prospectcolumnsdialog.h"
#include "csvfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace clientele {

ProspectFileActions::ProspectFileActions(Workspace *workspace, QWidget *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_parent(parent)
    , m_import(new QAction(tr("&Import Prospects\u2026"), this))
    , m_export(new QAction(tr("E&xport Prospects as CSV\u2026"), this))
{
    m_import->setToolTip(tr("Add prospects from a CSV file with a Company column and the "
                            "chart's attributes, or a Xero or Odoo contacts export"));
    m_export->setToolTip(tr("Save every prospect as a CSV file that imports back"));
    connect(m_import, &QAction::triggered, this, [this] {
        const QString path = askCsvOpenPath(m_parent, tr("Import Prospects"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_export, &QAction::triggered, this, [this] {
        const QString path =
            askCsvSavePath(m_parent, tr("Export Prospects as CSV"), tr("Prospects.csv"));
        if (path.isEmpty())
            return;
        if (const QString problem = exportTo(path); !problem.isEmpty())
            QMessageBox::warning(m_parent, tr("Export Prospects as CSV"), problem);
    });
}

QString ProspectFileActions::exportTo(const QString &path) const
{
    const Status written = exportProspectsCsv(*m_workspace, path);
    return written ? QString() : written.errorMessage();
}

void ProspectFileActions::importFile(const QString &path)
{
    run(path, {});
}

void ProspectFileActions::run(const QString &path, const QHash<int, QString> &columns)
{
    const auto result = importProspectsCsv(*m_workspace, path, columns);
    if (!result) {
        // A readable file whose header names no company: ask which column holds what.
        const auto preview = previewProspectCsv(path);
        if (columns.isEmpty() && preview && !preview->isEmpty()) {
            auto *dialog =
                new ProspectColumnsDialog(*preview, prospectFields(*m_workspace), m_parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this,
                    [this, path, dialog] { run(path, dialog->columns()); });
            dialog->open();
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Prospects"),
                                    result.errorMessage(), QMessageBox::Ok, m_parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    QStringList details;
    for (const ImportProblem &problem : result->skipped)
        details << tr("Line %1, %2: %3").arg(problem.line).arg(problem.column, problem.message);
    QString text = tr("Added %n prospects from %1.", nullptr, int(result->added.size()))
                       .arg(QFileInfo(path).fileName());
    if (!details.isEmpty())
        text +=
            QLatin1Char(' ')
            + tr("%n lines or cells were left out; see the details.", nullptr, int(details.size()));
    auto *box = new QMessageBox(QMessageBox::Information, tr("Import Prospects"), text,
                                QMessageBox::Ok, m_parent);
    box->setDetailedText(details.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT imported(result->added);
}

} // namespace clientele
