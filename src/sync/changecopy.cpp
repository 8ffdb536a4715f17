#include "clientele/sync/changecopy.h"

#include "pgarray.h"

namespace clientele {

namespace {

// COPY's text format reads a backslash as the start of an escape and a tab or line break as
// the end of a value, so those are written as escapes.
char escapeLetter(char16_t c)
{
    switch (c) {
    case '\\': return '\\';
    case '\t': return 't';
    case '\n': return 'n';
    case '\r': return 'r';
    default: return 0;
    }
}

void appendCopyBytes(QByteArray &out, const QByteArray &bytes)
{
    const char *run = bytes.constData();
    const char *const end = run + bytes.size();
    for (const char *at = run; at != end; ++at) {
        if (const char letter = escapeLetter(char16_t(*at))) {
            out.append(run, at - run).append('\\').append(letter);
            run = at + 1;
        }
    }
    out.append(run, end - run);
}

// ASCII, the usual case, is escaped as it is written, with no conversion in between: a push
// of ten thousand changes writes megabytes.
void appendCopyText(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + 2 * text.size());
    char *write = out.data() + start;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            out.resize(start);
            appendCopyBytes(out, text.toUtf8());
            return;
        }
        if (const char letter = escapeLetter(u)) {
            *write++ = '\\';
            *write++ = letter;
        } else {
            *write++ = char(u);
        }
    }
    out.resize(write - out.constData());
}

} // namespace

void appendChangeCopyRow(QByteArray &rows, const SyncChange &change, qint64 seq)
{
    rows.append(QByteArray::number(seq)).append('\t');
    for (const QString *text :
         {&change.changeId, &change.kind, &change.itemUuid, &change.field, &change.value}) {
        appendCopyText(rows, *text);
        rows.append('\t');
    }
    rows.append(change.deleted ? "t\t" : "f\t");
    appendCopyText(rows, change.hlc.toText());
    rows.append('\t');
    if (change.base.isNull())
        rows.append("\\N");
    else
        appendCopyText(rows, change.base.toText());
    rows.append('\t');
    appendCopyText(rows, change.replica);
    rows.append('\t');
    if (change.resolves.isEmpty())
        rows.append("{}");
    else
        appendCopyBytes(rows, pgArrayLiteral(change.resolves));
    rows.append('\n');
}

QByteArray changeCopyRows(const QList<SyncChange> &changes, qint64 firstSeq)
{
    QByteArray rows;
    rows.reserve(changes.size() * 320);
    qint64 seq = firstSeq;
    for (const SyncChange &change : changes)
        appendChangeCopyRow(rows, change, seq++);
    return rows;
}

} // namespace clientele
