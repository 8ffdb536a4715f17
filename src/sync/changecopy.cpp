#include "clientele/sync/changecopy.h"

namespace clientele {

namespace {

// COPY's text format reads a backslash as the start of an escape and a tab or line break as
// the end of a value, so those are written as escapes.
void appendCopyValue(QByteArray &out, const QByteArray &value)
{
    for (const char c : value) {
        switch (c) {
        case '\\': out.append("\\\\"); break;
        case '\t': out.append("\\t"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        default: out.append(c);
        }
    }
}

// An array literal, {"a","b"}: every element quoted, its quotes and backslashes escaped.
QByteArray arrayLiteral(const QStringList &elements)
{
    QByteArray literal("{");
    for (const QString &element : elements) {
        if (literal.size() > 1)
            literal.append(',');
        literal.append('"');
        for (const char c : element.toUtf8()) {
            if (c == '"' || c == '\\')
                literal.append('\\');
            literal.append(c);
        }
        literal.append('"');
    }
    literal.append('}');
    return literal;
}

} // namespace

QByteArray changeCopyRows(const QList<SyncChange> &changes)
{
    QByteArray rows;
    rows.reserve(changes.size() * 320);
    for (const SyncChange &change : changes) {
        for (const QString &text :
             {change.changeId, change.kind, change.itemUuid, change.field, change.value}) {
            appendCopyValue(rows, text.toUtf8());
            rows.append('\t');
        }
        rows.append(change.deleted ? "t\t" : "f\t");
        appendCopyValue(rows, change.hlc.toText().toUtf8());
        rows.append('\t');
        if (change.base.isNull())
            rows.append("\\N");
        else
            appendCopyValue(rows, change.base.toText().toUtf8());
        rows.append('\t');
        appendCopyValue(rows, change.replica.toUtf8());
        rows.append('\t');
        appendCopyValue(rows, arrayLiteral(change.resolves));
        rows.append('\n');
    }
    return rows;
}

} // namespace clientele
