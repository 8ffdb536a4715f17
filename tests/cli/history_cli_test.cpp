#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, const QString &user = {})
{
    QProcess process;
    if (!user.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("USER"), user);
        process.setProcessEnvironment(environment);
    }
    process.start(QStringLiteral(CLIENTELE_CLI), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("cli: history prints every change, newest first, as text or JSON", "[cli]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.clientele"));
    REQUIRE(cli({QStringLiteral("new"), QStringLiteral("--sample"), file}).exitCode == 0);
    const Run empty = cli({QStringLiteral("history"), file});
    CHECK(empty.exitCode == 0);
    CHECK(empty.out.trimmed() == QStringLiteral("No changes recorded."));

    // Picking the top customers fills the blank spend of each chart client.
    REQUIRE(cli({QStringLiteral("pick-top"), file}, QStringLiteral("dana")).exitCode == 0);
    const Run json = cli({QStringLiteral("history"), file, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray records = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(records.size() == 5);
    QStringList filled;
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        for (const char *key : {"at", "author", "kind", "item", "field", "old", "new"})
            CHECK(record.contains(QLatin1String(key)));
        CHECK(record.value(QStringLiteral("author")).toString() == QStringLiteral("dana"));
        CHECK(record.value(QStringLiteral("kind")).toString() == QStringLiteral("client"));
        CHECK(record.value(QStringLiteral("old")).toString().isEmpty());
        filled << record.value(QStringLiteral("itemName")).toString() + u'='
                      + record.value(QStringLiteral("new")).toString();
    }
    // The sample's spend figures, worked out from its invoices by hand.
    CHECK(filled.contains(QStringLiteral("Hunter Valley Air Conditioning=$28,800")));
    CHECK(filled.contains(QStringLiteral("Coalfields Mining Equipment=$8,000")));
    const QString newest = records.at(0).toObject().value(QStringLiteral("at")).toString();
    const QString oldest = records.at(4).toObject().value(QStringLiteral("at")).toString();
    CHECK(newest >= oldest);

    const Run text = cli({QStringLiteral("history"), file});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.count(u'\n') == 5);
    CHECK(text.out.contains(
        QStringLiteral("dana  client 1 \u201CHunter Valley Air Conditioning\u201D  "
                       "Average spent per year: \"\" \u2192 \"$28,800\"")));
}
