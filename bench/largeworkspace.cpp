#include "largeworkspace.h"

#include "clientele/domain/profilefields.h"
#include "clientele/storage/chartrepository.h"
#include "clientele/storage/invoiceimporter.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/workspacefile.h"
#include "xerogenerator.h"

#include <QFile>

namespace clientele::bench {

namespace {

void addProfiles(SQLite::Database &db, int wanted)
{
    ProfileRepository profiles(db);
    const QList<CustomerProfile> sample = profiles.all();
    if (sample.isEmpty())
        throw std::runtime_error("the sample has no profile to copy");
    for (int n = int(sample.size()); n < wanted; ++n) {
        CustomerProfile copy = sample.at(n % sample.size());
        copy.id = 0;
        copy.name = QStringLiteral("%1 %2").arg(copy.name).arg(n + 1);
        for (ProfileList list : allProfileLists())
            for (ProfileItem &item : listItems(copy, list))
                item.id = 0;
        profiles.save(copy);
    }
}

void addChartClients(SQLite::Database &db, int wanted)
{
    ChartRepository repository(db);
    IcpChart chart = repository.load();
    const QList<ChartClient> sample = chart.clients();
    if (sample.isEmpty())
        throw std::runtime_error("the sample chart has no client to copy");
    for (int n = int(sample.size()); n < wanted; ++n) {
        const ChartClient &from = sample.at(n % sample.size());
        const qint64 id = chart.insertClient(
            n, {0, QStringLiteral("Client %1").arg(n + 1), from.isReference, from.notes});
        for (const Attribute &attribute : chart.attributes())
            chart.setValue(id, attribute.id, chart.value(from.id, attribute.id));
    }
    repository.replace(chart);
}

} // namespace

QString buildLargeWorkspace(const QString &path, const LargeWorkspaceSize &size)
{
    if (const Status sample = writeSampleWorkspace(path); !sample)
        return sample.errorMessage();
    const QString csv = path + QStringLiteral(".invoices.csv");
    if (writeXeroInvoices(csv.toStdString(), size.invoiceLines) < 0)
        return QStringLiteral("cannot write %1").arg(csv);
    const ImportReport report = InvoiceImporter(path).run(csv);
    QFile::remove(csv);
    if (!report.committed())
        return report.summary();
    auto file = WorkspaceFile::open(path);
    if (!file)
        return file.errorMessage();
    SQLite::Database &db = (*file)->database();
    const Status added = (*file)->transaction([&] {
        addProfiles(db, size.profiles);
        addChartClients(db, size.chartClients);
    });
    return added ? QString() : added.errorMessage();
}

} // namespace clientele::bench
