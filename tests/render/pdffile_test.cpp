#include "clientele/render/pdfexport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace clientele;

TEST_CASE("A PDF kept from earlier is written byte for byte, or not at all", "[render]")
{
    QTemporaryDir dir;
    const QByteArray pdf("%PDF-1.4\n\x00\xff\r\n%%EOF\n", 21);
    const QString path = dir.filePath(QStringLiteral("pack.pdf"));
    REQUIRE(writePdfFile(pdf, path).ok());
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll() == pdf);

    // A path below a regular file can be written by nobody; the message names the file.
    const QString blocked = dir.filePath(QStringLiteral("pack.pdf/again.pdf"));
    const Status refused = writePdfFile(pdf, blocked);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("again.pdf")));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
          == QStringList{QStringLiteral("pack.pdf")});
}
