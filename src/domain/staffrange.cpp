#include "clientele/domain/staffrange.h"

#include <QRegularExpression>

#include <cmath>

namespace clientele {

QString StaffRange::toString() const
{
    if (isEmpty())
        return {};
    if (isExact())
        return QString::number(minimum);
    return QStringLiteral("%1–%2").arg(minimum).arg(maximum);
}

StaffRange StaffRange::fromNumberRange(const NumberRange &range)
{
    return StaffRange{{int(std::lround(range.minimum)), int(std::lround(range.maximum))}};
}

Result<StaffRange> StaffRange::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return StaffRange{};
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{1,7})(?:\s*(?:-|–|—|to)\s*(\d{1,7}))?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return Error{tr("Expected a staff count such as \"40\" or a range such as "
                        "\"5-200\", not \"%1\".")
                         .arg(trimmed)};
    const int low = match.captured(1).toInt();
    const int high = match.captured(2).isEmpty() ? low : match.captured(2).toInt();
    if (high < low)
        return Error{tr("The range \"%1\" ends below where it starts.").arg(trimmed)};
    return StaffRange{{low, high}};
}

} // namespace clientele
