// A writer for the crash tests: adds profiles (each with list items) to a workspace one commit at
// a time, imports an invoice file part-way through, and reports each commit on stdout only after
// it is durable, until it is killed. "writing" says the import's transaction holds documents, so
// the test knows which kills landed inside it.
#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"
#include "clientele/storage/invoiceimporter.h"
#include "clientele/storage/logging.h"

#include <QCoreApplication>

#include <cstdio>

using namespace clientele;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    configureLogging({}, false);
    if (argc != 3) {
        std::fprintf(stderr, "usage: crashwriter FILE INVOICES.csv\n");
        return 1;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    auto workspace = Workspace::open(path);
    if (!workspace) {
        std::fprintf(stderr, "error: %s\n", qPrintable(workspace.errorMessage()));
        return 2;
    }
    for (int n = 1;; ++n) {
        const qint64 id = (*workspace)->profiles()->add(QStringLiteral("Profile %1").arg(n));
        if (id == 0)
            return 2;
        for (int i = 0; i < 3; ++i)
            (*workspace)
                ->profiles()
                ->insertListItem(id, ProfileList::Obstacles, i,
                                 {0, QStringLiteral("Obstacle %1.%2").arg(n).arg(i), {}});
        std::printf("profile %lld\n", static_cast<long long>(id));
        std::fflush(stdout);
        if (n == 3) {
            ImportOptions options;
            options.snapshot = false;
            options.writing = [] {
                std::printf("writing\n");
                std::fflush(stdout);
            };
            const ImportReport report =
                InvoiceImporter(path).run(QString::fromLocal8Bit(argv[2]), options);
            if (report.outcome != ImportReport::Outcome::Imported)
                return 2;
            std::printf("imported %lld\n", static_cast<long long>(report.documentsImported));
            std::fflush(stdout);
        }
    }
}
