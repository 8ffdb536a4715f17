#include "clientele/storage/import/importreport.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
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

// "File:              name": a label, then its value from the 20th column on.
QString reportLine(const QString &label, const QString &value)
{
    return QStringLiteral("%1 %2\n").arg(label.leftJustified(18), value);
}

} // namespace

QString notSaleReasonText(const QString &reason)
{
    static const char *const kReasons[] = {
        QT_TRANSLATE_NOOP("clientele::ImportReport", "purchase"),
        QT_TRANSLATE_NOOP("clientele::ImportReport", "overpayment"),
        QT_TRANSLATE_NOOP("clientele::ImportReport", "prepayment"),
        QT_TRANSLATE_NOOP("clientele::ImportReport", "draft"),
        QT_TRANSLATE_NOOP("clientele::ImportReport", "awaiting approval"),
        QT_TRANSLATE_NOOP("clientele::ImportReport", "voided"),
        QT_TRANSLATE_NOOP("clientele::ImportReport", "deleted"),
        QT_TRANSLATE_NOOP("clientele::ImportReport", "cancelled"),
    };
    for (const char *known : kReasons) {
        if (reason == QLatin1String(known))
            return ImportReport::tr(known);
    }
    // The two reasons that quote the file (see classifyType and classifyStatus).
    static const QRegularExpression notInvoice(
        QStringLiteral("^not a customer invoice \\((.*)\\)$"));
    if (const auto match = notInvoice.match(reason); match.hasMatch())
        return ImportReport::tr("not a customer invoice (%1)").arg(match.captured(1));
    static const QRegularExpression status(
        QStringLiteral("^unrecognised status \u201C(.*)\u201D$"));
    if (const auto match = status.match(reason); match.hasMatch())
        return ImportReport::tr("unrecognised status \u201C%1\u201D").arg(match.captured(1));
    return reason;
}

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
    const auto number = [](qint64 n) { return QString::number(n); };
    const auto contactCount = [](qint64 n) { return tr("%n contacts", nullptr, int(n)); };
    const auto lineCount = [](qint64 n) { return tr("%n lines", nullptr, int(n)); };
    //: "12 lines in 3 documents".
    const auto linesIn = [&](qint64 lines, qint64 documents) {
        return tr("%1 in %2", "lines in documents")
            .arg(lineCount(lines), tr("%n documents", nullptr, int(documents)));
    };
    QString text = reportLine(tr("File:"), QFileInfo(file).fileName());
    if (format != ImportFormat::Unknown)
        text += reportLine(tr("Format:"), importFormatLabel(format));
    if (!contacts && dateOrder != DateOrder::Auto)
        text += reportLine(tr("Date order:"), dateOrderLabel(dateOrder));
    text += reportLine(tr("Lines read:"), number(records));
    // A check says what an import would do; an import says what it did.
    if (contacts) {
        text += check ? reportLine(tr("Would add:"), contactCount(documentsImported))
                      : reportLine(tr("Contacts added:"), number(documentsImported));
        text += check ? reportLine(tr("Would update:"), contactCount(contactsUpdated))
                      : reportLine(tr("Contacts updated:"), number(contactsUpdated));
        text += reportLine(tr("Already present:"), contactCount(documentsAlreadyPresent));
    } else {
        text += reportLine(check ? tr("Would import:") : tr("Imported:"),
                           linesIn(linesImported, documentsImported));
        text += reportLine(tr("Already present:"),
                           linesIn(linesAlreadyPresent, documentsAlreadyPresent));
        text += reportLine(tr("New customers:"), number(customersAdded));
        for (auto it = notSales.cbegin(); it != notSales.cend(); ++it)
            text += reportLine(tr("Not sales:"),
                               tr("%1 (%2)", "lines (why they are not sales)")
                                   .arg(lineCount(it.value()), notSaleReasonText(it.key())));
        if (purchaseDocuments > 0)
            text += reportLine(
                tr("Purchases:"),
                tr("%1 (bills), not imported").arg(linesIn(purchaseLines, purchaseDocuments)));
    }
    text += reportLine(tr("Skipped:"),
                       tr("%n lines that cannot be read", nullptr, int(skippedLines())));
    if (!problems.isEmpty())
        text += u'\n' + tr("Problems:") + u'\n' + problemsText();
    if (check)
        text += u'\n' + tr("Checked only: nothing was written.") + u'\n';
    if (!committed() && outcome != Outcome::Ready && !error.isEmpty())
        text += u'\n' + tr("Nothing was imported: %1").arg(error) + u'\n';
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
        return Error{tr("Cannot write \u201C%1\u201D: %2").arg(path, out.errorString())};
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    out.write((csv ? problemsCsv() : summary()).toUtf8());
    if (!out.commit())
        return Error{tr("Cannot write \u201C%1\u201D: %2").arg(path, out.errorString())};
    return success();
}

} // namespace clientele
