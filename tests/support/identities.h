#pragma once

// Items' uuids in tests: their form, exports compared apart from them, charts compared apart
// from them. Every comparison that sets uuids aside is paired with a check of the uuids.

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace clientele::test {

// A uuid as Clientele writes it: random (version 4, variant 8, 9, a or b), lowercase 8-4-4-4-12
// hex without braces.
inline bool isVersion4Uuid(const QString &text)
{
    static const QRegularExpression form(QStringLiteral(
        "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return form.match(text).hasMatch();
}

inline bool allDistinct(const QStringList &texts)
{
    return QSet<QString>(texts.cbegin(), texts.cend()).size() == texts.size();
}

} // namespace clientele::test
