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
    Cancelled,  // the user stopped a long run: the caller rolls back and says nothing more
};

struct Error {
    ErrorKind kind = ErrorKind::None;
    QString message; // translated, ready to show
    QString field;   // machine name of the offending field, if any

    bool isError() const { return kind != ErrorKind::None; }
    static Error invalid(const QString &field, const QString &message) { return {ErrorKind::Invalid, message, field}; }
    static Error make(ErrorKind kind, const QString &message) { return {kind, message, {}}; }
    // The user stopped a long run: the caller rolls back and says nothing more.
    static Error cancelled() { return {ErrorKind::Cancelled, QCoreApplication::translate("gd", "cancelled"), {}}; }
    bool isCancelled() const { return kind == ErrorKind::Cancelled; }
};

// [[nodiscard]]: a failure nobody looked at is a write that silently did not happen.
class [[nodiscard]] Status
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

template <typename T> class [[nodiscard]] Result
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
    // Reading the value of a failed result is a programming error: it stops the program with the
    // error's message instead of reading undefined memory. Check ok() first.
    const T &value() const & { return checked(); }
    T &value() & { return const_cast<T &>(checked()); }
    // Of a temporary result, the value itself: `for (auto &x : f().value())` would otherwise loop
    // over a list destroyed with the result.
    T value() && { return std::move(const_cast<T &>(checked())); }
    const T &operator*() const { return checked(); }
    T &operator*() { return const_cast<T &>(checked()); }
    const T *operator->() const { return &checked(); }
    T *operator->() { return &const_cast<T &>(checked()); }
    const Error &error() const { return m_error; }
    QString message() const { return m_error.message; }
    Status status() const { return ok() ? Status() : Status(m_error); }

private:
    const T &checked() const
    {
        if (!m_value.has_value())
            qFatal("gd::Result: value of a failed result read (%s)", qPrintable(m_error.message));
        return *m_value;
    }
    std::optional<T> m_value;
    Error m_error;
};

} // namespace gd
