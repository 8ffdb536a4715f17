#pragma once

#include "clientele/gui/importpreview.h"
#include "clientele/storage/import/importoptions.h"
#include "clientele/storage/import/importreport.h"

#include <QObject>

#include <functional>
#include <optional>

class QWidget;

namespace clientele {

class ImportRunner;

// What an import asks the user on the way. The defaults show the dialogs; tests answer in
// their place.
struct ImportQuestions {
    // Columns not recognised: which column holds what; nothing to give up.
    std::function<std::optional<ColumnMapping>(const ImportPreview &)> mapping;
    // Day/month order unknown: which one, given example dates; nothing to give up.
    std::function<std::optional<DateOrder>(const QString &file, const QStringList &examples)>
        dateOrder;
    // Some lines cannot be read: import the rest?
    std::function<bool(const ImportReport &)> importRest;
    // The import failed; tell the user why.
    std::function<void(const ImportReport &)> failed;
    // The import committed: tell the user what it brought in (sales in currencies other than
    // `homeCurrency` named). True when they ask to see the customers. Unset: nothing is shown.
    std::function<bool(const ImportReport &, const QString &homeCurrency)> imported;
};

// One import from start to end, off the GUI thread: a read-only check of the whole file first,
// whose report raises every question (a column mapping, the date order, whether to import
// despite bad lines); each is asked once, the date order without reading the file again; then
// one import with all the answers, which takes one snapshot and writes once.
class ImportFlow : public QObject {
    Q_OBJECT
public:
    ImportFlow(ImportReport::Kind kind, QString workspacePath, QWidget *parent);

    static ImportQuestions dialogQuestions(QWidget *parent);
    void setQuestions(ImportQuestions questions) { m_questions = std::move(questions); }

    // The final report: Imported, or why nothing was (Cancelled when the user gave up).
    ImportReport run(const QString &csvPath);

Q_SIGNALS:
    // Before each pass, so callers can follow its progress (or cancel it).
    void runnerStarted(ImportRunner *runner);

private:
    ImportReport pass(const QString &csvPath, const ImportOptions &options, bool check);

private:
    ImportReport::Kind m_kind;
    QString m_workspacePath;
    QWidget *m_parent;
    ImportQuestions m_questions;
};

// The one-line summary for the status bar: lines read, imported, already present, skipped.
QString importSummary(const ImportReport &report);

} // namespace clientele
