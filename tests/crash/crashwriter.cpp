// A writer for the crash tests: adds profiles (each with list items) to a workspace one commit at
// a time and reports each commit on stdout only after it is durable, until it is killed.
#include "clientele/core/workspace.h"
#include "clientele/storage/logging.h"

#include <QCoreApplication>

#include <cstdio>

using namespace clientele;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    configureLogging({}, false);
    if (argc != 2) {
        std::fprintf(stderr, "usage: crashwriter FILE\n");
        return 1;
    }
    auto workspace = Workspace::open(QString::fromLocal8Bit(argv[1]));
    if (!workspace) {
        std::fprintf(stderr, "error: %s\n", qPrintable(workspace.errorMessage()));
        return 2;
    }
    for (int n = 1;; ++n) {
        const qint64 id = (*workspace)->addProfile(QStringLiteral("Profile %1").arg(n));
        if (id == 0)
            return 2;
        for (int i = 0; i < 3; ++i)
            (*workspace)
                ->insertListItem(id, ProfileList::Obstacles, i,
                                 {0, QStringLiteral("Obstacle %1.%2").arg(n).arg(i), {}});
        std::printf("%lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    }
}
