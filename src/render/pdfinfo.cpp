#include "pdfinfo.h"

#include <QDateTime>
#include <QRegularExpression>

namespace clientele {

namespace {

// A PDF text string that holds any Unicode: UTF-16BE behind a byte order mark, as hex.
QByteArray pdfText(const QString &text)
{
    QByteArray utf16("\xfe\xff", 2);
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    return '<' + utf16.toHex() + '>';
}

} // namespace

bool appendPdfInfo(QByteArray &pdf, const PdfInfo &info)
{
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (trailerAt < 0)
        return false;
    static const QRegularExpression trailerPattern(
        QStringLiteral(R"(^trailer\s*<<(.*)>>\s*startxref\s+(\d+)\s+%%EOF\s*$)"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression sizePattern(QStringLiteral(R"(/Size\s+(\d+))"));
    static const QRegularExpression rootPattern(QStringLiteral(R"(/Root\s+(\d+\s+\d+\s+R))"));
    const auto trailer = trailerPattern.match(QString::fromLatin1(pdf.mid(trailerAt)));
    if (!trailer.hasMatch())
        return false;
    const auto size = sizePattern.match(trailer.captured(1));
    const auto root = rootPattern.match(trailer.captured(1));
    if (!size.hasMatch() || !root.hasMatch())
        return false;

    // The new information dictionary gets the next free object number; the update's own
    // cross-reference section lists just that object and points back at Qt's table.
    const QByteArray number = size.captured(1).toLatin1();
    QByteArray update = pdf.endsWith('\n') ? QByteArray() : QByteArray("\n");
    const qsizetype objectOffset = pdf.size() + update.size();
    const QByteArray date =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    update += number + " 0 obj\n<<\n";
    update += "/Title " + pdfText(info.title) + '\n';
    if (!info.author.isEmpty())
        update += "/Author " + pdfText(info.author) + '\n';
    if (!info.subject.isEmpty())
        update += "/Subject " + pdfText(info.subject) + '\n';
    update += "/Creator " + pdfText(info.creator) + '\n';
    update += "/Producer " + pdfText(QStringLiteral("Qt %1").arg(QLatin1String(qVersion()))) + '\n';
    update += "/CreationDate (D:" + date + "Z)\n>>\nendobj\n";

    const qsizetype xrefOffset = pdf.size() + update.size();
    update += "xref\n" + number + " 1\n";
    update += QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<<\n/Size " + QByteArray::number(number.toLongLong() + 1) + "\n/Root "
              + root.captured(1).toLatin1() + "\n/Info " + number + " 0 R\n/Prev "
              + trailer.captured(2).toLatin1() + "\n>>\nstartxref\n"
              + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    pdf += update;
    return true;
}

} // namespace clientele
