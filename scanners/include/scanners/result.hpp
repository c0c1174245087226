#pragma once
// Result<T>: what the scanners library returns instead of throwing. The same shape as
// kiosk::Result in app/base, written again here because scanners/ must not depend on app/.
#include <string>
#include <utility>
#include <variant>

namespace scanners {

// A stable code for logs and tests ("mrz.check_digit"), a plain Vietnamese message, and the
// field or stage it concerns. Never contains personal data.
struct Error {
    std::string code;
    std::string message;
    std::string where;
};

template <typename T>
class Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const Error& error() const { return std::get<1>(m_state); }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

private:
    std::variant<T, Error> m_state;
};

}  // namespace scanners
