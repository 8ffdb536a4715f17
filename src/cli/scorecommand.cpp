#include "listing.h"

#include "clientele/core/prospectbook.h"
#include "clientele/core/prospectfit.h"
#include "clientele/core/workspace.h"

#include <nlohmann/json.hpp>

namespace clientele::cli {

namespace {

nlohmann::ordered_json textOrNull(const QString &text)
{
    return text.isEmpty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(utf8(text));
}

nlohmann::ordered_json scoreJson(const Prospect &prospect, const FitScore &score)
{
    nlohmann::ordered_json json;
    json["name"] = utf8(prospect.company);
    json["score"] = score.score;
    json["grade"] = utf8(fitGradeKey(score.grade));
    json["confidence"] = score.confidence;
    nlohmann::ordered_json reasons = nlohmann::ordered_json::array();
    for (const FitReason &reason : score.reasons) {
        nlohmann::ordered_json line;
        line["attribute"] = utf8(reason.attribute);
        line["points"] = reason.points;
        line["value"] = reason.known ? textOrNull(reason.value) : nlohmann::ordered_json(nullptr);
        line["ideal"] = utf8(reason.ideal);
        reasons.push_back(std::move(line));
    }
    json["reasons"] = std::move(reasons);
    json["disqualifiedBy"] = score.disqualifiedBy ? textOrNull(score.disqualifiedBy->entry)
                                                  : nlohmann::ordered_json(nullptr);
    return json;
}

} // namespace

CliCommand scoreCommand()
{
    return listingCommand(
        QStringLiteral("score"),
        Cli::tr("Score every prospect against the ideal, best first, \"not a fit\" last."),
        [](Workspace &workspace, bool json) {
            const FitModel model = ProspectFit::build(workspace);
            const QList<Prospect> prospects = workspace.prospects()->all();
            QList<FitScore> scores;
            QStringList names;
            for (const Prospect &prospect : prospects) {
                scores.append(model.explain(prospect));
                names.append(prospect.company);
            }
            const QList<int> order = rankByFit(scores, names);
            if (json) {
                nlohmann::ordered_json list = nlohmann::ordered_json::array();
                for (int index : order)
                    list.push_back(scoreJson(prospects.at(index), scores.at(index)));
                print(QString::fromStdString(list.dump(2)));
                return int(Ok);
            }
            if (prospects.isEmpty()) {
                print(Cli::tr("No prospects."));
                return int(Ok);
            }
            QString text = Cli::tr("Grade         Score  Known  Prospect") + QLatin1Char('\n');
            for (int index : order) {
                const FitScore &score = scores.at(index);
                QString line =
                    QStringLiteral("%1  %2  %3  %4")
                        .arg(fitGradeLabel(score.grade).leftJustified(12))
                        .arg(score.score, 5)
                        .arg(QStringLiteral("%1%").arg(qRound(score.confidence * 100)), 5)
                        .arg(prospects.at(index).company);
                if (score.disqualifiedBy)
                    line =
                        Cli::tr("%1 (not our customer: %2)").arg(line, score.disqualifiedBy->entry);
                text += line + QLatin1Char('\n');
            }
            print(text);
            return int(Ok);
        });
}

} // namespace clientele::cli
