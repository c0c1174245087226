#pragma once
// Result<T, E>: what module boundaries return instead of throwing (design.md, "Errors").
// Result<void> is "done, or why not"; Result<bool> is an answer (yes or no), or why there is none.
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace kiosk {

// A generic error: a stable code for logs and tests, a message for people, and where it arose.
struct Error {
    std::string code;     // e.g. "config.unknown_key"; never contains personal data
    std::string message;  // plain Vietnamese first
    std::string where;    // "file:line:column", a field id, or empty
};

template <typename T, typename E = Error>
class Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(E error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const E& error() const { return std::get<1>(m_state); }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

private:
    std::variant<T, E> m_state;
};

// Done, or the error: `return {};` on success.
template <typename E>
class Result<void, E> {
public:
    Result() = default;
    Result(E error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E& error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

}  // namespace kiosk
