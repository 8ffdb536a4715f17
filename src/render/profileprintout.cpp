#include "clientele/render/profileprintout.h"
#include "clientele/domain/textlanguage.h"

#include "clientele/render/htmltext.h"

#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace clientele {

namespace {

QString itemHtml(const ProfileItem &item)
{
    QString html = htmlText(item.text);
    if (!item.detail.trimmed().isEmpty()) {
        const QString separator = html.isEmpty() ? QString() : QStringLiteral(" — ");
        html += QStringLiteral("<span class=\"muted\">%1%2</span>")
                    .arg(separator, htmlText(item.detail));
    }
    return html;
}

QString listHtml(const SheetList &list)
{
    QString html;
    if (!list.heading.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(htmlText(list.heading));
    const QString tag = list.numbered ? QStringLiteral("ol") : QStringLiteral("ul");
    html += QStringLiteral("<%1>").arg(tag);
    for (const ProfileItem &item : list.items)
        html += QStringLiteral("<li>%1</li>").arg(itemHtml(item));
    html += QStringLiteral("</%1>").arg(tag);
    return html;
}

QString segmentHtml(const QList<SheetRow> &rows)
{
    QString html = QStringLiteral("<h2>%1</h2>"
                                  "<table class=\"segment\" width=\"100%\" cellspacing=\"0\">")
                       .arg(htmlText(ProfilePrintout::tr("Segment")));
    for (const SheetRow &row : rows) {
        html += QStringLiteral("<tr><td class=\"label\" width=\"27%\">%1</td><td>%2</td></tr>")
                    .arg(htmlText(row.label), htmlText(row.value));
    }
    return html + QStringLiteral("</table>");
}

QString sectionHtml(const SheetSection &section)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(htmlText(section.heading));
    if (!section.text.trimmed().isEmpty())
        html += htmlParagraphs(section.text);
    if (section.lists.size() == 1)
        return html + listHtml(section.lists.first());
    if (!section.lists.isEmpty()) {
        // Lists that belong together (needs beside wants) read best side by side.
        html += QStringLiteral("<table class=\"columns\" width=\"100%\" cellspacing=\"0\"><tr>");
        const int width = 100 / int(section.lists.size());
        for (const SheetList &list : section.lists)
            html += QStringLiteral("<td width=\"%1%\">%2</td>").arg(width).arg(listHtml(list));
        html += QStringLiteral("</tr></table>");
    }
    return html;
}

} // namespace

ProfilePrintout::ProfilePrintout(const WorkspaceSettings &settings)
    : m_settings(settings)
{
}

PagedDocument ProfilePrintout::document(const CustomerProfile &profile) const
{
    PagedDocument document = this->document(QList<CustomerProfile>{profile});
    document.setTitle(ProfileSheet::from(profile).title);
    return document;
}

PagedDocument ProfilePrintout::document(const QList<CustomerProfile> &profiles) const
{
    const LanguageScope language(m_settings.documentLanguage);
    PagedDocument document(m_settings);
    document.setTitle(tr("Customer profiles"));
    document.setSubject(tr("Customer profile"));
    QString html;
    for (const CustomerProfile &profile : profiles)
        html += ProfilePrintout::html(ProfileSheet::from(profile));
    document.body()->setHtml(html);
    document.typesetTableRows();
    // Each profile after the first starts on a page of its own, at its title.
    document.startPageAtEachTitle();
    return document;
}

QString ProfilePrintout::html(const ProfileSheet &sheet)
{
    const QString meta =
        sheet.updated.isValid()
            ? tr("Customer profile  ·  updated %1").arg(longDateText(sheet.updated))
            : tr("Customer profile");
    QString html = QStringLiteral("<h1>%1</h1><p class=\"meta\">%2</p>")
                       .arg(htmlText(sheet.title), htmlText(meta));
    if (!sheet.segment.isEmpty())
        html += segmentHtml(sheet.segment);
    for (const SheetSection &section : sheet.sections)
        html += sectionHtml(section);
    return html;
}

} // namespace clientele
