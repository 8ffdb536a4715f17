#include "proposalversions_cli_test.h"

#include "pdftools.h"

#include <QDate>
#include <QRegularExpression>

using namespace clientele::test;

namespace {

// The 64 hex digits after "SHA-256: " in what start-review printed.
QString printedSha(const CliRun &started)
{
    const auto match =
        QRegularExpression(QStringLiteral("SHA-256: ([0-9a-f]{64})\n")).match(started.out);
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

// The PDF's pages as text, each with its runs of white space (line breaks in table cells
// among them) made single spaces.
QStringList pagesOf(const QString &pdf)
{
    QStringList pages;
    for (QString page : pdfText(pdf).split(u'\f', Qt::SkipEmptyParts))
        pages << page.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    return pages;
}

CliRun exportPack(const QString &workspace, const QString &out, int round = 0)
{
    QStringList arguments{QStringLiteral("export-pdf"), workspace, out,
                          QStringLiteral("--review-pack")};
    if (round > 0)
        arguments << QStringLiteral("--round") << QString::number(round);
    return runCli(arguments);
}

QJsonArray roundsIn(const QJsonObject &workspace)
{
    return workspace.value(QStringLiteral("reviewRounds")).toArray();
}

QByteArray storedPack(const QJsonArray &rounds, int index)
{
    return QByteArray::fromBase64(
        rounds.at(index).toObject().value(QStringLiteral("pdf")).toString().toLatin1());
}

const QString kOwner = QStringLiteral("Swamped owner of an industrial equipment firm");

} // namespace

TEST_CASE("cli: start-review freezes a round and round 2 opens with what changed since round 1",
          "[cli][review]")
{
    QTemporaryDir dir;
    const QString file = newSample(dir, QStringLiteral("s.clientele"));
    const QString today = QDate::currentDate().toString(Qt::ISODate);

    const CliRun first = runCli({QStringLiteral("start-review"), file});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.startsWith(QStringLiteral("Started review round 1: Round 1\n")));
    CHECK(first.out.contains(QStringLiteral("Date: ") + today + u'\n'));
    CHECK(first.out.contains(QStringLiteral("Changes: none, this is the first round\n")));
    const QString firstSha = printedSha(first);

    // The pack exported is the one stored with the round, to the byte.
    const QString firstPdf = dir.filePath(QStringLiteral("round1.pdf"));
    REQUIRE(exportPack(file, firstPdf).exitCode == 0);
    const QByteArray firstPack = fileBytes(firstPdf);
    CHECK(sha256Hex(firstPack) == firstSha);
    const QString json = dir.filePath(QStringLiteral("s.json"));
    QJsonObject workspace = exportedJson(file, json);
    REQUIRE(roundsIn(workspace).size() == 1);
    CHECK(storedPack(roundsIn(workspace), 0) == firstPack);
    CHECK(roundsIn(workspace).at(0).toObject().value(QStringLiteral("sha256")).toString()
          == firstSha);
    const QStringList firstPages = pagesOf(firstPdf);
    REQUIRE(firstPages.size() >= 3);
    CHECK(firstPages.at(1).contains(kOwner));
    CHECK_FALSE(firstPages.join(u' ').contains(QStringLiteral("What changed since")));

    // The owner's profile works in another industry from now on.
    QJsonArray profiles = workspace.value(QStringLiteral("profiles")).toArray();
    QJsonObject owner = profiles.at(0).toObject();
    REQUIRE(owner.value(QStringLiteral("name")).toString() == kOwner);
    REQUIRE(owner.value(QStringLiteral("industry")).toString()
            == QStringLiteral("Engineering, manufacturing and trade services"));
    owner[QStringLiteral("industry")] = QStringLiteral("Electrical contracting");
    profiles[0] = owner;
    workspace[QStringLiteral("profiles")] = profiles;
    writeJson(json, workspace);
    const QString edited = dir.filePath(QStringLiteral("edited.clientele"));
    REQUIRE(runCli({QStringLiteral("import-json"), json, edited}).exitCode == 0);

    const CliRun second = runCli({QStringLiteral("start-review"), edited, QStringLiteral("--name"),
                                  QStringLiteral("After the workshop")});
    INFO(second.err.toStdString());
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.startsWith(QStringLiteral("Started review round 2: After the workshop\n")));
    CHECK(second.out.contains(QStringLiteral("Changes since round 1: 1\n")));
    const QString secondPdf = dir.filePath(QStringLiteral("round2.pdf"));
    REQUIRE(exportPack(edited, secondPdf).exitCode == 0);
    CHECK(sha256Hex(fileBytes(secondPdf)) == printedSha(second));

    // After the cover, the pack opens with the change, old beside new, before any profile.
    const QStringList pages = pagesOf(secondPdf);
    REQUIRE(pages.size() >= 3);
    CHECK(pages.at(0).contains(QStringLiteral("1. What changed since round 1")));
    const QString changes = pages.at(1);
    CHECK(changes.contains(QStringLiteral("What changed since round 1")));
    CHECK(changes.contains(QStringLiteral("Profile: ") + kOwner));
    CHECK(changes.contains(QStringLiteral("Round 1 Round 2")));
    CHECK(changes.contains(QStringLiteral(
        "Industry Engineering, manufacturing and trade services Electrical contracting")));
    CHECK(pages.at(2).contains(kOwner));
    CHECK(pages.at(2).contains(QStringLiteral("Electrical contracting")));

    // Round 1 came through the JSON unchanged and still exports as it was printed.
    const QString again = dir.filePath(QStringLiteral("again.pdf"));
    REQUIRE(exportPack(edited, again, 1).exitCode == 0);
    CHECK(fileBytes(again) == firstPack);
    const CliRun info = runCli({QStringLiteral("info"), edited, QStringLiteral("--json")});
    REQUIRE(info.exitCode == 0);
    CHECK(QJsonDocument::fromJson(info.out.toUtf8())
              .object()
              .value(QStringLiteral("reviewRounds"))
              .toInt()
          == 2);
}

TEST_CASE("cli: sign-off-review records who signed a round off, once", "[cli][review]")
{
    QTemporaryDir dir;
    const QString file = newSample(dir, QStringLiteral("s.clientele"));
    REQUIRE(runCli({QStringLiteral("start-review"), file}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("start-review"), file}).exitCode == 0);
    const QString today = QDate::currentDate().toString(Qt::ISODate);

    // The latest round unless one is named.
    const CliRun signedOff = runCli({QStringLiteral("sign-off-review"), file,
                                     QStringLiteral("--by"), QStringLiteral("Jo Bloggs")});
    INFO(signedOff.err.toStdString());
    REQUIRE(signedOff.exitCode == 0);
    CHECK(
        signedOff.out
        == QStringLiteral("Review round 2 (Round 2) signed off by Jo Bloggs on %1.\n").arg(today));
    const CliRun first =
        runCli({QStringLiteral("sign-off-review"), file, QStringLiteral("--round"),
                QStringLiteral("1"), QStringLiteral("--by"), QStringLiteral("Sam Reid")});
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.startsWith(QStringLiteral("Review round 1 (Round 1) signed off by Sam Reid")));

    const QJsonArray rounds = roundsIn(exportedJson(file, dir.filePath(QStringLiteral("s.json"))));
    REQUIRE(rounds.size() == 2);
    CHECK(rounds.at(0).toObject().value(QStringLiteral("signedOffBy")).toString()
          == QStringLiteral("Sam Reid"));
    CHECK(rounds.at(1).toObject().value(QStringLiteral("signedOffBy")).toString()
          == QStringLiteral("Jo Bloggs"));
    CHECK(rounds.at(1).toObject().value(QStringLiteral("signedOffAt")).toString().endsWith(u'Z'));

    // A round is signed off once; the second sign-off changes nothing.
    const CliRun twice = runCli({QStringLiteral("sign-off-review"), file, QStringLiteral("--by"),
                                 QStringLiteral("Al Moss")});
    CHECK(twice.exitCode == 2);
    CHECK(twice.err == QStringLiteral("error: Round 2 was already signed off by Jo Bloggs.\n"));
    CHECK(twice.out.isEmpty());
    CHECK(roundsIn(exportedJson(file, dir.filePath(QStringLiteral("t.json"))))
              .at(1)
              .toObject()
              .value(QStringLiteral("signedOffBy"))
              .toString()
          == QStringLiteral("Jo Bloggs"));
}

TEST_CASE("cli: the review commands refuse wrong usage and a round that is not there",
          "[cli][review]")
{
    QTemporaryDir dir;
    const QString file = newSample(dir, QStringLiteral("s.clientele"));
    const QString out = dir.filePath(QStringLiteral("pack.pdf"));

    // No round yet: nothing to export or sign off, and the message says how to start one.
    const CliRun none = exportPack(file, out);
    CHECK(none.exitCode == 2);
    CHECK(none.err
          == QStringLiteral("error: %1 has no review rounds yet: start one with clientele-cli "
                            "start-review %1.\n")
                 .arg(file));
    CHECK_FALSE(QFile::exists(out));
    const CliRun nothingToSign = runCli(
        {QStringLiteral("sign-off-review"), file, QStringLiteral("--by"), QStringLiteral("Jo")});
    CHECK(nothingToSign.exitCode == 2);
    CHECK(nothingToSign.err.contains(QStringLiteral("start-review")));

    REQUIRE(runCli({QStringLiteral("start-review"), file}).exitCode == 0);
    const CliRun missing = exportPack(file, out, 2);
    CHECK(missing.exitCode == 2);
    CHECK(missing.err
          == QStringLiteral("error: %1 has no review round 2; the latest is round 1.\n").arg(file));
    CHECK_FALSE(QFile::exists(out));

    // Wrong usage is exit 1 and changes nothing.
    const QList<QStringList> wrong{
        {QStringLiteral("start-review")},
        {QStringLiteral("start-review"), file, QStringLiteral("extra")},
        {QStringLiteral("sign-off-review"), file},
        {QStringLiteral("sign-off-review"), file, QStringLiteral("--by"), QStringLiteral(" ")},
        {QStringLiteral("sign-off-review"), file, QStringLiteral("--round"), QStringLiteral("0"),
         QStringLiteral("--by"), QStringLiteral("Jo")},
        {QStringLiteral("export-pdf"), file, out, QStringLiteral("--round"), QStringLiteral("1")},
        {QStringLiteral("export-pdf"), file, out, QStringLiteral("--review-pack"),
         QStringLiteral("--round"), QStringLiteral("first")},
        {QStringLiteral("export-pdf"), file, out, QStringLiteral("--review-pack"),
         QStringLiteral("--proposal"), QStringLiteral("P-2026-001")},
    };
    for (const QStringList &arguments : wrong) {
        INFO(arguments.join(u' ').toStdString());
        const CliRun refused = runCli(arguments);
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("Usage: clientele-cli ")));
        CHECK(refused.out.isEmpty());
    }
    CHECK_FALSE(QFile::exists(out));
    const QJsonArray rounds = roundsIn(exportedJson(file, dir.filePath(QStringLiteral("s.json"))));
    REQUIRE(rounds.size() == 1);
    CHECK(rounds.at(0).toObject().value(QStringLiteral("signedOffBy")).toString().isEmpty());
}
