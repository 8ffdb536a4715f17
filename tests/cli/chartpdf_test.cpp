#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

struct ChartRun {
    int exitCode = -1;
    QString out;
    QString err;
};

ChartRun run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

ChartRun cli(const QStringList &arguments)
{
    return run(QStringLiteral(CLIENTELE_CLI), arguments);
}

// The PDF's text without white space, so names Qt wrapped inside a table cell are found whole.
QString compactText(const QString &pdf)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")})
        .out.normalized(QString::NormalizationForm_KC)
        .remove(space);
}

} // namespace

TEST_CASE("cli: export-pdf --chart prints the sample's ICP chart in landscape", "[cli]")
{
    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("sample.clientele"));
    REQUIRE(cli({QStringLiteral("new"), sample, QStringLiteral("--sample")}).exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));

    const ChartRun exported =
        cli({QStringLiteral("export-pdf"), sample, pdf, QStringLiteral("--chart")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QString text = compactText(pdf);
    CHECK(text.contains(QStringLiteral("IdealCustomerProfilechart")));
    for (const char *client :
         {"Hunter Valley Air Conditioning", "Aqua Pump Services", "Novacastrian Weighbridges",
          "Coalfields Mining Equipment", "Voltline EV Charging"}) {
        INFO(client);
        CHECK(text.contains(QString::fromLatin1(client).remove(QLatin1Char(' '))));
    }
    // The profile printout's own headings are not in the chart.
    CHECK_FALSE(text.contains(QStringLiteral("Notourcustomer")));
    const QString info = run(QStringLiteral("pdfinfo"), {pdf}).out;
    CHECK(info.contains(QStringLiteral("842 x 595")));
}

TEST_CASE("cli: export-pdf --chart with a profile is a usage error", "[cli]")
{
    QTemporaryDir dir;
    const QString sample = dir.filePath(QStringLiteral("sample.clientele"));
    REQUIRE(cli({QStringLiteral("new"), sample, QStringLiteral("--sample")}).exitCode == 0);
    const QString pdf = dir.filePath(QStringLiteral("chart.pdf"));

    const ChartRun refused =
        cli({QStringLiteral("export-pdf"), sample, pdf, QStringLiteral("--chart"),
             QStringLiteral("--profile"), QStringLiteral("1")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("--chart")));
    CHECK(refused.err.contains(QStringLiteral("Usage:")));
    CHECK_FALSE(QFile::exists(pdf));

    const ChartRun help = cli({QStringLiteral("export-pdf"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--chart")));
}
