#include "clientele/storage/import/importreport.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

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
    QString text = QStringLiteral("File:              %1\n").arg(QFileInfo(file).fileName());
    if (format != ImportFormat::Unknown)
        text += QStringLiteral("Format:            %1\n").arg(importFormatName(format));
    if (!contacts && dateOrder != DateOrder::Auto)
        text += QStringLiteral("Date order:        %1\n").arg(dateOrderName(dateOrder));
    text += QStringLiteral("Lines read:        %1\n").arg(records);
    if (contacts) {
        text += QStringLiteral("Contacts added:    %1\n").arg(documentsImported);
        text += QStringLiteral("Contacts updated:  %1\n").arg(contactsUpdated);
        text += QStringLiteral("Already present:   %1 contacts\n").arg(documentsAlreadyPresent);
    } else {
        text += QStringLiteral("Imported:          %1 lines in %2 documents\n")
                    .arg(linesImported)
                    .arg(documentsImported);
        text += QStringLiteral("Already present:   %1 lines in %2 documents\n")
                    .arg(linesAlreadyPresent)
                    .arg(documentsAlreadyPresent);
        text += QStringLiteral("New customers:     %1\n").arg(customersAdded);
        for (auto it = notSales.cbegin(); it != notSales.cend(); ++it)
            text +=
                QStringLiteral("Not sales:         %1 lines (%2)\n").arg(it.value()).arg(it.key());
    }
    text += QStringLiteral("Skipped:           %1 lines that cannot be read\n").arg(skippedLines());
    if (!problems.isEmpty())
        text += QStringLiteral("\nProblems:\n") + problemsText();
    if (!committed() && !error.isEmpty())
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
