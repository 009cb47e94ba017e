#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace citykb {

// What kind of failure it was; the CLI maps it to its exit code
// (DESIGN.md: 1 for bad input, 3 when the KB is locked, damaged or of a newer schema).
enum class ErrorKind {
    BadInput,
    Unavailable,
    NotFound,  // no record has that key, name or id
    Conflict,  // the record changed since the writer read it; nothing was written
    Cancelled, // the user stopped a job; nothing of it was kept
};

struct Error
{
    QString message;
    ErrorKind kind = ErrorKind::BadInput;
};

// The outcome of an operation that can fail: a value, or a message a user can read.
// (std::expected is C++23; this is the small part of it the project needs.)
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}
    static Result failure(QString message, ErrorKind kind = ErrorKind::BadInput)
    {
        return Result(Error{std::move(message), kind});
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Reading the value of a failure is a programming error.
    const T &value() const &
    {
        Q_ASSERT_X(ok(), "Result::value", "the result is an error");
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT_X(ok(), "Result::value", "the result is an error");
        return *m_value;
    }
    // By value, so that `for (x : f().value())` does not iterate a destroyed temporary.
    T value() &&
    {
        Q_ASSERT_X(ok(), "Result::value", "the result is an error");
        return std::move(*m_value);
    }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    const QString &error() const { return m_error.message; }
    ErrorKind errorKind() const { return m_error.kind; }
    const Error &fullError() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Success, or a message.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_failed(true), m_error(std::move(error)) {}
    static Status failure(QString message, ErrorKind kind = ErrorKind::BadInput)
    {
        return Status(Error{std::move(message), kind});
    }
    template<typename T>
    static Status from(const Result<T> &r) { return r.ok() ? Status() : Status(r.fullError()); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error.message; }
    ErrorKind errorKind() const { return m_error.kind; }
    const Error &fullError() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace citykb
