#pragma once

#include "clientele/storage/import/dateparser.h"

#include <QString>
#include <QStringView>

namespace clientele {

// What a whole column of dates says about day/month order.
struct DateOrderVerdict {
    enum class State {
        NotNeeded,     // no day/month dates at all (empty, or only year-first dates)
        Determined,    // some date has a day above 12 and none contradicts it
        Ambiguous,     // every day and month is 12 or less: the user must choose
        Contradictory, // some dates only work day-first and others only month-first
    };
    State state = State::NotNeeded;
    DateOrder order = DateOrder::Auto; // set when Determined (or year-first when NotNeeded)
    qint64 dayFirstLine = 0;           // a line that proves day-first, 0 if none
    qint64 monthFirstLine = 0;         // a line that proves month-first, 0 if none
    QString describe() const;
};

// Fed one date string at a time while a file streams past, so no second pass is needed.
class DateOrderDetector {
public:
    void add(QStringView text, qint64 line);
    DateOrderVerdict verdict() const;

private:
    qint64 m_dayFirstLine = 0;
    qint64 m_monthFirstLine = 0;
    qint64 m_dayFirstCount = 0;
    qint64 m_monthFirstCount = 0;
    qint64 m_undecided = 0;
    qint64 m_yearFirst = 0;
};

// The same for a column already in memory.
DateOrderVerdict inspectDateOrder(const QStringList &values);

} // namespace clientele
