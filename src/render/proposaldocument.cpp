#include "clientele/render/proposaldocument.h"
#include "clientele/domain/textlanguage.h"

#include "clientele/domain/proposalchanges.h"

#include "changetable.h"
#include "clientele/domain/ladder.h"
#include "clientele/domain/proposalfinance.h"
#include "clientele/render/htmltext.h"
#include "offerdocumentparts.h"

namespace clientele {

namespace {

QString num(const QString &text)
{
    return QStringLiteral("<td class=\"num\">%1</td>").arg(text);
}

QString firstName(const QString &contact)
{
    const QString name = contact.section(QLatin1Char(','), 0, 0).trimmed();
    return name.section(QLatin1Char(' '), 0, 0);
}

// Needs beside wants: what the client needs is what we recommend for; what they want is heard.
QString needsAndWantsHtml(const Proposal &p, const QString &needsHeading,
                          const QString &wantsHeading)
{
    if (p.needs.isEmpty() && p.wants.isEmpty())
        return {};
    QString html = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\">"
                                  "<thead><tr><th width=\"50%\">%1</th><th width=\"50%\">%2</th>"
                                  "</tr></thead>")
                       .arg(htmlText(needsHeading), htmlText(wantsHeading));
    const qsizetype rows = std::max(p.needs.size(), p.wants.size());
    for (qsizetype i = 0; i < rows; ++i)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(i < p.needs.size() ? htmlText(p.needs.at(i)) : QString(),
                         i < p.wants.size() ? htmlText(p.wants.at(i)) : QString());
    return html + QStringLiteral("</table>");
}

// `amount` writes an amount of the group: "%1" or "%1 /mo".
QString lineRows(const QList<ProposalLine> &lines, Billing billing, const QString &amount)
{
    QString html;
    for (const ProposalLine &line : lines) {
        if (line.billing != billing)
            continue;
        html += QStringLiteral("<tr><td>%1</td>%2%3%4</tr>")
                    .arg(htmlText(line.description), num(QString::number(line.quantity)),
                         num(htmlText(amount.arg(line.unitPrice.toColumnString()))),
                         num(htmlText(amount.arg(line.total().toColumnString()))));
    }
    return html;
}

// The recommended offers with one-off and monthly groups, each with its own total.
QString pricesHtml(const Proposal &p)
{
    QString html =
        QStringLiteral(
            "<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead><tr>"
            "<th width=\"52%\">%1</th><th class=\"num\" width=\"8%\">%2</th>"
            "<th class=\"num\" width=\"20%\">%3</th><th class=\"num\" width=\"20%\">%4</th>"
            "</tr></thead>")
            .arg(htmlText(ProposalDocument::tr("Offer")), htmlText(ProposalDocument::tr("Qty")),
                 htmlText(ProposalDocument::tr("Unit price")),
                 htmlText(ProposalDocument::tr("Amount")));
    const bool hasOneOff = std::any_of(p.lines.begin(), p.lines.end(),
                                       [](const auto &l) { return l.billing == Billing::OneOff; });
    const bool hasMonthly = std::any_of(p.lines.begin(), p.lines.end(), [](const auto &l) {
        return l.billing == Billing::Monthly;
    });
    if (hasOneOff) {
        html += QStringLiteral("<tr class=\"group\"><td colspan=\"4\">%1</td></tr>")
                    .arg(htmlText(ProposalDocument::tr("ONE-OFF")));
        html += lineRows(p.lines, Billing::OneOff, QStringLiteral("%1"));
        html += QStringLiteral("<tr class=\"subtotal\"><td colspan=\"3\">%1</td>%2</tr>")
                    .arg(htmlText(ProposalDocument::tr("One-off total")),
                         num(htmlText(p.oneOffTotal().toColumnString())));
    }
    if (hasMonthly) {
        const QString perMonth = ProposalDocument::tr("%1 /mo");
        html += QStringLiteral("<tr class=\"group\"><td colspan=\"4\">%1</td></tr>")
                    .arg(htmlText(ProposalDocument::tr("MONTHLY")));
        html += lineRows(p.lines, Billing::Monthly, perMonth);
        html += QStringLiteral("<tr class=\"subtotal\"><td colspan=\"3\">%1</td>%2</tr>")
                    .arg(htmlText(ProposalDocument::tr("Monthly total")),
                         num(htmlText(perMonth.arg(p.monthlyTotal().toColumnString()))));
    }
    if (!hasOneOff && !hasMonthly)
        html += QStringLiteral("<tr><td colspan=\"4\">%1</td></tr>")
                    .arg(htmlText(ProposalDocument::tr("No offers recommended yet.")));
    return html + QStringLiteral("</table>");
}

QString levelHtml(RiskLevel level)
{
    return QStringLiteral("<span class=\"%1\">%2</span>")
        .arg(riskLevelKey(level), htmlText(riskLevelLabel(level)));
}

QString risksHtml(const Proposal &p)
{
    QString html =
        QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead><tr>"
                       "<th width=\"28%\">%1</th><th width=\"14%\">%2</th><th width=\"13%\">%3</th>"
                       "<th width=\"45%\">%4</th></tr></thead>")
            .arg(htmlText(ProposalDocument::tr("Risk")),
                 htmlText(ProposalDocument::tr("Likelihood")),
                 htmlText(ProposalDocument::tr("Impact")),
                 htmlText(ProposalDocument::tr("Mitigation")));
    for (const ProposalRisk &risk : p.risks)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(htmlText(risk.risk), levelHtml(risk.likelihood), levelHtml(risk.impact),
                         htmlText(risk.mitigation));
    return html + QStringLiteral("</table>");
}

QString planHtml(const Proposal &p)
{
    QString html =
        QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead>"
                       "<tr><th width=\"5%\" class=\"num\">#</th>"
                       "<th width=\"47%\">%1</th><th width=\"20%\">%2</th>"
                       "<th width=\"28%\">%3</th></tr></thead>")
            .arg(htmlText(ProposalDocument::tr("Milestone")),
                 htmlText(ProposalDocument::tr("Date")), htmlText(ProposalDocument::tr("Owner")));
    int n = 0;
    for (const ProposalMilestone &m : p.milestones)
        html += QStringLiteral("<tr>%1<td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(num(QString::number(++n)), htmlText(m.name),
                         m.date.isValid() ? htmlText(longDateText(m.date))
                                          : htmlText(ProposalDocument::tr("to agree")),
                         htmlText(m.owner));
    return html + QStringLiteral("</table>");
}

QString costBenefitHtml(const Proposal &p)
{
    const CostBenefit cb = CostBenefit::of(p);
    QString html;
    html += QStringLiteral("<h3>%1</h3>")
                .arg(htmlText(ProposalDocument::tr("Benefits you can expect")));
    if (p.benefits.isEmpty()) {
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(htmlText(ProposalDocument::tr("No benefits entered yet.")));
    } else {
        html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead><tr>"
                               "<th width=\"62%\">%1</th><th width=\"18%\">%2</th>"
                               "<th class=\"num\" width=\"20%\">%3</th></tr></thead>")
                    .arg(htmlText(ProposalDocument::tr("Benefit")),
                         htmlText(ProposalDocument::tr("When")),
                         htmlText(ProposalDocument::tr("Amount")));
        for (const ProposalBenefit &b : p.benefits)
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td>%3</tr>")
                    .arg(htmlText(b.description),
                         htmlText(b.billing == Billing::Monthly ? ProposalDocument::tr("Each month")
                                                                : ProposalDocument::tr("Once")),
                         num(htmlText(b.amount.toColumnString())));
        html += QStringLiteral("</table>");
    }

    auto roi = [&cb](int months) {
        const auto tenths = cb.roiTenthsPercent(months);
        return tenths ? QStringLiteral("%1 %").arg(formatTenths(*tenths)) : QStringLiteral("–");
    };
    html +=
        QStringLiteral("<h3>%1</h3>").arg(htmlText(ProposalDocument::tr("Costs against benefits")));
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\"><thead><tr>"
                           "<th width=\"40%\"></th><th class=\"num\" width=\"20%\">%1</th>"
                           "<th class=\"num\" width=\"20%\">%2</th>"
                           "<th class=\"num\" width=\"20%\">%3</th></tr></thead>")
                .arg(htmlText(ProposalDocument::tr("First month")),
                     htmlText(ProposalDocument::tr("Over 1 year")),
                     htmlText(ProposalDocument::tr("Over 3 years")));
    auto row = [&](const QString &label, const Money &m1, const Money &m12, const Money &m36,
                   const QString &rowClass = QString()) {
        return QStringLiteral("<tr%1><td>%2</td>%3%4%5</tr>")
            .arg(rowClass.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(rowClass),
                 htmlText(label), num(htmlText(m1.toColumnString())),
                 num(htmlText(m12.toColumnString())), num(htmlText(m36.toColumnString())));
    };
    html += row(ProposalDocument::tr("Costs"), cb.costOver(1), cb.costOver(12), cb.costOver(36));
    html += row(ProposalDocument::tr("Benefits"), cb.benefitOver(1), cb.benefitOver(12),
                cb.benefitOver(36));
    html += row(ProposalDocument::tr("Net return"), cb.returnOver(1), cb.returnOneYear(),
                cb.returnThreeYears(), QStringLiteral("subtotal"));
    html += QStringLiteral("<tr><td>%1</td>%2%3%4</tr>")
                .arg(htmlText(ProposalDocument::tr("Return on investment")), num(roi(1)),
                     num(roi(12)), num(roi(36)));
    html += QStringLiteral("</table>");

    const auto payback = cb.paybackTenthsOfMonth();
    QString paybackText;
    if (!payback)
        paybackText =
            htmlText(ProposalDocument::tr("The benefits entered do not cover the monthly costs, so "
                                          "the investment does not pay back on these figures "
                                          "alone."));
    else if (*payback == 0)
        paybackText =
            htmlText(ProposalDocument::tr("Nothing is owed up front beyond what the benefits "
                                          "return at once: the proposal pays back from the first "
                                          "month."));
    else
        paybackText =
            ProposalDocument::tr("Payback period: <b>%1 months</b>. One-off costs less one-off "
                                 "benefits, divided by the monthly benefit less the monthly "
                                 "cost.")
                .arg(formatTenths(*payback));
    html += QStringLiteral("<p>%1</p>").arg(paybackText);
    return html;
}

// A party's name over lines for the name, title, date and signature of whoever signs, the
// client's on the left and ours on the right, each line labelled on its left.
QString acceptanceHtml(const Proposal &p, const QString &consultancy)
{
    const QString client = p.prospect.company.trimmed().isEmpty()
                               ? ProposalDocument::tr("The client")
                               : p.prospect.company;
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(htmlText(ProposalDocument::tr(
                                         "Signing below accepts proposal %1 on the terms above."))
                                .arg(htmlText(p.number)));
    return html
           + offerdoc::signingLinesHtml(
               {ProposalDocument::tr("For %1").arg(client),
                consultancy.isEmpty() ? ProposalDocument::tr("For us")
                                      : ProposalDocument::tr("For %1").arg(consultancy)},
               {ProposalDocument::tr("Name"), ProposalDocument::tr("Title"),
                ProposalDocument::tr("Date"), ProposalDocument::tr("Signature")});
}

// The letter's short acceptance: a sentence and lines for name, signature and date.
QString informalAcceptanceHtml(const Proposal &p)
{
    QString html =
        QStringLiteral("<p style=\"margin-top: 18px\">%1</p>")
            .arg(htmlText(ProposalDocument::tr("To accept proposal %1, sign below and send us a "
                                               "copy, or simply reply to this letter."))
                     .arg(htmlText(p.number)));
    html += QStringLiteral("<table class=\"sign\" width=\"100%\" cellspacing=\"0\"><tr>"
                           "<td width=\"36%\"></td><td class=\"gap\" width=\"4%\"></td>"
                           "<td width=\"36%\"></td><td class=\"gap\" width=\"4%\"></td>"
                           "<td width=\"20%\"></td></tr></table>");
    html += QStringLiteral("<table class=\"signlabels\" width=\"100%\" cellspacing=\"0\"><tr>"
                           "<td width=\"36%\">%1</td><td width=\"4%\"></td>"
                           "<td width=\"36%\">%2</td><td width=\"4%\"></td>"
                           "<td width=\"20%\">%3</td></tr></table>")
                .arg(htmlText(ProposalDocument::tr("Name")),
                     htmlText(ProposalDocument::tr("Signature")),
                     htmlText(ProposalDocument::tr("Date")));
    return html;
}

QString coverHtml(const Proposal &p, const WorkspaceSettings &settings, bool withLogo)
{
    const QString company = p.prospect.company.trimmed();
    return offerdoc::coverHtml({ProposalDocument::tr("PROPOSAL"),
                                company.isEmpty() ? ProposalDocument::tr("Proposal") : company,
                                p.prospect.industry,
                                {{ProposalDocument::tr("Proposal number"), p.number},
                                 {ProposalDocument::tr("Prepared for"), p.prospect.contact},
                                 {ProposalDocument::tr("Issued"), longDateText(p.issued)},
                                 {ProposalDocument::tr("Valid until"), longDateText(p.validUntil)},
                                 {ProposalDocument::tr("Prepared by"), settings.consultancyName}}},
                               withLogo);
}

// The last page: what differs from an earlier version the prospect may hold.
QString changesPageHtml(const Proposal &p, const QList<FieldChange> &changes, int sinceVersion)
{
    const QString since = ProposalDocument::tr("Version %1").arg(sinceVersion);
    const QString now = ProposalDocument::tr("Version %1").arg(p.version);
    QString html =
        QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2><p>%2</p>")
            .arg(
                htmlText(ProposalDocument::tr("Changes since version %1").arg(sinceVersion)),
                htmlText(
                    ProposalDocument::tr("Everything in proposal %1 that reads differently from "
                                         "version %2, beside what it says in version %3.")
                        .arg(p.number, QString::number(sinceVersion), QString::number(p.version))));
    return html + changeTableHtml(changes, since, now);
}

} // namespace

ProposalDocument::ProposalDocument(const WorkspaceSettings &settings, QList<Offer> offers,
                                   QList<CustomerProfile> profiles)
    : m_settings(settings)
    , m_offers(std::move(offers))
    , m_profiles(std::move(profiles))
{
}

ProposalStyle ProposalDocument::styleOf(const Proposal &proposal) const
{
    return proposal.style(m_settings.formalStaffThreshold);
}

PagedDocument ProposalDocument::document(const Proposal &proposal,
                                         const QList<FieldChange> &changes, int sinceVersion) const
{
    const LanguageScope language(m_settings.documentLanguage);
    PagedDocument document(m_settings);
    const QString company = proposal.prospect.company.trimmed();
    document.setTitle(company.isEmpty() ? tr("Proposal %1").arg(proposal.number)
                                        : tr("Proposal %1 for %2").arg(proposal.number, company));
    document.setSubject(styleOf(proposal) == ProposalStyle::Formal ? tr("Formal proposal")
                                                                   : tr("Informal proposal"));
    if (proposal.issued.isValid())
        document.setDate(proposal.issued);
    if (proposal.status == ProposalStatus::Draft)
        document.setWatermark(tr("DRAFT"));
    const bool logo = offerdoc::prepareBody(document, m_settings);
    QString body = html(proposal, logo);
    const ProposalVersion *held = proposal.lastSent();
    if (!changes.isEmpty())
        body += changesPageHtml(proposal, changes, sinceVersion);
    else if (proposal.printChanges && held && held->content && held->version < proposal.version)
        if (const auto since = proposalChanges(*held->content, proposal); !since.isEmpty())
            body += changesPageHtml(proposal, since, held->version);
    offerdoc::setBodyHtml(document, body);
    return document;
}

QString ProposalDocument::html(const Proposal &proposal, bool withLogo) const
{
    return styleOf(proposal) == ProposalStyle::Formal ? formalHtml(proposal, withLogo)
                                                      : informalHtml(proposal, withLogo);
}

QString ProposalDocument::informalHtml(const Proposal &p, bool withLogo) const
{
    const QString consultancy = m_settings.consultancyName.trimmed();
    QString html;
    if (withLogo)
        html += QStringLiteral("<p><img src=\"logo\" height=\"40\"/></p>");
    // Letterhead: who writes, to whom, when.
    html += QStringLiteral("<p class=\"small\">%1</p>").arg(htmlText(m_settings.contactDetails));
    QString to;
    for (const QString &line : {p.prospect.contact, p.prospect.company})
        if (!line.trimmed().isEmpty())
            to += htmlText(line) + QStringLiteral("<br/>");
    html += QStringLiteral("<p>%1<br/>%2</p>").arg(to, htmlText(longDateText(p.issued)));
    html += QStringLiteral("<h1>%1</h1>")
                .arg(htmlText(p.prospect.company.trimmed().isEmpty()
                                  ? tr("A proposal for you")
                                  : tr("A proposal for %1").arg(p.prospect.company)));
    html += QStringLiteral("<p class=\"meta\">%1</p>")
                .arg(htmlText(tr("Proposal %1")).arg(htmlText(p.number)));
    const QString name = firstName(p.prospect.contact);
    html += QStringLiteral("<p>%1</p>")
                .arg(name.isEmpty() ? htmlText(tr("Hello,"))
                                    : htmlText(tr("Hi %1,")).arg(htmlText(name)));
    html += QStringLiteral("<p>%1</p>")
                .arg(htmlText(tr("Thanks for your time. Here is what we heard, and what we suggest "
                                 "as a sensible first step.")));

    if (!p.needs.isEmpty() || !p.wants.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(htmlText(tr("What we heard")));
        html +=
            needsAndWantsHtml(p, tr("What the business needs"), tr("What you told us you want"));
        html += QStringLiteral("<p class=\"small\">%1</p>")
                    .arg(htmlText(tr("We put what the business needs first; what you want shapes "
                                     "how and when we do it.")));
    }

    html += QStringLiteral("<h2>%1</h2>").arg(htmlText(tr("What we suggest")));
    for (const ProposalLine &line : p.lines) {
        QString promise;
        for (const Offer &offer : m_offers)
            if (offer.id == line.offerId && line.offerId > 0)
                promise = offer.promise;
        html += QStringLiteral("<p><b>%1</b>%2</p>")
                    .arg(htmlText(line.description),
                         promise.trimmed().isEmpty()
                             ? QString()
                             : QStringLiteral(" \u2014 %1").arg(htmlText(promise)));
    }
    html += pricesHtml(p);
    if (!m_settings.taxNote.trimmed().isEmpty())
        html += QStringLiteral("<p class=\"small\">%1</p>").arg(htmlText(m_settings.taxNote));
    if (!p.terms.trimmed().isEmpty())
        html += QStringLiteral("<h2>%1</h2>").arg(htmlText(tr("The fine print")))
                + htmlParagraphs(p.terms);
    html += QStringLiteral("<h2>%1</h2>").arg(htmlText(tr("Next step")));
    html += p.nextStep.trimmed().isEmpty()
                ? QStringLiteral("<p>%1</p>")
                      .arg(htmlText(tr("Reply to this letter, or sign below, and we will get "
                                       "started.")))
                : htmlParagraphs(p.nextStep);
    if (p.validUntil.isValid())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("These prices stand until <b>%1</b>.")
                             .arg(htmlText(longDateText(p.validUntil))));
    html += QStringLiteral("<p>%1</p><p><b>%2</b></p>")
                .arg(htmlText(tr("Kind regards,")),
                     htmlText(consultancy.isEmpty() ? tr("Your consultant") : consultancy));
    html += informalAcceptanceHtml(p);
    return html;
}

QString ProposalDocument::formalHtml(const Proposal &p, bool withLogo) const
{
    QString html = coverHtml(p, m_settings, withLogo);
    int section = 0;
    auto heading = [&section](const QString &title) {
        return QStringLiteral("<h2>%1. %2</h2>").arg(++section).arg(htmlText(title));
    };

    html += heading(tr("Executive summary"));
    html += p.executiveSummary.trimmed().isEmpty()
                ? QStringLiteral("<p class=\"muted\">%1</p>").arg(htmlText(tr("To be written.")))
                : htmlParagraphs(p.executiveSummary);

    html += heading(tr("Your business today"));
    QString facts;
    auto fact = [&facts](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            facts += QStringLiteral("<tr><td class=\"label\" width=\"26%\">%1</td><td>%2</td></tr>")
                         .arg(htmlText(label), htmlText(value));
    };
    fact(tr("Company"), p.prospect.company);
    fact(tr("Contact"), p.prospect.contact);
    fact(tr("Staff"), p.prospect.staff > 0 ? QString::number(p.prospect.staff) : QString());
    fact(tr("Industry"), p.prospect.industry);
    fact(tr("Current systems"), p.prospect.currentSystems);
    html += QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\">%1</table>")
                .arg(facts);

    html += heading(tr("Needs and wants"));
    html += QStringLiteral("<p>%1</p>")
                .arg(htmlText(tr("A business's needs and its wants are not the same. We recommend "
                                 "for what the business needs, and respect what you want in how "
                                 "and when we deliver it.")));
    html += needsAndWantsHtml(p, tr("Needs"), tr("Wants"));

    html += heading(tr("Recommended offers"));
    html += pricesHtml(p);
    if (!m_settings.taxNote.trimmed().isEmpty())
        html += QStringLiteral("<p class=\"small\">%1</p>").arg(htmlText(m_settings.taxNote));
    if (const QList<Offer> rungs = ladderOf(m_offers); !rungs.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(htmlText(tr("How we grow with you")),
                         htmlText(tr("Every engagement starts small; each step earns the next.")));
        html += offerdoc::ladderHtml(rungs);
    }
    const auto itemTexts = offerdoc::profileItemTexts(m_profiles);
    QList<qint64> described;
    for (const ProposalLine &line : p.lines) {
        if (line.offerId <= 0 || described.contains(line.offerId))
            continue;
        for (const Offer &offer : m_offers)
            if (offer.id == line.offerId) {
                html += offerdoc::offerDetailsHtml(offer, itemTexts);
                described << offer.id;
            }
    }

    html += heading(tr("Risk assessment"));
    html += p.risks.isEmpty() ? QStringLiteral("<p class=\"muted\">%1</p>")
                                    .arg(htmlText(tr("No risks identified yet.")))
                              : risksHtml(p);
    html += heading(tr("Project plan"));
    html +=
        p.milestones.isEmpty()
            ? QStringLiteral("<p class=\"muted\">%1</p>").arg(htmlText(tr("Milestones to agree.")))
            : planHtml(p);
    html += heading(tr("Cost-benefit analysis"));
    html += costBenefitHtml(p);
    html += heading(tr("Terms"));
    html += p.terms.trimmed().isEmpty()
                ? QStringLiteral("<p>%1</p>").arg(htmlText(tr("Our standard terms apply.")))
                : htmlParagraphs(p.terms);
    html += heading(tr("Validity and next step"));
    if (p.validUntil.isValid())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("This proposal is valid until <b>%1</b>.")
                             .arg(htmlText(longDateText(p.validUntil))));
    // The acceptance is the next section.
    html += p.nextStep.trimmed().isEmpty()
                ? QStringLiteral("<p>%1</p>")
                      .arg(htmlText(tr("To go ahead, sign the acceptance in section %1 and "
                                       "return it to us."))
                               .arg(section + 1))
                : htmlParagraphs(p.nextStep);
    html += heading(tr("Acceptance"));
    html += acceptanceHtml(p, m_settings.consultancyName.trimmed());
    return html;
}

} // namespace clientele
