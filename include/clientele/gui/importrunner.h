#pragma once

#include "clientele/storage/import/importoptions.h"
#include "clientele/storage/import/importreport.h"

#include <QObject>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace clientele {

// Runs one pass of an import (the read-only check, or the import itself) on a worker thread with
// its own connection to the workspace, while a progress dialog (updated several times a
// second, with Cancel) keeps the window responsive. A cancel or an error rolls the import's
// transaction back, so the workspace stays as it was.
class ImportRunner : public QObject {
    Q_OBJECT
public:
    enum class Pass { Check, Import };

    ImportRunner(ImportReport::Kind kind, QString workspacePath, QWidget *parent);
    ~ImportRunner() override;

    // Runs `pass` over `csvPath` and returns once the worker is done; events are processed
    // meanwhile.
    ImportReport run(const QString &csvPath, const ImportOptions &options,
                     Pass pass = Pass::Import);
    QProgressDialog *progressDialog() const { return m_progress; }

    // How often, at most, progress reaches the GUI.
    static constexpr int kProgressIntervalMs = 100;

public Q_SLOTS:
    // Asks the worker to stop; it does so at the next record.
    void cancel();

Q_SIGNALS:
    // Bytes of the file read so far and in all (-1 when unknown); on the GUI thread.
    void progressed(qint64 done, qint64 total);

private:
    void showProgress(qint64 done, qint64 total);

    ImportReport::Kind m_kind;
    Pass m_pass = Pass::Import;
    QString m_workspacePath;
    QProgressDialog *m_progress;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace clientele
