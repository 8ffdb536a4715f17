#pragma once

// Reads documents back the way a user would see them: the text of a PDF through poppler.

#include <catch2/catch.hpp>

#include <QProcess>
#include <QString>
#include <QStringList>

namespace clientele::test {

// Runs a poppler tool and returns its standard output; the test fails if the tool cannot run
// or reports an error, so a broken or missing document never reads as "no text".
inline QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(program.toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text (pdftotext), pages separated by form feeds. Ligatures the typesetting made
// ("ﬁ") are read back as their letters, as a reader sees them.
inline QString pdfText(const QString &pdf, const QStringList &options = {})
{
    return runTool(QStringLiteral("pdftotext"), options + QStringList{pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC);
}

} // namespace clientele::test
