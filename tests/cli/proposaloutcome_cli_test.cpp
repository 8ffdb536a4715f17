#include "proposalversions_cli_test.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

using namespace clientele::test;

namespace {

const QString kSmall = QStringLiteral("P-2026-001");
const QString kMedium = QStringLiteral("P-2026-002");

CliRun cli(const QStringList &arguments)
{
    return runCli(arguments);
}

CliRun closeProposal(const QString &file, const QString &number, const QStringList &options)
{
    return cli(QStringList{QStringLiteral("close-proposal"), file, number} + options);
}

} // namespace

TEST_CASE("cli: close-proposal records a won proposal with who accepted it", "[cli][proposal]")
{
    QTemporaryDir dir;
    const QString file = newSample(dir, QStringLiteral("s.clientele"));
    const CliRun won = closeProposal(file, kSmall,
                                     {QStringLiteral("--won"), QStringLiteral("--by"),
                                      QStringLiteral("Dave Kowalski"),
                                      QStringLiteral("--reference"), QStringLiteral("PO-4471"),
                                      QStringLiteral("--date"), QStringLiteral("2026-05-04")});
    INFO(won.err.toStdString());
    REQUIRE(won.exitCode == 0);
    CHECK(won.out
          == QStringLiteral("Closed P-2026-001 as won on 2026-05-04.\n"
                            "Accepted by: Dave Kowalski\n"
                            "Reference: PO-4471\n"));

    const QJsonObject listed = listedProposal(file, kSmall);
    CHECK(listed.value(QStringLiteral("outcome")).toString() == QStringLiteral("won"));
    CHECK(listed.value(QStringLiteral("lostReason")).isNull());
    CHECK(listed.value(QStringLiteral("status")).toString() == QStringLiteral("accepted"));
    const QJsonArray versions = listed.value(QStringLiteral("versions")).toArray();
    REQUIRE(versions.size() == 1);
    CHECK(versions.at(0).toObject().value(QStringLiteral("status")).toString()
          == QStringLiteral("won"));
    const QJsonObject outcome = exportedJson(file, dir.filePath(QStringLiteral("s.json")))
                                    .value(QStringLiteral("proposals"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("outcome"))
                                    .toObject();
    CHECK(outcome.value(QStringLiteral("date")).toString() == QStringLiteral("2026-05-04"));
    CHECK(outcome.value(QStringLiteral("acceptedBy")).toString()
          == QStringLiteral("Dave Kowalski"));
    CHECK(outcome.value(QStringLiteral("reference")).toString() == QStringLiteral("PO-4471"));

    // Closed is closed: no second outcome, no sending, no new version.
    const CliRun again = closeProposal(
        file, kSmall,
        {QStringLiteral("--lost"), QStringLiteral("--reason"), QStringLiteral("Price")});
    CHECK(again.exitCode == 2);
    CHECK(again.err == QStringLiteral("error: Proposal P-2026-001 is already closed.\n"));
    const CliRun send = cli({QStringLiteral("send-proposal"), file, kSmall});
    CHECK(send.exitCode == 2);
    CHECK(send.err
          == QStringLiteral("error: Proposal P-2026-001 is closed; it can no longer be sent.\n"));
    const CliRun revise = cli({QStringLiteral("revise-proposal"), file, kSmall});
    CHECK(revise.exitCode == 2);
    CHECK(revise.err
          == QStringLiteral("error: Proposal P-2026-001 is closed; it cannot be revised.\n"));
    CHECK(listedProposal(file, kSmall).value(QStringLiteral("outcome")).toString()
          == QStringLiteral("won"));
}

TEST_CASE("cli: close-proposal records why a proposal was lost, and a new reason joins the list",
          "[cli][proposal]")
{
    QTemporaryDir dir;
    const QString file = newSample(dir, QStringLiteral("s.clientele"));
    REQUIRE(cli({QStringLiteral("send-proposal"), file, kMedium}).exitCode == 0);
    const CliRun lost = closeProposal(file, kMedium,
                                      {QStringLiteral("--lost"), QStringLiteral("--reason"),
                                       QStringLiteral("Went with their reseller"),
                                       QStringLiteral("--date"), QStringLiteral("2026-06-30")});
    INFO(lost.err.toStdString());
    REQUIRE(lost.exitCode == 0);
    CHECK(
        lost.out
        == QStringLiteral("Closed P-2026-002 as lost on 2026-06-30.\n"
                          "Reason: Went with their reseller\n"
                          "\"Went with their reseller\" joins the workspace's reasons for losing a "
                          "proposal.\n"));

    const QJsonObject listed = listedProposal(file, kMedium);
    CHECK(listed.value(QStringLiteral("outcome")).toString() == QStringLiteral("lost"));
    CHECK(listed.value(QStringLiteral("lostReason")).toString()
          == QStringLiteral("Went with their reseller"));
    const QJsonArray versions = listed.value(QStringLiteral("versions")).toArray();
    REQUIRE(versions.size() == 1);
    CHECK(versions.at(0).toObject().value(QStringLiteral("status")).toString()
          == QStringLiteral("lost"));
    CHECK_FALSE(versions.at(0).toObject().value(QStringLiteral("sha256")).isNull());
    const QJsonObject json = exportedJson(file, dir.filePath(QStringLiteral("s.json")));
    CHECK(json.value(QStringLiteral("settings"))
              .toObject()
              .value(QStringLiteral("lostReasons"))
              .toArray()
          == QJsonArray{QStringLiteral("Went with their reseller")});

    // A reason already in the list is not added again.
    const CliRun price = closeProposal(
        file, kSmall,
        {QStringLiteral("--lost"), QStringLiteral("--reason"), QStringLiteral("price")});
    REQUIRE(price.exitCode == 0);
    CHECK_FALSE(price.out.contains(QStringLiteral("joins")));
}

TEST_CASE("cli: close-proposal refuses options that do not make one outcome", "[cli][proposal]")
{
    QTemporaryDir dir;
    const QString file = newSample(dir, QStringLiteral("s.clientele"));
    const QList<QStringList> wrong{
        {QStringLiteral("--lost")},
        {QStringLiteral("--lost"), QStringLiteral("--reason"), QStringLiteral("  ")},
        {},
        {QStringLiteral("--won"), QStringLiteral("--lost"), QStringLiteral("--reason"),
         QStringLiteral("Price")},
        {QStringLiteral("--won"), QStringLiteral("--reason"), QStringLiteral("Price")},
        {QStringLiteral("--lost"), QStringLiteral("--reason"), QStringLiteral("Price"),
         QStringLiteral("--by"), QStringLiteral("Dave")},
        {QStringLiteral("--won"), QStringLiteral("--date"), QStringLiteral("2026-13-01")},
        {QStringLiteral("--won"), QStringLiteral("--date"), QStringLiteral("yesterday")},
    };
    for (const QStringList &options : wrong) {
        INFO(options.join(u' ').toStdString());
        const CliRun refused = closeProposal(file, kMedium, options);
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("Usage: clientele-cli close-proposal")));
        CHECK(refused.out.isEmpty());
    }
    const CliRun noReason = closeProposal(file, kMedium, {QStringLiteral("--lost")});
    CHECK(noReason.err.startsWith(QStringLiteral("A lost proposal needs a reason")));
    CHECK(listedProposal(file, kMedium).value(QStringLiteral("outcome")).isNull());
    CHECK(closeProposal(file, QStringLiteral("P-1999-009"), {QStringLiteral("--won")}).exitCode
          == 2);
}

TEST_CASE("cli: proposals says which open proposals have expired", "[cli]")
{
    QTemporaryDir dir;
    const QString sample = newSample(dir, QStringLiteral("s.clientele"));
    // The draft of P-2999-001: P-2026-001 before it was sent, dated long ago.
    const QString json = dir.filePath(QStringLiteral("s.json"));
    QJsonObject draft =
        exportedJson(sample, json).value(QStringLiteral("proposals")).toArray().at(0).toObject();
    draft[QStringLiteral("id")] = 3;
    draft[QStringLiteral("number")] = QStringLiteral("P-2999-001");
    draft[QStringLiteral("status")] = QStringLiteral("draft");
    draft[QStringLiteral("validUntil")] = QStringLiteral("2001-01-31");
    draft.remove(QStringLiteral("uuid"));
    draft[QStringLiteral("lines")] = QJsonArray();
    QJsonObject fresh = draft;
    fresh[QStringLiteral("id")] = 4;
    fresh[QStringLiteral("number")] = QStringLiteral("P-2999-002");

    for (const QStringList &step :
         {QStringList{QStringLiteral("send-proposal"), sample, kSmall},
          QStringList{QStringLiteral("send-proposal"), sample, kMedium},
          QStringList{QStringLiteral("close-proposal"), sample, kMedium, QStringLiteral("--won")}})
        REQUIRE(cli(step).exitCode == 0);

    // The versions the prospects hold ran out in 2001: one still open, one won since.
    QJsonObject workspace = exportedJson(sample, json);
    QJsonArray proposals = workspace.value(QStringLiteral("proposals")).toArray();
    REQUIRE(proposals.size() == 2);
    for (int i = 0; i < 2; ++i) {
        QJsonObject p = proposals.at(i).toObject();
        p[QStringLiteral("validUntil")] = QStringLiteral("2001-01-31");
        QJsonArray versions = p.value(QStringLiteral("versions")).toArray();
        QJsonObject held = versions.at(0).toObject();
        held[QStringLiteral("validUntil")] = QStringLiteral("2001-01-31");
        versions[0] = held;
        p[QStringLiteral("versions")] = versions;
        proposals[i] = p;
    }
    proposals << draft << fresh;
    workspace[QStringLiteral("proposals")] = proposals;
    writeJson(json, workspace);
    const QString dated = dir.filePath(QStringLiteral("dated.clientele"));
    const CliRun imported = cli({QStringLiteral("import-json"), json, dated});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    // Sent today, P-2999-002 runs from today whatever its draft said.
    REQUIRE(cli({QStringLiteral("send-proposal"), dated, QStringLiteral("P-2999-002")}).exitCode
            == 0);

    const CliRun listed = cli({QStringLiteral("proposals"), dated, QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(list.size() == 4);
    QHash<QString, bool> expired;
    for (const QJsonValue &p : list)
        expired.insert(p.toObject().value(QStringLiteral("number")).toString(),
                       p.toObject().value(QStringLiteral("expired")).toBool(true));
    CHECK(expired.value(QStringLiteral("P-2026-001"), false));
    CHECK_FALSE(expired.value(QStringLiteral("P-2026-002"), true));
    // A draft's date is not what the prospect holds: sending restarts it.
    CHECK_FALSE(expired.value(QStringLiteral("P-2999-001"), true));
    CHECK_FALSE(expired.value(QStringLiteral("P-2999-002"), true));

    const CliRun text = cli({QStringLiteral("proposals"), dated});
    const QStringList lines = text.out.split(u'\n');
    CHECK(
        std::count_if(lines.cbegin(), lines.cend(),
                      [](const QString &line) { return line.contains(QStringLiteral("Expired")); })
        == 1);
    CHECK(text.out.contains(QRegularExpression(QStringLiteral("P-2026-001 +v1 +Expired"))));
}
