#include "clientele/storage/import/importreport.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace clientele {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

void sortProblems(QList<ImportProblem> &problems)
{
    std::stable_sort(
        problems.begin(), problems.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
}

const ImportReport *ImportReport::choice(DateOrder order) const
{
    for (const ImportReport &report : dateOrderChoices) {
        if (report.dateOrder == order)
            return &report;
    }
    return nullptr;
}

qint64 ImportReport::skippedLines() const
{
    QSet<QPair<QString, qint64>> lines;
    for (const ImportProblem &p : problems) {
        if (p.line > 0)
            lines.insert({p.file, p.line});
    }
    return lines.size();
}

QString ImportReport::summary() const
{
    const bool contacts = kind == Kind::Contacts;
    // A check says what an import would do; an import says what it did.
    const QString imported =
        check ? QStringLiteral("Would import:      ") : QStringLiteral("Imported:          ");
    QString text = QStringLiteral("File:              %1\n").arg(QFileInfo(file).fileName());
    if (format != ImportFormat::Unknown)
        text += QStringLiteral("Format:            %1\n").arg(importFormatName(format));
    if (!contacts && dateOrder != DateOrder::Auto)
        text += QStringLiteral("Date order:        %1\n").arg(dateOrderName(dateOrder));
    text += QStringLiteral("Lines read:        %1\n").arg(records);
    if (contacts) {
        text += (check ? QStringLiteral("Would add:         %1 contacts\n")
                       : QStringLiteral("Contacts added:    %1\n"))
                    .arg(documentsImported);
        text += (check ? QStringLiteral("Would update:      %1 contacts\n")
                       : QStringLiteral("Contacts updated:  %1\n"))
                    .arg(contactsUpdated);
        text += QStringLiteral("Already present:   %1 contacts\n").arg(documentsAlreadyPresent);
    } else {
        text += imported
                + QStringLiteral("%1 lines in %2 documents\n")
                      .arg(linesImported)
                      .arg(documentsImported);
        text += QStringLiteral("Already present:   %1 lines in %2 documents\n")
                    .arg(linesAlreadyPresent)
                    .arg(documentsAlreadyPresent);
        text += QStringLiteral("New customers:     %1\n").arg(customersAdded);
        for (auto it = notSales.cbegin(); it != notSales.cend(); ++it)
            text +=
                QStringLiteral("Not sales:         %1 lines (%2)\n").arg(it.value()).arg(it.key());
        if (purchaseDocuments > 0)
            text += QStringLiteral("Purchases:         %1 lines in %2 documents (bills), not "
                                   "imported\n")
                        .arg(purchaseLines)
                        .arg(purchaseDocuments);
    }
    text += QStringLiteral("Skipped:           %1 lines that cannot be read\n").arg(skippedLines());
    if (!problems.isEmpty())
        text += QStringLiteral("\nProblems:\n") + problemsText();
    if (check)
        text += QStringLiteral("\nChecked only: nothing was written.\n");
    if (!committed() && outcome != Outcome::Ready && !error.isEmpty())
        text += QStringLiteral("\nNothing was imported: %1\n").arg(error);
    return text;
}

QString ImportReport::problemsText() const
{
    QString text;
    for (const ImportProblem &p : problems) {
        text += QFileInfo(p.file).fileName();
        if (p.line > 0)
            text += QStringLiteral(":%1").arg(p.line);
        if (p.position > 0)
            text += QStringLiteral(":%1").arg(p.position);
        text += QStringLiteral(": ");
        if (!p.column.isEmpty())
            text += QStringLiteral("%1: ").arg(p.column);
        text += p.message + u'\n';
    }
    return text;
}

QString ImportReport::problemsCsv() const
{
    QString text = QStringLiteral("file,line,position,column,problem\n");
    for (const ImportProblem &p : problems) {
        text += QStringLiteral("%1,%2,%3,%4,%5\n")
                    .arg(csvField(QFileInfo(p.file).fileName()))
                    .arg(p.line)
                    .arg(p.position)
                    .arg(csvField(p.column), csvField(p.message));
    }
    return text;
}

Status ImportReport::save(const QString &path) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error{
            QStringLiteral("Cannot write \u201C%1\u201D: %2").arg(path, out.errorString())};
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    out.write((csv ? problemsCsv() : summary()).toUtf8());
    if (!out.commit())
        return Error{
            QStringLiteral("Cannot write \u201C%1\u201D: %2").arg(path, out.errorString())};
    return success();
}

} // namespace clientele
