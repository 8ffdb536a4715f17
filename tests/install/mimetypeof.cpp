// Prints the MIME type Qt's database gives each FILE, one per line, as Qt applications and
// KDE's file manager see it (QMimeDatabase follows XDG_DATA_DIRS).
//   mimetypeof FILE...
#include <QCoreApplication>
#include <QMimeDatabase>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QMimeDatabase database;
    for (int i = 1; i < argc; ++i)
        std::printf("%s\n",
                    qPrintable(database.mimeTypeForFile(QString::fromLocal8Bit(argv[i])).name()));
    return argc > 1 ? 0 : 2;
}
