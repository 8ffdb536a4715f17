#include "offerdocumentparts.h"

#include "clientele/domain/textlanguage.h"
#include "clientele/render/htmltext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

namespace clientele::offerdoc {

namespace {

QString proposalCss(const DocumentStyle &style)
{
    QFile file(QStringLiteral(":/documents/proposal.css"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString css = QString::fromUtf8(file.readAll());
    QColor light = style.accent();
    light.setHslF(light.hslHueF(), qMin(1.0f, light.hslSaturationF() * 0.6f), 0.94f);
    css.replace(QStringLiteral("@accentlight@"), light.name());
    css.replace(QStringLiteral("@accent@"), style.accent().name());
    css.replace(QStringLiteral("@text@"), style.text().name());
    css.replace(QStringLiteral("@muted@"), style.muted().name());
    css.replace(QStringLiteral("@rule@"), style.rule().name());
    return css;
}

void repeatTableHeads(QTextFrame *frame)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            // A head row is made of <th> cells, which the importer makes bold.
            QTextTableFormat format = table->format();
            if (format.headerRowCount() == 0 && table->rows() > 1) {
                const QTextCharFormat first = table->cellAt(0, 0).format();
                const bool isHead =
                    table->cellAt(0, 0).firstCursorPosition().charFormat().fontWeight()
                        >= QFont::Bold
                    && first.isTableCellFormat()
                    && table->cellAt(0, 0).format().background().style() != Qt::NoBrush;
                if (isHead) {
                    format.setHeaderRowCount(1);
                    table->setFormat(format);
                }
            }
        }
        repeatTableHeads(child);
    }
}

QString listHtml(const QString &heading, const QStringList &items)
{
    QStringList filled;
    for (const QString &item : items)
        if (!item.trimmed().isEmpty())
            filled << item;
    if (filled.isEmpty())
        return {};
    // A heading, so that it never ends a page without its list.
    QString html = QStringLiteral("<h4>%1</h4><ul>").arg(htmlText(heading));
    for (const QString &item : filled)
        html += QStringLiteral("<li>%1</li>").arg(htmlText(item));
    return html + QStringLiteral("</ul>");
}

QString factRow(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td class=\"label\" width=\"38%\">%1</td><td>%2</td></tr>")
        .arg(htmlText(label), valueHtml);
}

} // namespace

bool prepareBody(PagedDocument &document, const WorkspaceSettings &settings)
{
    QTextDocument *body = document.body();
    body->setDefaultStyleSheet(document.style().styleSheet() + proposalCss(document.style()));
    QTextOption option = body->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    body->setDefaultTextOption(option);
    const QString logo = settings.logoPath.trimmed();
    if (logo.isEmpty() || !QFileInfo::exists(logo))
        return false;
    const QImage image(logo);
    if (image.isNull())
        return false;
    body->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("logo")), image);
    return true;
}

void setBodyHtml(PagedDocument &document, const QString &html)
{
    document.body()->setHtml(html);
    document.typesetTableRows();
    repeatTableHeads(document.body()->rootFrame());
}

QString priceText(const Offer &offer)
{
    if (offer.isFree())
        return QCoreApplication::translate("clientele::OfferDocument", "Free");
    return offer.isMonthly() ? QCoreApplication::translate("clientele::OfferDocument", "%1 a month")
                                   .arg(offer.price.toDisplayString())
                             : offer.price.toDisplayString();
}

QHash<qint64, QString> profileItemTexts(const QList<CustomerProfile> &profiles)
{
    QHash<qint64, QString> texts;
    for (const CustomerProfile &profile : profiles) {
        for (const ProfileItem &item : profile.obstacles)
            texts.insert(item.id, item.text);
        for (const ProfileItem &item : profile.needs)
            texts.insert(item.id, item.text);
    }
    return texts;
}

QString ladderHtml(const QList<Offer> &rungs)
{
    if (rungs.isEmpty())
        return {};
    // A staircase: each rung is a column that starts one step higher than the one before, and
    // between two rungs the step that leads from one to the next.
    const int n = int(rungs.size());
    // Rungs wide enough for a long word in bold ("assessment") even beside a comment margin.
    const int rungWidth = n == 1 ? 100 : (n <= 3 ? 22 : 66 / n);
    const int stepWidth = n == 1 ? 0 : (100 - rungWidth * n) / (n - 1);
    QString html = QStringLiteral(
        "<table class=\"ladder\" width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">");
    for (int row = 0; row < n; ++row) {
        html += QStringLiteral("<tr>");
        for (int i = 0; i < n; ++i) {
            const int top = n - 1 - i; // the row where rung i begins
            const bool lastRung = i == n - 1;
            // Rung column.
            // One spacer per row above the rung, two lines high, so every rung rises by the
            // same amount (a spanning spacer's height would all land in its last row).
            if (row < top)
                html += QStringLiteral("<td class=\"spacer\" width=\"%1%\">&nbsp;<br/>&nbsp;</td>")
                            .arg(rungWidth);
            if (row == top) {
                const Offer &offer = rungs.at(i);
                html += QStringLiteral("<td class=\"rung\" rowspan=\"%1\" width=\"%2%\">"
                                       "<p class=\"rungstage\">%3</p><p class=\"rungname\">%4</p>"
                                       "<p class=\"rungprice\">%5</p></td>")
                            .arg(n - top)
                            .arg(rungWidth)
                            .arg(htmlText(ladderStageLabel(offer.ladder->stage).toUpper()),
                                 htmlText(offer.name), htmlText(priceText(offer)));
            }
            if (lastRung)
                continue;
            // Step column, level with the rung it leads from.
            if (row < top)
                html += QStringLiteral("<td class=\"spacer\" width=\"%1%\"></td>").arg(stepWidth);
            if (row == top) {
                const QString step = rungs.at(i).ladder->stepToNext.trimmed();
                html += QStringLiteral("<td class=\"step\" rowspan=\"%1\" width=\"%2%\">"
                                       "<p class=\"arrow\">\u2192</p>%3</td>")
                            .arg(n - top)
                            .arg(stepWidth)
                            .arg(step.isEmpty() ? QString()
                                                : QStringLiteral("<p>%1</p>").arg(htmlText(step)));
            }
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString offerDetailsHtml(const Offer &offer, const QHash<qint64, QString> &itemTexts,
                         const QString &headingTag)
{
    QString html = QStringLiteral("<%1>%2</%1>").arg(headingTag, htmlText(offer.name));
    html += QStringLiteral("<p class=\"small\">%1  \u00b7  %2</p>")
                .arg(htmlText(offerKindLabel(offer.kind)), htmlText(priceText(offer)));
    if (!offer.promise.trimmed().isEmpty())
        html += htmlParagraphs(offer.promise);
    html += listHtml(offerListLabel(OfferList::Included), offer.included);
    html += listHtml(offerListLabel(OfferList::Excluded), offer.excluded);

    if (offer.kind == OfferKind::MonthlyRetainer) {
        const RetainerTerms &terms = offer.retainer;
        QString rows;
        rows += factRow(QCoreApplication::translate("clientele::OfferDocument", "Monthly fee"),
                        htmlText(terms.monthlyFee.toColumnString()));
        rows += factRow(
            QCoreApplication::translate("clientele::OfferDocument", "Hours included each month"),
            QString::number(terms.hoursPerMonth));
        rows += factRow(QCoreApplication::translate("clientele::OfferDocument", "Unused hours"),
                        htmlText(terms.unusedHoursCarryOver
                                     ? QCoreApplication::translate("clientele::OfferDocument",
                                                                   "Carry over to later months")
                                     : QCoreApplication::translate("clientele::OfferDocument",
                                                                   "Do not carry over")));
        if (const auto rate = terms.effectiveHourlyRate())
            rows += factRow(
                QCoreApplication::translate("clientele::OfferDocument", "Effective hourly rate"),
                htmlText(rate->toColumnString()));
        rows += factRow(QCoreApplication::translate("clientele::OfferDocument", "Yearly value"),
                        htmlText(terms.yearlyValue().toColumnString()));
        if (terms.minimumTermMonths > 0)
            rows += factRow(
                QCoreApplication::translate("clientele::OfferDocument", "Minimum term"),
                htmlText(QCoreApplication::translate("clientele::OfferDocument", "%n months",
                                                     nullptr, terms.minimumTermMonths)));
        if (terms.noticeDays > 0)
            rows += factRow(QCoreApplication::translate("clientele::OfferDocument", "Notice"),
                            htmlText(QCoreApplication::translate(
                                "clientele::OfferDocument", "%n days", nullptr, terms.noticeDays)));
        html += QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\">%1</table>")
                    .arg(rows);
        html += listHtml(offerListLabel(OfferList::FeeIncludes), terms.feeIncludes);
        html += listHtml(offerListLabel(OfferList::FeeExcludes), terms.feeExcludes);
    }
    if (offer.kind == OfferKind::FreeAssessment) {
        html += listHtml(offerListLabel(OfferList::Questions), offer.assessment.questions);
        html += listHtml(offerListLabel(OfferList::Findings), offer.assessment.findings);
    }
    QStringList answered;
    for (qint64 id : offer.answers)
        if (itemTexts.contains(id))
            answered << itemTexts.value(id);
    html += listHtml(QCoreApplication::translate("clientele::OfferDocument", "What it answers"),
                     answered);
    return html;
}

QString signingLinesHtml(const QStringList &parties, const QStringList &labels)
{
    // A party's label and line take this share of the width, and parties are this far apart.
    const int gap = 8;
    const int share =
        parties.size() > 1 ? (100 - gap * int(parties.size() - 1)) / int(parties.size()) : 70;
    const int labelWidth = share * 26 / 100;
    // Every row but the last is a head row: head rows keep with the row after them, so the
    // block never splits across pages. The columns' widths come from the rows below the
    // parties' names (a width on a spanning cell would be shared out evenly).
    QStringList names;
    for (const QString &party : parties)
        names << QStringLiteral("<td class=\"party\" colspan=\"2\">%1</td>").arg(htmlText(party));
    const QString spacer = QStringLiteral("<td width=\"%1%\"></td>").arg(gap);
    QString html = QStringLiteral("<table class=\"accept\" width=\"100%\" cellspacing=\"0\">"
                                  "<thead><tr>%1</tr>")
                       .arg(names.join(QStringLiteral("<td></td>")));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        // A signature needs more room above its line than a name does.
        const bool signature = i == labels.size() - 1;
        const QString field =
            QStringLiteral("<td class=\"%1field\" width=\"%2%\">%3</td>"
                           "<td class=\"%1line\" width=\"%4%\"></td>")
                .arg(signature ? QStringLiteral("sign") : QString(), QString::number(labelWidth),
                     htmlText(labels.at(i)), QString::number(share - labelWidth));
        QStringList fields;
        for (qsizetype party = 0; party < parties.size(); ++party)
            fields << field;
        html += (signature ? QStringLiteral("</thead><tr>") : QStringLiteral("<tr>"))
                + fields.join(spacer) + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString coverHtml(const Cover &cover, bool withLogo)
{
    QString facts;
    for (const auto &[label, value] : cover.facts)
        if (!value.trimmed().isEmpty())
            facts += QStringLiteral("<tr><td class=\"label\" width=\"38%\">%1</td><td>%2</td></tr>")
                         .arg(htmlText(label), htmlText(value));
    QString html = QStringLiteral(
        "<table class=\"cover\" width=\"100%\" cellspacing=\"0\"><tr><td class=\"coverbody\">");
    if (withLogo)
        html += QStringLiteral("<p><img src=\"logo\" height=\"44\"/></p>");
    html += QStringLiteral("<p class=\"kicker\">%1</p><p class=\"covertitle\">%2</p>")
                .arg(htmlText(cover.kicker), htmlText(cover.title));
    if (!cover.subtitle.trimmed().isEmpty())
        html += QStringLiteral("<p class=\"coversub\">%1</p>").arg(htmlText(cover.subtitle));
    html += QStringLiteral("<table class=\"facts\" width=\"72%\" cellspacing=\"0\">%1</table>")
                .arg(facts);
    return html + QStringLiteral("</td></tr></table>");
}

} // namespace clientele::offerdoc
