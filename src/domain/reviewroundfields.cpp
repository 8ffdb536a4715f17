#include "clientele/domain/itemfields.h"

namespace clientele {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("clientele::ReviewRound", text);
}

Status frozen(ReviewRound &, const QString &)
{
    return Error{tr("A review round keeps what it froze; start a new round instead.")};
}

} // namespace

const QList<ItemField<ReviewRound>> &reviewRoundFields()
{
    using R = ReviewRound;
    static const QList<ItemField<R>> fields = {
        {QStringLiteral("name"), [] { return tr("Name"); }, [](const R &r) { return r.name; },
         frozen},
        {QStringLiteral("signedOffBy"), [] { return tr("Signed off by"); },
         [](const R &r) { return r.signedOffBy; }, frozen},
    };
    return fields;
}

} // namespace clientele
