#include "clicommand.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/picktopcustomers.h"
#include "clientele/core/workspace.h"

namespace clientele::cli {

namespace {

std::optional<PickTopBy> pickTopByFrom(const QString &text)
{
    for (PickTopBy by : {PickTopBy::Spend, PickTopBy::Tenure, PickTopBy::Loyalty})
        if (pickTopByName(by) == text.toLower())
            return by;
    return std::nullopt;
}

QString describe(const PickTopClient &client)
{
    switch (client.action) {
    case PickTopClient::Action::Update: return Cli::tr("%1: updated").arg(client.customer.name);
    case PickTopClient::Action::ReplaceBlank:
        return Cli::tr("%1: in place of %2").arg(client.customer.name, client.replacedName);
    case PickTopClient::Action::Add: return Cli::tr("%1: added").arg(client.customer.name);
    }
    return client.customer.name;
}

} // namespace

CliCommand pickTopCommand()
{
    static const QString usage =
        QStringLiteral("pick-top FILE --count N --by spend|tenure|loyalty [--overwrite]");
    return {
        QStringLiteral("pick-top"),
        Cli::tr("Put the top imported customers into the ICP chart as clients."),
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("A workspace."));
            parser.addOption({QStringLiteral("count"),
                              Cli::tr("How many customers to pick (1-200)."), QStringLiteral("N"),
                              QStringLiteral("5")});
            parser.addOption({QStringLiteral("by"), Cli::tr("Rank by spend, tenure or loyalty."),
                              QStringLiteral("ORDER"), QStringLiteral("spend")});
            parser.addOption({QStringLiteral("overwrite"),
                              Cli::tr("Replace values typed into the chart by hand.")});
        },
        [](const QCommandLineParser &parser) {
            if (!expectArguments(parser, 1, usage))
                return int(Usage);
            bool isNumber = false;
            const int count = parser.value(QStringLiteral("count")).toInt(&isNumber);
            const auto by = pickTopByFrom(parser.value(QStringLiteral("by")));
            if (!isNumber || count < 1 || count > 200 || !by) {
                return usageError(
                    Cli::tr("--count takes 1 to 200 and --by spend, tenure or loyalty."), usage);
            }
            const QString path = parser.positionalArguments().at(0);
            auto workspace = openToWrite(path);
            if (!workspace)
                return fail(workspace.errorMessage());
            ChartEditor *chart = (*workspace)->chart();
            const auto top = topCustomers(*(*workspace)->customers(), *by, count);
            if (top.isEmpty())
                return fail(Cli::tr("%1 has no imported customers with sales; import invoices "
                                    "first (clientele-cli import-invoices).")
                                .arg(path));
            const PickTopPlan plan = planPickTop(chart->chart(), top);
            const bool overwrite = parser.isSet(QStringLiteral("overwrite"));
            if (auto applied = applyPickTop(chart, plan, overwrite); !applied)
                return fail(applied.errorMessage());
            //: %1 is the ranking as given to --by: spend, tenure or loyalty.
            QString summary =
                Cli::tr("Picked %n customers by %1 into the ICP chart:", nullptr, int(top.size()))
                    .arg(pickTopByName(*by))
                + u'\n';
            for (const PickTopClient &client : plan.clients)
                summary += QStringLiteral("  %1\n").arg(describe(client));
            if (plan.conflictCount() > 0)
                summary += (overwrite ? Cli::tr("Replaced %n values typed by hand.", nullptr,
                                                plan.conflictCount())
                                      : Cli::tr("Kept %n values typed by hand (use --overwrite "
                                                "to replace them).",
                                                nullptr, plan.conflictCount()))
                           + u'\n';
            print(summary);
            return int(Ok);
        },
    };
}

} // namespace clientele::cli
