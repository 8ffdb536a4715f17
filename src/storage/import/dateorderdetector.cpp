#include "clientele/storage/import/dateorderdetector.h"

#include "dateparts.h"

#include <QCoreApplication>
#include <QStringList>

namespace clientele {

void DateOrderDetector::add(QStringView text, qint64 line)
{
    const detail::DateParts parts = detail::splitDate(text);
    if (!parts.ok || parts.namedMonth)
        return; // unreadable dates are reported when parsed; spelled months decide themselves
    if (parts.yearFirst) {
        ++m_yearFirst;
    } else if (parts.a > 12 && parts.b <= 12) {
        if (m_dayFirstCount++ == 0)
            m_dayFirstLine = line;
    } else if (parts.b > 12 && parts.a <= 12) {
        if (m_monthFirstCount++ == 0)
            m_monthFirstLine = line;
    } else if (parts.a != parts.b && parts.a <= 12) {
        ++m_undecided; // 03/04: the fourth of March or the third of April
    }
}

DateOrderVerdict DateOrderDetector::verdict() const
{
    DateOrderVerdict verdict;
    verdict.dayFirstLine = m_dayFirstLine;
    verdict.monthFirstLine = m_monthFirstLine;
    using State = DateOrderVerdict::State;
    if (m_dayFirstCount > 0 && m_monthFirstCount > 0) {
        verdict.state = State::Contradictory;
    } else if (m_dayFirstCount > 0) {
        verdict.state = State::Determined;
        verdict.order = DateOrder::DayMonthYear;
    } else if (m_monthFirstCount > 0) {
        verdict.state = State::Determined;
        verdict.order = DateOrder::MonthDayYear;
    } else if (m_undecided > 0) {
        verdict.state = State::Ambiguous;
    } else {
        verdict.state = State::NotNeeded;
        if (m_yearFirst > 0)
            verdict.order = DateOrder::YearMonthDay;
    }
    return verdict;
}

QString DateOrderVerdict::describe() const
{
    switch (state) {
    case State::NotNeeded:
        return QCoreApplication::translate("clientele::Import", "Dates are unambiguous.");
    case State::Determined:
        return QCoreApplication::translate("clientele::Import", "Dates are %1 (line %2 shows it).")
            .arg(dateOrderLabel(order))
            .arg(order == DateOrder::DayMonthYear ? dayFirstLine : monthFirstLine);
    case State::Ambiguous:
        return QCoreApplication::translate(
            "clientele::Import", "Every day in the file is 12 or less, so the dates could be "
                                 "day/month/year or month/day/year; choose the date order.");
    case State::Contradictory:
        return QCoreApplication::translate("clientele::Import",
                                           "The dates contradict each other: line %1 only works as "
                                           "day/month/year and line %2 only as month/day/year.")
            .arg(dayFirstLine)
            .arg(monthFirstLine);
    }
    return {};
}

DateOrderVerdict inspectDateOrder(const QStringList &values)
{
    DateOrderDetector detector;
    qint64 line = 0;
    for (const QString &value : values)
        detector.add(value, ++line);
    return detector.verdict();
}

} // namespace clientele
