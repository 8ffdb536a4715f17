#include "clientele/render/offercataloguedocument.h"
#include "clientele/domain/textlanguage.h"

#include "clientele/domain/ladder.h"
#include "clientele/render/htmltext.h"
#include "offerdocumentparts.h"

namespace clientele {

OfferCatalogueDocument::OfferCatalogueDocument(const WorkspaceSettings &settings,
                                               QList<CustomerProfile> profiles)
    : m_settings(settings)
    , m_profiles(std::move(profiles))
{
}

PagedDocument OfferCatalogueDocument::document(const QList<Offer> &offers) const
{
    const LanguageScope language(m_settings.documentLanguage);
    PagedDocument document(m_settings);
    document.setTitle(tr("Our offers"));
    document.setSubject(tr("Offer catalogue"));
    const bool logo = offerdoc::prepareBody(document, m_settings);
    offerdoc::setBodyHtml(document, html(offers, logo));
    return document;
}

QString OfferCatalogueDocument::html(const QList<Offer> &offers, bool withLogo) const
{
    const QString name = m_settings.consultancyName.trimmed();
    QString html;
    if (withLogo)
        html += QStringLiteral("<p><img src=\"logo\" height=\"48\"/></p>");
    html +=
        QStringLiteral("<h1>%1</h1><p class=\"meta\">%2</p>")
            .arg(htmlText(tr("Our offers")),
                 htmlText(name.isEmpty()
                              ? tr("Start small, and grow when it pays")
                              : tr("%1  \u00b7  start small, and grow when it pays").arg(name)));
    const QList<Offer> rungs = ladderOf(offers);
    if (!rungs.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(htmlText(tr("The ladder")),
                         htmlText(tr("Each step earns the next: you only move up when the last "
                                     "one has paid its way.")));
        html += offerdoc::ladderHtml(rungs);
    }
    if (offers.isEmpty()) {
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(htmlText(tr("No offers yet.")));
        return html;
    }
    QList<Offer> ordered = rungs;
    for (const Offer &offer : offers)
        if (!offer.ladder)
            ordered.append(offer);
    const auto itemTexts = offerdoc::profileItemTexts(m_profiles);
    html += QStringLiteral("<h2>%1</h2>").arg(htmlText(tr("The offers")));
    for (const Offer &offer : ordered)
        html += offerdoc::offerDetailsHtml(offer, itemTexts);
    if (!m_settings.taxNote.trimmed().isEmpty())
        html += QStringLiteral("<p class=\"small\">%1</p>").arg(htmlText(m_settings.taxNote));
    return html;
}

} // namespace clientele
