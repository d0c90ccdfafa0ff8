#pragma once
// Errors travel as values: core never shows a dialog, the caller decides how to tell the user.
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace gd {

enum class ErrorKind {
    None,
    Invalid,    // bad input: a field or argument the user can correct
    Permission, // the signed-in operator may not do this
    NotFound,   // the record does not exist (or is deleted)
    Data,       // the file or its contents are unusable (corrupt, newer, not ours)
    Internal,   // SQL or I/O failure
};

struct Error {
    ErrorKind kind = ErrorKind::None;
    QString message; // translated, ready to show
    QString field;   // machine name of the offending field, if any

    bool isError() const { return kind != ErrorKind::None; }
    static Error invalid(const QString &field, const QString &message) { return {ErrorKind::Invalid, message, field}; }
    static Error make(ErrorKind kind, const QString &message) { return {kind, message, {}}; }
    // The user stopped a long run (field "cancelled"): the caller rolls back and says nothing more.
    static Error cancelled()
    {
        return {ErrorKind::Invalid, QCoreApplication::translate("gd", "cancelled"), QStringLiteral("cancelled")};
    }
};

class Status
{
public:
    Status() = default;
    Status(Error e)
        : m_error(std::move(e))
    {}
    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    QString message() const { return m_error.message; }

private:
    Error m_error;
};

template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error e)
        : m_error(std::move(e))
    {}
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }
    QString message() const { return m_error.message; }
    Status status() const { return ok() ? Status() : Status(m_error); }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace gd
