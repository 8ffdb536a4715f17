#include "clientele/render/reviewpack.h"
#include "clientele/domain/textlanguage.h"

#include "changetable.h"
#include "clientele/render/chartprintout.h"
#include "clientele/render/htmltext.h"
#include "clientele/render/offercataloguedocument.h"
#include "clientele/render/pdfexport.h"
#include "clientele/render/profileprintout.h"
#include "offerdocumentparts.h"

namespace clientele {

namespace {

QString roundName(const ReviewRound &round)
{
    const QString name = round.name.trimmed();
    return name.isEmpty() ? ReviewPack::tr("Round %1").arg(round.number) : name;
}

// "review round 2" for a round with the default name, "review round 2, “After the workshop”"
// for one the user named.
QString signOffSentence(const ReviewRound &round)
{
    const QString name = round.name.trimmed();
    if (name.isEmpty() || name == ReviewPack::tr("Round %1").arg(round.number))
        return ReviewPack::tr("I have reviewed review round %1: the customer profiles, the ICP "
                              "chart and the offers as this pack prints them.")
            .arg(round.number);
    return ReviewPack::tr("I have reviewed review round %1, \u201c%2\u201d: the customer "
                          "profiles, the ICP chart and the offers as this pack prints them.")
        .arg(round.number)
        .arg(name);
}

// A part printed on its usual paper, with the pack's room for comments beside the body.
PagedDocument withCommentMargin(PagedDocument part, const WorkspaceSettings &settings)
{
    part.setPageLayout(PagedDocument::pageLayoutFor(settings, part.pageLayout().orientation(),
                                                    PageMargins::ForComments));
    return part;
}

QString changesHtml(const ReviewRound &round, const ReviewChangeGroups &changes)
{
    const int previous = round.number - 1;
    QString html = QStringLiteral("<h1 style=\"page-break-before: always\">%1</h1>")
                       .arg(htmlText(ReviewPack::tr("What changed since round %1").arg(previous)));
    const QString before = ReviewPack::tr("Round %1").arg(previous);
    const QString after = ReviewPack::tr("Round %1").arg(round.number);
    bool any = false;
    for (const ReviewChangeGroup &group : changes) {
        if (group.changes.isEmpty())
            continue;
        html += QStringLiteral("<h2>%1</h2>").arg(htmlText(group.title));
        html += changeTableHtml(group.changes, before, after);
        any = true;
    }
    if (!any)
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(htmlText(ReviewPack::tr("Nothing has changed since round %1.").arg(previous)));
    return html;
}

} // namespace

ReviewPack::ReviewPack(const WorkspaceSettings &settings)
    : m_settings(settings)
{
}

PagedDocument ReviewPack::document(const ReviewRound &round,
                                   const ReviewChangeGroups &changes) const
{
    const LanguageScope language(m_settings.documentLanguage);
    PagedDocument pack(m_settings, QPageLayout::Portrait, PageMargins::ForComments);
    pack.setTitle(tr("Review pack: %1").arg(roundName(round)));
    pack.setSubject(tr("The owner's review"));
    if (const QDate started = round.startedAt.toLocalTime().date(); started.isValid())
        pack.setDate(started);
    const bool logo = offerdoc::prepareBody(pack, m_settings);
    offerdoc::setBodyHtml(pack, openingHtml(round, changes, logo));

    const ReviewSnapshot &snapshot = round.snapshot;
    if (!snapshot.profiles.isEmpty())
        pack.append(
            withCommentMargin(ProfilePrintout(m_settings).document(snapshot.profiles), m_settings));
    pack.append(ChartPrintout(m_settings, PageMargins::ForComments).document(snapshot.chart));
    if (!snapshot.offers.isEmpty())
        pack.append(withCommentMargin(
            OfferCatalogueDocument(m_settings, snapshot.profiles).document(snapshot.offers),
            m_settings));
    pack.append(signOff(round));
    return pack;
}

QString ReviewPack::openingHtml(const ReviewRound &round, const ReviewChangeGroups &changes,
                                bool withLogo) const
{
    const QString name = roundName(round);
    QString html = offerdoc::coverHtml(
        {tr("FOR THE OWNER'S REVIEW"),
         name,
         tr("The customer profiles, the ICP chart and the offers, as they stand"),
         {{tr("Review round"), QString::number(round.number)},
          {tr("Started"), longDateText(round.startedAt.toLocalTime().date())},
          {tr("Prepared by"), m_settings.consultancyName}}},
        withLogo);

    QStringList contents;
    if (round.number > 1)
        contents << tr("What changed since round %1").arg(round.number - 1);
    QStringList profiles;
    for (const CustomerProfile &profile : round.snapshot.profiles)
        profiles << profile.name;
    if (!profiles.isEmpty())
        contents << tr("The customer profiles, each with who is not our customer: %1")
                        .arg(profiles.join(QStringLiteral("; ")));
    contents << tr("The ICP chart and the ideal customer derived from it");
    if (!round.snapshot.offers.isEmpty())
        contents << tr("The offer ladder and the offers");
    contents << tr("Your sign-off");
    html += QStringLiteral("<h2>%1</h2><ol>").arg(htmlText(tr("In this pack")));
    for (const QString &part : contents)
        html += QStringLiteral("<li>%1</li>").arg(htmlText(part));
    html += QStringLiteral("</ol>");
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(htmlText(tr("How to review it")),
                     htmlText(tr("Read each part and write in the wide margin beside it whatever "
                                 "is wrong, missing or could be said better. When you have been "
                                 "through it all, tick one box on the last page, sign it and "
                                 "give the pack back.")));
    if (round.number > 1)
        html += changesHtml(round, changes);
    return html;
}

PagedDocument ReviewPack::signOff(const ReviewRound &round) const
{
    const LanguageScope language(m_settings.documentLanguage);
    PagedDocument part(m_settings, QPageLayout::Portrait, PageMargins::ForComments);
    offerdoc::prepareBody(part, m_settings);
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p>")
                       .arg(htmlText(tr("Sign-off")), htmlText(signOffSentence(round)));
    for (const QString &choice :
         {tr("Approved as it stands"), tr("Approved with the changes marked")})
        html += QStringLiteral("<p class=\"choice\"><span class=\"box\">\u2610</span>  %1</p>")
                    .arg(htmlText(choice));
    html +=
        offerdoc::signingLinesHtml({tr("The owner")}, {tr("Name"), tr("Date"), tr("Signature")});
    offerdoc::setBodyHtml(part, html);
    return part;
}

Result<QByteArray> reviewPackPdf(const ReviewRound &round, const WorkspaceSettings &settings,
                                 const ReviewChangeGroups &changes)
{
    return renderPdf(ReviewPack(settings).document(round, changes));
}

} // namespace clientele
