#include "clientele/domain/itemfields.h"

namespace clientele {

namespace {

Status frozen(ReviewRound &, const QString &)
{
    return Error{QCoreApplication::translate(
        "clientele::ReviewRound",
        "A review round keeps what it froze; start a new round instead.")};
}

} // namespace

const QList<ItemField<ReviewRound>> &reviewRoundFields()
{
    using R = ReviewRound;
    static const QList<ItemField<R>> fields = {
        {QStringLiteral("name"),
         [] { return QCoreApplication::translate("clientele::ReviewRound", "Name"); },
         [](const R &r) { return r.name; }, frozen},
        {QStringLiteral("signedOffBy"),
         [] { return QCoreApplication::translate("clientele::ReviewRound", "Signed off by"); },
         [](const R &r) { return r.signedOffBy; }, frozen},
    };
    return fields;
}

} // namespace clientele
