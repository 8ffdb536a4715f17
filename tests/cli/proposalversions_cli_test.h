#pragma once

// What the proposal lifecycle tests of clientele-cli share: a sample workspace, its JSON export
// read and written back, the proposals as `proposals --json` lists them, and files' bytes.

#include "clirun.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace clientele::test {

inline QString newSample(const QTemporaryDir &dir, const QString &name)
{
    const QString file = dir.filePath(name);
    REQUIRE(runCli({QStringLiteral("new"), QStringLiteral("--sample"), file}).exitCode == 0);
    return file;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The workspace's JSON export, as an object.
inline QJsonObject exportedJson(const QString &workspace, const QString &json)
{
    const CliRun exported = runCli({QStringLiteral("export-json"), workspace, json});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    return QJsonDocument::fromJson(fileBytes(json)).object();
}

inline void writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(QJsonDocument(object).toJson()) > 0);
}

// `proposals FILE --json`, by number.
inline QJsonObject listedProposal(const QString &workspace, const QString &number)
{
    const CliRun listed =
        runCli({QStringLiteral("proposals"), workspace, QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    for (const QJsonValue &p : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        if (p.toObject().value(QStringLiteral("number")).toString() == number)
            return p.toObject();
    FAIL("no proposal " << number.toStdString() << " in the listing");
    return {};
}

// `export-pdf FILE OUT --proposal NUMBER [--version N]`; the run, with OUT's bytes if written.
inline CliRun exportProposal(const QString &workspace, const QString &out, const QString &number,
                             int version = 0)
{
    QStringList arguments{QStringLiteral("export-pdf"), workspace, out,
                          QStringLiteral("--proposal"), number};
    if (version > 0)
        arguments << QStringLiteral("--version") << QString::number(version);
    return runCli(arguments);
}

} // namespace clientele::test
