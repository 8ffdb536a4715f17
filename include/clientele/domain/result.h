#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace clientele {

// A failure a user can read: what went wrong, in one or two sentences.
struct Error {
    QString message;
};

// Either a value or an Error; errors cross layer boundaries as values, not exceptions.
template <typename T> class Result {
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

// Result of an action that yields nothing but may fail.
struct Done {};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}

} // namespace clientele
