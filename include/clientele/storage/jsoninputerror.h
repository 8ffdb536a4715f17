#pragma once

#include <QString>

#include <stdexcept>

namespace clientele {

// A problem in a JSON document being imported, located by the JSON path of the offending value
// ("profiles[2].obstacles[0].text") or, for a syntax error, by line, column and byte offset.
class JsonInputError : public std::runtime_error {
public:
    JsonInputError(QString where, QString problem)
        : std::runtime_error(compose(where, problem).toStdString())
        , m_where(std::move(where))
        , m_problem(std::move(problem))
    {
    }

    const QString &where() const { return m_where; }
    const QString &problem() const { return m_problem; }
    QString message() const { return compose(m_where, m_problem); }

private:
    static QString compose(const QString &where, const QString &problem)
    {
        return where.isEmpty() ? problem : where + QStringLiteral(": ") + problem;
    }

    QString m_where;
    QString m_problem;
};

} // namespace clientele
