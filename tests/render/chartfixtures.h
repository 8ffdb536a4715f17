#pragma once

#include "clientele/core/charteditor.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/icpchart.h"
#include "clientele/domain/idealprofile.h"
#include "clientele/render/pageddocument.h"
#include "clientele/render/pdfexport.h"
#include "clientele/storage/sampleworkspace.h"

#include "renderfixtures.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>

namespace clientele::test {

// The sample workspace's chart and its derived ideal, as the app shows them.
struct SampleChart {
    IcpChart chart;
    IdealProfile ideal;
};

inline SampleChart sampleChart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.clientele"));
    REQUIRE(writeSampleWorkspace(path).ok());
    auto workspace = Workspace::open(path, WorkspaceFile::Access::ReadOnly);
    REQUIRE(workspace);
    return {(*workspace)->chart()->chart(), (*workspace)->chart()->ideal()};
}

// A standard chart of `count` clients named "Firm 01" ... with a value in most cells.
inline IcpChart filledChart(int count)
{
    IcpChart chart = IcpChart::standard(count);
    const QStringList industries = {QStringLiteral("Engineering"), QStringLiteral("Retail"),
                                    QStringLiteral("Law"), QStringLiteral("Manufacturing")};
    for (int i = 0; i < count; ++i) {
        const qint64 id = chart.clients().at(i).id;
        chart.renameClient(id, QStringLiteral("Firm %1").arg(i + 1, 2, 10, QLatin1Char('0')));
        const auto set = [&](StandardAttribute which, const QString &text) {
            REQUIRE(chart.setCellText(id, chart.attribute(which)->id, text).ok());
        };
        set(StandardAttribute::Employees, QString::number(10 + 5 * i));
        set(StandardAttribute::Industry, industries.at(i % industries.size()));
        set(StandardAttribute::YearsAsCustomer, QString::number(1 + i % 7));
        set(StandardAttribute::SpendPerMonth, QStringLiteral("$%1").arg(500 + 100 * i));
        set(StandardAttribute::ReferredUs,
            i % 3 == 0 ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    return chart;
}

// The sample's five clients copied to `count`, each under a long name of its own, as a
// consultancy's real clients are called.
inline IcpChart manyClients(int count)
{
    const IcpChart sample = sampleChart().chart;
    const QStringList places = {QStringLiteral("Hunter Valley"), QStringLiteral("Coastal"),
                                QStringLiteral("Pilbara"),       QStringLiteral("Riverina"),
                                QStringLiteral("Gippsland"),     QStringLiteral("Illawarra"),
                                QStringLiteral("Darling Downs"), QStringLiteral("Barossa"),
                                QStringLiteral("Kimberley"),     QStringLiteral("Wimmera")};
    const QStringList trades = {QStringLiteral("Air Conditioning"),
                                QStringLiteral("Weighbridges"),
                                QStringLiteral("Pump & Irrigation"),
                                QStringLiteral("Mining Equipment"),
                                QStringLiteral("EV Charging"),
                                QStringLiteral("Refrigeration"),
                                QStringLiteral("Electrical Contracting"),
                                QStringLiteral("Conveyor Systems")};
    const QStringList suffixes = {QStringLiteral("Pty Ltd"), QStringLiteral("Group"),
                                  QStringLiteral("Services"), QStringLiteral("Holdings")};
    IcpChart chart = sample;
    while (!chart.clients().isEmpty())
        chart.removeClient(chart.clients().first().id);
    for (int i = 0; i < count; ++i) {
        const ChartClient &from = sample.clients().at(i % sample.clients().size());
        const QString name =
            QStringLiteral("%1 %2 %3")
                .arg(places.at(i % places.size()), trades.at((i / places.size()) % trades.size()),
                     suffixes.at(i % suffixes.size()));
        const qint64 id = chart.insertClient(i, {0, name, true, {}});
        for (const Attribute &attribute : chart.attributes())
            chart.setValue(id, attribute.id, sample.value(from.id, attribute.id));
    }
    return chart;
}

// The PDF's text with ligatures spelt out and no white space at all, so a value Qt wrapped
// inside a table cell is still found whole.
inline QString compactPdfText(const QString &path, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << QStringLiteral("-raw") << path << QStringLiteral("-");
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return runTool(QStringLiteral("pdftotext"), arguments)
        .normalized(QString::NormalizationForm_KC)
        .remove(space);
}

inline QString compact(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).normalized(QString::NormalizationForm_KC).remove(space);
}

inline QString pdfInfoValue(const QString &path, const QString &key)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(key),
                                  QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

inline QString exportedChart(const QTemporaryDir &dir, const PagedDocument &document)
{
    const QString path = dir.filePath(QStringLiteral("chart.pdf"));
    const Status status = exportPdf(document, path);
    INFO(status.errorMessage().toStdString());
    REQUIRE(status.ok());
    return path;
}

} // namespace clientele::test
