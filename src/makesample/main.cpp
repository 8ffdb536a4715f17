// Build step: writes the sample workspace from resources/sample/sample-workspace.json, so the
// app can copy a ready-made file instead of running every migration and an import at start.
//   clientele-make-sample OUTPUT
#include "clientele/storage/sampleworkspace.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace clientele;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: clientele-make-sample OUTPUT\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    // Made again whenever the JSON or a migration changes.
    QFile::remove(path);
    if (const Status built = buildSampleWorkspace(path); !built) {
        std::fprintf(stderr, "%s\n", qPrintable(built.errorMessage()));
        return 1;
    }
    return 0;
}
