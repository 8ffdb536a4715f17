#include "clientele/storage/sampleworkspace.h"

#include "clientele/storage/identities.h"
#include "clientele/storage/invoiceimporter.h"
#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"

#include <QCoreApplication>
#include <QFile>

namespace clientele {

const QString kReadySampleResource = QStringLiteral(":/sample/Sample.clientele");

namespace {

const QString kSampleResource = QStringLiteral(":/sample/sample-workspace.json");
const QString kSampleInvoices = QStringLiteral(":/sample/sample-invoices.csv");

void removeWorkspace(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Writes the ready-made file's bytes (not QFile::copy, which would keep the resource's
// read-only permissions).
Status copyReadySample(const QString &path)
{
    QFile ready(kReadySampleResource);
    QFile target(path);
    if (!ready.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("clientele::SampleWorkspace",
                                                 "Could not read the built-in sample workspace.")};
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{QCoreApplication::translate("clientele::SampleWorkspace",
                                                 "Could not write the sample workspace to %1: %2")
                         .arg(path, target.errorString())};
    const QByteArray bytes = ready.readAll();
    if (target.write(bytes) == bytes.size() && target.flush())
        return success();
    const QString why = target.errorString();
    target.close();
    removeWorkspace(path);
    return Error{QCoreApplication::translate("clientele::SampleWorkspace",
                                             "Could not write the sample workspace to %1: %2")
                     .arg(path, why)};
}

// Every copy of the ready-made file would otherwise share its uuids, and two samples merged
// later would clash; each copy is a workspace of its own.
Status renewSampleIdentities(const QString &path)
{
    auto file = WorkspaceFile::open(path);
    if (!file)
        return file.error();
    return (*file)->transaction([&] { renewIdentities((*file)->database()); });
}

// The consultancy's invoices, imported as a user would: the chart's clients are its best
// customers, so the Customers view, the chart and "Pick top customers" tell one story.
Status importSampleInvoices(const QString &path)
{
    ImportOptions options;
    options.snapshot = false; // a new file has nothing to go back to
    const ImportReport report = InvoiceImporter(path).run(kSampleInvoices, options);
    if (report.outcome == ImportReport::Outcome::Imported)
        return success();
    return Error{report.error.isEmpty() ? report.summary() : report.error};
}

} // namespace

QByteArray sampleWorkspaceJson()
{
    QFile file(kSampleResource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Status buildSampleWorkspace(const QString &path)
{
    auto created = WorkspaceFile::create(path);
    if (!created)
        return created.error();
    Status built = importWorkspaceJson(**created, sampleWorkspaceJson(),
                                       QStringLiteral("sample-workspace.json"));
    created->reset();
    if (built)
        built = importSampleInvoices(path);
    if (built)
        return success();
    // Closed before removing, so no half-made sample is left where the user asked for one.
    removeWorkspace(path);
    return Error{QCoreApplication::translate("clientele::SampleWorkspace",
                                             "Could not write the sample workspace: %1")
                     .arg(built.errorMessage())};
}

Status writeSampleWorkspace(const QString &path)
{
    if (!QFile::exists(kReadySampleResource))
        return buildSampleWorkspace(path);
    if (Status copied = copyReadySample(path); !copied)
        return copied;
    if (Status renewed = renewSampleIdentities(path); !renewed) {
        removeWorkspace(path);
        return Error{QCoreApplication::translate("clientele::SampleWorkspace",
                                                 "Could not write the sample workspace: %1")
                         .arg(renewed.errorMessage())};
    }
    return success();
}

} // namespace clientele
