#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace citykb {

// What kind of failure it was; the CLI maps it to its exit code
// (DESIGN.md: 1 for bad input, 3 when the KB is locked, damaged or of a newer schema).
enum class ErrorKind { BadInput, Unavailable };

struct Error
{
    QString message;
    ErrorKind kind = ErrorKind::BadInput;
};

// The outcome of an operation that can fail: a value, or a message a user can read.
// (std::expected is C++23; this is the small part of it the project needs.)
template<typename T>
class Result
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
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value, so that `for (x : f().value())` does not iterate a destroyed temporary.
    T value() && { return std::move(*m_value); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error.message; }
    ErrorKind errorKind() const { return m_error.kind; }
    const Error &fullError() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Success, or a message.
class Status
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
