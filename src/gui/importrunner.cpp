#include "clientele/gui/importrunner.h"

#include "clientele/storage/contactimporter.h"
#include "clientele/storage/invoiceimporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace clientele {

namespace {

// The progress bar counts per mille so files over 2 GB still fit an int.
constexpr int kSteps = 1000;

} // namespace

ImportRunner::ImportRunner(ImportReport::Kind kind, QString workspacePath, QWidget *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_workspacePath(std::move(workspacePath))
    , m_progress(new QProgressDialog(parent))
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(kind == ImportReport::Kind::Invoices ? tr("Importing Invoices")
                                                                    : tr("Importing Contacts"));
    m_progress->setAccessibleName(m_progress->windowTitle());
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setRange(0, kSteps);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    // Small files finish before a dialog would be worth showing.
    m_progress->setMinimumDuration(400);
    m_progress->setMinimumWidth(420);
    m_progress->reset();
    connect(m_progress, &QProgressDialog::canceled, this, &ImportRunner::cancel);
}

ImportRunner::~ImportRunner()
{
    delete m_progress;
}

void ImportRunner::cancel()
{
    m_cancelled->store(true);
    m_progress->setLabelText(tr("Cancelling\u2026 nothing will be imported."));
}

void ImportRunner::showProgress(qint64 done, qint64 total)
{
    if (total > 0) {
        m_progress->setValue(int(qBound(qint64(0), done * kSteps / total, qint64(kSteps - 1))));
        if (done >= total && !m_cancelled->load() && m_pass == Pass::Import)
            m_progress->setLabelText(tr("Working out the customers\u2019 "
                                        "figures\u2026"));
    }
    Q_EMIT progressed(done, total);
}

ImportReport ImportRunner::run(const QString &csvPath, const ImportOptions &given, Pass pass)
{
    m_pass = pass;
    const QString name = QFileInfo(csvPath).fileName();
    m_progress->setLabelText(
        pass == Pass::Check
            ? tr("Checking \u201C%1\u201D\u2026\nNothing is written until the "
                 "check is done.")
                  .arg(name)
            : tr("Importing \u201C%1\u201D\u2026\nCancel leaves the workspace as it "
                 "was.")
                  .arg(name));
    m_progress->setValue(0);

    ImportOptions options = given;
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    options.read.cancelled = [cancelled] { return cancelled->load(); };
    // Called on the worker: throttled there, then handed to the GUI thread.
    QPointer<ImportRunner> self(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    options.read.progress = [self, clock](qint64 done, qint64 total) {
        if (clock->elapsed() < kProgressIntervalMs && done < total)
            return;
        clock->restart();
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total] {
                if (self)
                    self->showProgress(done, total);
            },
            Qt::QueuedConnection);
    };

    ImportReport report;
    const QString workspace = m_workspacePath;
    const ImportReport::Kind kind = m_kind;
    const bool check = pass == Pass::Check;
    std::unique_ptr<QThread> worker(
        QThread::create([&report, workspace, kind, csvPath, options, check] {
            if (kind == ImportReport::Kind::Invoices) {
                InvoiceImporter importer(workspace);
                report = check ? importer.check(csvPath, options) : importer.run(csvPath, options);
            } else {
                ContactImporter importer(workspace);
                report = check ? importer.check(csvPath, options) : importer.run(csvPath, options);
            }
        }));
    worker->setObjectName(QStringLiteral("import"));
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    // Progress still queued from the worker must not arrive after we are gone.
    QCoreApplication::sendPostedEvents(this);
    m_progress->reset();
    m_progress->hide();
    return report;
}

} // namespace clientele
