#pragma once

// Runs clientele-cli as a user's script would and keeps what it printed.

#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace clientele::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// `environment` is the one the program starts in; the test's own unless given (a German
// session, say).
inline CliRun
runCli(const QStringList &arguments,
       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CLIENTELE_CLI), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace clientele::test
