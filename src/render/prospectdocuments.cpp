#include "clientele/render/prospectdocuments.h"
#include "clientele/domain/textlanguage.h"

#include "clientele/domain/attributeset.h"
#include "clientele/domain/charttext.h"
#include "clientele/render/htmltext.h"

#include <QLocale>
#include <QTextDocument>

namespace clientele {

namespace {

QString percentText(double share)
{
    return QStringLiteral("%1%").arg(qRound(share * 100));
}

QList<ScoredProspect> ranked(const QList<ScoredProspect> &prospects)
{
    QList<FitScore> scores;
    QStringList names;
    for (const ScoredProspect &p : prospects) {
        scores.append(p.score);
        names.append(p.prospect.company);
    }
    QList<ScoredProspect> result;
    for (int index : rankByFit(scores, names))
        result.append(prospects.at(index));
    return result;
}

} // namespace

ProspectDocuments::ProspectDocuments(const WorkspaceSettings &settings, const IcpChart &chart)
    : m_settings(settings)
    , m_chart(chart)
{
}

QString ProspectDocuments::valueText(const Prospect &prospect, StandardAttribute which) const
{
    const Attribute *attribute = m_chart.attribute(which);
    return attribute ? displayText(prospect.value(attribute->id), m_chart.currency()) : QString();
}

TableSheet ProspectDocuments::listSheet(const QList<ScoredProspect> &prospects) const
{
    TableSheet sheet;
    sheet.title = tr("Prospects");
    sheet.subtitle = tr("%n prospects, best fit first; a prospect the profile excludes is last.",
                        nullptr, int(prospects.size()));
    sheet.emptyText = tr("No prospects yet.");
    sheet.columns = {{tr("Grade"), false, 8},
                     {tr("Company"), false, 19},
                     {tr("Score"), true, 6},
                     {tr("Confidence"), true, 8},
                     {tr("Status"), false, 9},
                     {tr("Staff"), true, 6},
                     {tr("Industry"), false, 12},
                     {tr("Location"), false, 15},
                     {tr("Not a fit because"), false, 0}};
    for (const ScoredProspect &scored : ranked(prospects)) {
        const Prospect &p = scored.prospect;
        const FitScore &s = scored.score;
        sheet.rows.append(
            {fitGradeLabel(s.grade), p.company, QString::number(s.score), percentText(s.confidence),
             prospectStatusLabel(p.status), valueText(p, StandardAttribute::Employees),
             valueText(p, StandardAttribute::Industry), valueText(p, StandardAttribute::Location),
             s.disqualifiedBy ? s.disqualifiedBy->entry : QString()});
    }
    return sheet;
}

PagedDocument ProspectDocuments::list(const QList<ScoredProspect> &prospects) const
{
    const LanguageScope language(m_settings.documentLanguage);
    return tableDocument(m_settings, listSheet(prospects));
}

QString ProspectDocuments::fitSheetHtml(const ScoredProspect &scored) const
{
    const Prospect &p = scored.prospect;
    const FitScore &s = scored.score;
    QString html = QStringLiteral("<h1>%1</h1>").arg(htmlText(p.company));
    const QString meta = s.grade == FitGrade::NotAFit || s.grade == FitGrade::Insufficient
                             ? tr("Fit: %1  ·  score %2 of 100  ·  %3 of the weight known")
                                   .arg(fitGradeLabel(s.grade))
                                   .arg(s.score)
                                   .arg(percentText(s.confidence))
                             : tr("Grade %1  ·  score %2 of 100  ·  %3 of the weight known")
                                   .arg(fitGradeLabel(s.grade))
                                   .arg(s.score)
                                   .arg(percentText(s.confidence));
    html += QStringLiteral("<p class=\"meta\">%1</p>").arg(htmlText(meta));
    if (s.disqualifiedBy) {
        const Disqualifier &d = *s.disqualifiedBy;
        html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(htmlText(tr("Not our customer")),
                         htmlText(d.reason.trimmed().isEmpty()
                                      ? tr("“%1”: %2").arg(d.entry, d.rule.describe(m_chart))
                                      : tr("“%1”: %2 (%3)")
                                            .arg(d.entry, d.reason, d.rule.describe(m_chart))));
    }
    if (s.grade == FitGrade::Insufficient)
        html += QStringLiteral("<p>%1</p>")
                    .arg(htmlText(tr("Too little is known to grade this prospect: fill in the "
                                     "attributes marked unknown.")));

    html += QStringLiteral("<h2>%1</h2>").arg(htmlText(tr("How the score adds up")));
    html += QStringLiteral("<table class=\"list\" width=\"100%\" cellspacing=\"0\"><tr>");
    for (const QString &head :
         {tr("Attribute"), tr("This prospect"), tr("The ideal"), tr("Importance")})
        html += QStringLiteral("<td class=\"head\" width=\"22%\">%1</td>").arg(htmlText(head));
    html += QStringLiteral("<td class=\"head\" align=\"right\">%1</td></tr>")
                .arg(htmlText(tr("Points")));
    for (const FitReason &reason : s.reasons) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>"
                               "<td align=\"right\">%5</td></tr>")
                    .arg(htmlText(reason.attribute),
                         htmlText(reason.known ? reason.value : tr("unknown")),
                         htmlText(reason.ideal), htmlText(fitImportanceLabel(reason.importance)),
                         reason.known ? QString::number(reason.points) : QStringLiteral("–"));
    }
    html += QStringLiteral("<tr><td><b>%1</b></td><td></td><td></td><td></td>"
                           "<td align=\"right\"><b>%2</b></td></tr></table>")
                .arg(htmlText(tr("Score")))
                .arg(s.score);
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(htmlText(tr("An unknown value leaves its weight out of the score; the "
                                 "share of the weight known is the confidence.")));
    return html;
}

PagedDocument ProspectDocuments::fitSheets(const QList<ScoredProspect> &prospects) const
{
    const LanguageScope language(m_settings.documentLanguage);
    PagedDocument document(m_settings);
    document.setTitle(prospects.size() == 1
                          ? tr("Fit sheet: %1").arg(prospects.first().prospect.company)
                          : tr("Fit sheets"));
    document.setSubject(tr("Prospect fit"));
    QString html;
    for (const ScoredProspect &scored : ranked(prospects))
        html += fitSheetHtml(scored);
    document.body()->setHtml(html);
    document.typesetTableRows();
    document.startPageAtEachTitle();
    return document;
}

} // namespace clientele
