#include "proposalversions_cli_test.h"

#include "pdftools.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

using namespace clientele::test;

namespace {

const QString kSmall = QStringLiteral("P-2026-001");  // informal, $2,800 once
const QString kMedium = QStringLiteral("P-2026-002"); // formal, $22,700 once

CliRun cli(const QStringList &arguments)
{
    return runCli(arguments);
}

QJsonArray versionsOf(const QJsonObject &listed)
{
    return listed.value(QStringLiteral("versions")).toArray();
}

QString statusOf(const QJsonArray &versions, int index)
{
    return versions.at(index).toObject().value(QStringLiteral("status")).toString();
}

QString shaOf(const QJsonArray &versions, int index)
{
    return versions.at(index).toObject().value(QStringLiteral("sha256")).toString();
}

// The 64 hex digits after "SHA-256: " in what send-proposal printed.
QString printedSha(const CliRun &sent)
{
    const auto match =
        QRegularExpression(QStringLiteral("SHA-256: ([0-9a-f]{64})\n")).match(sent.out);
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

} // namespace

TEST_CASE("cli: send-proposal freezes the version and export-pdf writes its bytes again",
          "[cli][proposal]")
{
    QTemporaryDir dir;
    const QString file = newSample(dir, QStringLiteral("s.clientele"));

    const CliRun sent = cli({QStringLiteral("send-proposal"), file, kSmall});
    INFO(sent.err.toStdString());
    REQUIRE(sent.exitCode == 0);
    CHECK(sent.out.startsWith(QStringLiteral("Sent version 1 of P-2026-001.\n")));
    // The sample's draft runs 30 days (2 March to 1 April); sending restarts them today.
    const QString validUntil = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    CHECK(sent.out.contains(QStringLiteral("Valid until: ") + validUntil));
    const QString sha = printedSha(sent);

    QJsonObject listed = listedProposal(file, kSmall);
    CHECK(listed.value(QStringLiteral("status")).toString() == QStringLiteral("sent"));
    CHECK(listed.value(QStringLiteral("version")).toInt() == 1);
    CHECK(listed.value(QStringLiteral("outcome")).isNull());
    CHECK(listed.value(QStringLiteral("lostReason")).isNull());
    QJsonArray versions = versionsOf(listed);
    REQUIRE(versions.size() == 1);
    const QJsonObject first = versions.at(0).toObject();
    CHECK(first.value(QStringLiteral("version")).toInt() == 1);
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("sent"));
    CHECK(first.value(QStringLiteral("sha256")).toString() == sha);
    CHECK(first.value(QStringLiteral("validUntil")).toString() == validUntil);
    const QString sentAt = first.value(QStringLiteral("sentAt")).toString();
    CHECK(sentAt.endsWith(u'Z'));
    CHECK(QDateTime::fromString(sentAt, Qt::ISODateWithMs).isValid());

    // The version, asked for by number or as the current one, is the stored PDF to the byte.
    const QString byVersion = dir.filePath(QStringLiteral("v1.pdf"));
    REQUIRE(exportProposal(file, byVersion, kSmall, 1).exitCode == 0);
    const QByteArray frozen = fileBytes(byVersion);
    CHECK(sha256Hex(frozen) == sha);
    const QString current = dir.filePath(QStringLiteral("current.pdf"));
    REQUIRE(exportProposal(file, current, QStringLiteral("1")).exitCode == 0);
    CHECK(fileBytes(current) == frozen);
    const QJsonObject json = exportedJson(file, dir.filePath(QStringLiteral("s.json")));
    const QJsonObject stored = json.value(QStringLiteral("proposals"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("versions"))
                                   .toArray()
                                   .at(0)
                                   .toObject();
    CHECK(QByteArray::fromBase64(stored.value(QStringLiteral("pdf")).toString().toLatin1())
          == frozen);
    CHECK(pdfText(byVersion).contains(QStringLiteral("Hunter Weighbridge Services")));
    CHECK_FALSE(pdfText(byVersion).contains(QStringLiteral("DRAFT")));

    // A sent version goes out once.
    const CliRun again = cli({QStringLiteral("send-proposal"), file, kSmall});
    CHECK(again.exitCode == 2);
    CHECK(again.err
          == QStringLiteral("error: Version 1 of proposal P-2026-001 has already been sent.\n"));
    CHECK(again.out.isEmpty());
    CHECK(versionsOf(listedProposal(file, kSmall)).size() == 1);

    // Revising starts version 2; version 1 stays what the prospect holds.
    const CliRun revised = cli({QStringLiteral("revise-proposal"), file, kSmall});
    REQUIRE(revised.exitCode == 0);
    CHECK(revised.out.startsWith(QStringLiteral("Started version 2 of P-2026-001 as a draft")));
    listed = listedProposal(file, kSmall);
    CHECK(listed.value(QStringLiteral("status")).toString() == QStringLiteral("draft"));
    CHECK(listed.value(QStringLiteral("version")).toInt() == 2);
    versions = versionsOf(listed);
    REQUIRE(versions.size() == 2);
    CHECK(statusOf(versions, 0) == QStringLiteral("sent"));
    CHECK(shaOf(versions, 0) == sha);
    CHECK(versions.at(1).toObject().value(QStringLiteral("version")).toInt() == 2);
    CHECK(statusOf(versions, 1) == QStringLiteral("draft"));
    CHECK(versions.at(1).toObject().value(QStringLiteral("sentAt")).isNull());
    CHECK(versions.at(1).toObject().value(QStringLiteral("sha256")).isNull());
    CHECK(cli({QStringLiteral("proposals"), file})
              .out.contains(QRegularExpression(QStringLiteral("P-2026-001 +v2 +Draft"))));
    REQUIRE(exportProposal(file, byVersion, kSmall, 1).exitCode == 0);
    CHECK(fileBytes(byVersion) == frozen);
    // The draft is typeset now, as it reads at version 2.
    const QString draft = dir.filePath(QStringLiteral("draft.pdf"));
    REQUIRE(exportProposal(file, draft, kSmall).exitCode == 0);
    CHECK(pdfText(draft).contains(QStringLiteral("Hunter Weighbridge Services")));
    CHECK(pdfText(draft).contains(QStringLiteral("DRAFT")));

    // A draft is revised by editing it, not by revising again.
    const CliRun twice = cli({QStringLiteral("revise-proposal"), file, kSmall});
    CHECK(twice.exitCode == 2);
    CHECK(twice.err.startsWith(
        QStringLiteral("error: Version 2 of proposal P-2026-001 has not been sent")));

    // Sending version 2 supersedes version 1, which still exports as it was.
    const CliRun second = cli({QStringLiteral("send-proposal"), file, kSmall});
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.startsWith(QStringLiteral("Sent version 2 of P-2026-001.\n")));
    versions = versionsOf(listedProposal(file, kSmall));
    REQUIRE(versions.size() == 2);
    CHECK(statusOf(versions, 0) == QStringLiteral("superseded"));
    CHECK(statusOf(versions, 1) == QStringLiteral("sent"));
    CHECK(shaOf(versions, 1) == printedSha(second));
    REQUIRE(exportProposal(file, byVersion, kSmall, 1).exitCode == 0);
    CHECK(fileBytes(byVersion) == frozen);
    const QString secondPdf = dir.filePath(QStringLiteral("v2.pdf"));
    REQUIRE(exportProposal(file, secondPdf, kSmall, 2).exitCode == 0);
    CHECK(sha256Hex(fileBytes(secondPdf)) == printedSha(second));
}

TEST_CASE("cli: export-pdf --version refuses a version that was never sent", "[cli][proposal]")
{
    QTemporaryDir dir;
    const QString file = newSample(dir, QStringLiteral("s.clientele"));
    const QString out = dir.filePath(QStringLiteral("out.pdf"));

    const CliRun none = exportProposal(file, out, kSmall, 2);
    CHECK(none.exitCode == 2);
    CHECK(none.err
          == QStringLiteral("error: Proposal P-2026-001 has no version 2: it is at version 1 "
                            "and none has been sent.\n"));
    REQUIRE(cli({QStringLiteral("send-proposal"), file, kSmall}).exitCode == 0);
    const CliRun later = exportProposal(file, out, kSmall, 3);
    CHECK(later.exitCode == 2);
    CHECK(later.err
          == QStringLiteral("error: Proposal P-2026-001 has no version 3: it is at version 1, "
                            "and the versions sent are 1.\n"));
    CHECK_FALSE(QFile::exists(out));

    // --version narrows --proposal and takes a number.
    CHECK(cli({QStringLiteral("export-pdf"), file, out, QStringLiteral("--version"),
               QStringLiteral("1")})
              .exitCode
          == 1);
    for (const QString &bad : {QStringLiteral("0"), QStringLiteral("first")}) {
        const CliRun refused =
            cli({QStringLiteral("export-pdf"), file, out, QStringLiteral("--proposal"), kSmall,
                 QStringLiteral("--version"), bad});
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("--version")));
    }
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("cli: send-proposal refuses a formal proposal above the threshold until approved",
          "[cli][proposal]")
{
    QTemporaryDir dir;
    const QString sample = newSample(dir, QStringLiteral("s.clientele"));
    const QString json = dir.filePath(QStringLiteral("s.json"));
    QJsonObject workspace = exportedJson(sample, json);
    QJsonObject settings = workspace.value(QStringLiteral("settings")).toObject();
    settings[QStringLiteral("approvalThreshold")] = QStringLiteral("10000.00");
    workspace[QStringLiteral("settings")] = settings;
    writeJson(json, workspace);
    const QString file = dir.filePath(QStringLiteral("threshold.clientele"));
    REQUIRE(cli({QStringLiteral("import-json"), json, file}).exitCode == 0);

    const CliRun refused = cli({QStringLiteral("send-proposal"), file, kMedium});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err
          == QStringLiteral("error: Proposal P-2026-002 needs an internal approval before it is "
                            "sent: its one-off total of $22,700 is above $10,000.\n"));
    const QJsonObject listed = listedProposal(file, kMedium);
    CHECK(listed.value(QStringLiteral("status")).toString() == QStringLiteral("draft"));
    REQUIRE(versionsOf(listed).size() == 1);
    CHECK(statusOf(versionsOf(listed), 0) == QStringLiteral("draft"));

    // An informal proposal never waits for one.
    CHECK(cli({QStringLiteral("send-proposal"), file, kSmall}).exitCode == 0);

    // With the approval recorded, it goes out and says who approved it.
    QJsonArray proposals = workspace.value(QStringLiteral("proposals")).toArray();
    QJsonObject medium = proposals.at(1).toObject();
    medium[QStringLiteral("approvedBy")] = QStringLiteral("Mia Chen");
    medium[QStringLiteral("approvedAt")] = QStringLiteral("2026-03-10T09:00:00.000Z");
    proposals[1] = medium;
    workspace[QStringLiteral("proposals")] = proposals;
    writeJson(json, workspace);
    const QString approved = dir.filePath(QStringLiteral("approved.clientele"));
    REQUIRE(cli({QStringLiteral("import-json"), json, approved}).exitCode == 0);
    const CliRun sent = cli({QStringLiteral("send-proposal"), approved, kMedium});
    INFO(sent.err.toStdString());
    CHECK(sent.exitCode == 0);
    CHECK(sent.out.contains(QStringLiteral("Approved by: Mia Chen\n")));

    // Or the approval is given as it is sent.
    CHECK(cli({QStringLiteral("send-proposal"), file, kMedium, QStringLiteral("--approved-by"),
               QStringLiteral(" ")})
              .exitCode
          == 1);
    const CliRun approvedNow = cli({QStringLiteral("send-proposal"), file, kMedium,
                                    QStringLiteral("--approved-by"), QStringLiteral("Ravi Shah")});
    INFO(approvedNow.err.toStdString());
    CHECK(approvedNow.exitCode == 0);
    CHECK(approvedNow.out.contains(QStringLiteral("Approved by: Ravi Shah\n")));
    CHECK(statusOf(versionsOf(listedProposal(file, kMedium)), 0) == QStringLiteral("sent"));
}

TEST_CASE("cli: the proposal commands need a workspace and a proposal that exists",
          "[cli][proposal]")
{
    QTemporaryDir dir;
    const QString file = newSample(dir, QStringLiteral("s.clientele"));
    for (const QString &command :
         {QStringLiteral("send-proposal"), QStringLiteral("revise-proposal")}) {
        INFO(command.toStdString());
        const CliRun missing = cli({command, file});
        CHECK(missing.exitCode == 1);
        CHECK(missing.err.contains(
            QStringLiteral("Usage: clientele-cli %1 FILE NUMBER").arg(command)));
        const CliRun unknown = cli({command, file, QStringLiteral("P-1999-009")});
        CHECK(unknown.exitCode == 2);
        CHECK(unknown.err
              == QStringLiteral("error: No proposal with the number or id \"P-1999-009\" in %1.\n")
                     .arg(file));
        const CliRun noFile =
            cli({command, dir.filePath(QStringLiteral("none.clientele")), kSmall});
        CHECK(noFile.exitCode == 2);
        CHECK(noFile.err.startsWith(QStringLiteral("error: ")));
        CHECK(cli({command, QStringLiteral("--help")}).exitCode == 0);
    }
    CHECK(listedProposal(file, kSmall).value(QStringLiteral("version")).toInt() == 1);
    CHECK(versionsOf(listedProposal(file, kSmall)).size() == 1);
}

TEST_CASE("cli: a JSON round trip keeps every sent version byte for byte", "[cli][proposal]")
{
    QTemporaryDir dir;
    const QString file = newSample(dir, QStringLiteral("s.clientele"));
    for (const QStringList &step :
         {QStringList{QStringLiteral("send-proposal"), file, kSmall},
          QStringList{QStringLiteral("revise-proposal"), file, kSmall},
          QStringList{QStringLiteral("send-proposal"), file, kSmall},
          QStringList{QStringLiteral("send-proposal"), file, kMedium},
          QStringList{QStringLiteral("close-proposal"), file, kMedium, QStringLiteral("--lost"),
                      QStringLiteral("--reason"), QStringLiteral("Price")}}) {
        INFO(step.join(u' ').toStdString());
        REQUIRE(cli(step).exitCode == 0);
    }
    const QString json = dir.filePath(QStringLiteral("s.json"));
    const QJsonObject exported = exportedJson(file, json);
    CHECK(exported.value(QStringLiteral("formatVersion")).toInt() == 4);
    const QString copy = dir.filePath(QStringLiteral("copy.clientele"));
    const CliRun imported = cli({QStringLiteral("import-json"), json, copy});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    for (const auto &[number, count] : {std::pair{kSmall, 2}, std::pair{kMedium, 1}}) {
        const QJsonObject before = listedProposal(file, number);
        const QJsonObject after = listedProposal(copy, number);
        CHECK(after == before);
        REQUIRE(versionsOf(after).size() == count);
        for (int version = 1; version <= count; ++version) {
            INFO(number.toStdString() << " version " << version);
            const QString original = dir.filePath(QStringLiteral("original.pdf"));
            const QString again = dir.filePath(QStringLiteral("again.pdf"));
            REQUIRE(exportProposal(file, original, number, version).exitCode == 0);
            REQUIRE(exportProposal(copy, again, number, version).exitCode == 0);
            CHECK(fileBytes(again) == fileBytes(original));
            CHECK(sha256Hex(fileBytes(again)) == shaOf(versionsOf(after), version - 1));
        }
    }
    const QJsonObject lost = listedProposal(copy, kMedium);
    CHECK(lost.value(QStringLiteral("outcome")).toString() == QStringLiteral("lost"));
    CHECK(lost.value(QStringLiteral("lostReason")).toString() == QStringLiteral("Price"));
    CHECK(statusOf(versionsOf(lost), 0) == QStringLiteral("lost"));

    // A copy whose PDF is not the one its SHA-256 names is refused, and nothing is made.
    QJsonObject tampered = exported;
    QJsonArray proposals = tampered.value(QStringLiteral("proposals")).toArray();
    QJsonObject small = proposals.at(0).toObject();
    QJsonArray versions = small.value(QStringLiteral("versions")).toArray();
    QJsonObject first = versions.at(0).toObject();
    first[QStringLiteral("pdf")] = QString::fromLatin1(QByteArray("%PDF-1.4 other").toBase64());
    versions[0] = first;
    small[QStringLiteral("versions")] = versions;
    proposals[0] = small;
    tampered[QStringLiteral("proposals")] = proposals;
    writeJson(json, tampered);
    const QString refusedCopy = dir.filePath(QStringLiteral("tampered.clientele"));
    const CliRun refused = cli({QStringLiteral("import-json"), json, refusedCopy});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.startsWith(QStringLiteral("error: ")));
    CHECK(refused.err
          == QStringLiteral("error: s.json: proposals[0].versions[0].sha256: the PDF of version 1 "
                            "does not match its SHA-256\n"));
    CHECK_FALSE(QFile::exists(refusedCopy));
}

TEST_CASE("cli: a version that prints its changes goes out with them as its last page",
          "[cli][proposal]")
{
    QTemporaryDir dir;
    const QString file = newSample(dir, QStringLiteral("s.clientele"));
    REQUIRE(cli({QStringLiteral("send-proposal"), file, kSmall}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("revise-proposal"), file, kSmall}).exitCode == 0);
    // Version 2 asks for three procedure writing days instead of two, and prints what changed.
    const QString json = dir.filePath(QStringLiteral("s.json"));
    QJsonObject workspace = exportedJson(file, json);
    QJsonArray proposals = workspace.value(QStringLiteral("proposals")).toArray();
    QJsonObject small = proposals.at(0).toObject();
    small[QStringLiteral("printChanges")] = true;
    QJsonArray lines = small.value(QStringLiteral("lines")).toArray();
    QJsonObject days = lines.at(1).toObject();
    REQUIRE(days.value(QStringLiteral("description")).toString()
            == QStringLiteral("Procedure writing day"));
    days[QStringLiteral("quantity")] = 3;
    lines[1] = days;
    small[QStringLiteral("lines")] = lines;
    proposals[0] = small;
    workspace[QStringLiteral("proposals")] = proposals;
    writeJson(json, workspace);
    const QString revised = dir.filePath(QStringLiteral("revised.clientele"));
    REQUIRE(cli({QStringLiteral("import-json"), json, revised}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("send-proposal"), revised, kSmall}).exitCode == 0);

    const QString pdf = dir.filePath(QStringLiteral("v2.pdf"));
    REQUIRE(exportProposal(revised, pdf, kSmall, 2).exitCode == 0);
    const QStringList pages = pdfText(pdf).split(u'\f', Qt::SkipEmptyParts);
    REQUIRE(pages.size() >= 2);
    const QString last = pages.last();
    CHECK(last.contains(QStringLiteral("Changes since version 1")));
    CHECK(last.contains(QStringLiteral("quantity")));
    // The one-off total: two days at $1,400 and the free assessment, then three days.
    CHECK(last.contains(QStringLiteral("AUD 2,800.00")));
    CHECK(last.contains(QStringLiteral("AUD 4,200.00")));
    CHECK_FALSE(pages.first().contains(QStringLiteral("Changes since")));
    const QString first = dir.filePath(QStringLiteral("v1.pdf"));
    REQUIRE(exportProposal(revised, first, kSmall, 1).exitCode == 0);
    CHECK_FALSE(pdfText(first).contains(QStringLiteral("Changes since")));
}
