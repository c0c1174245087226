#include "reference.hpp"

#include <array>
#include <cstdio>
#include <ctime>

#include "kiosk/base/text.hpp"

namespace kiosk::outbox {

std::optional<std::string> normalizeReferencePrefix(std::string_view prefix) {
    if (prefix.empty() || prefix.size() > kMaxReferencePrefix) return std::nullopt;
    std::string out;
    for (const char c : prefix) {
        if (c >= 'a' && c <= 'z') out += static_cast<char>(c - 'a' + 'A');
        else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') out += c;
        else return std::nullopt;
    }
    return out;
}

std::string referenceDay(std::chrono::sys_seconds t) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(t);
    std::tm local{};
    localtime_r(&seconds, &local);
    std::array<char, 16> buf{};
    std::strftime(buf.data(), buf.size(), "%y%m%d", &local);
    return buf.data();
}

std::string formatReference(std::string_view prefix, std::string_view day, std::int64_t sequence) {
    std::array<char, 24> number{};
    std::snprintf(number.data(), number.size(), "%04lld", static_cast<long long>(sequence));
    std::string out(prefix);
    out += '-';
    out += day;
    out += '-';
    out += number.data();
    return out;
}

}  // namespace kiosk::outbox

namespace kiosk::outbox {

Result<bool> stepOnTypedReference(sqlite::Statement& stmt, std::string_view reference) {
    const auto wanted = text::trimAsciiSpace(reference);
    if (wanted.empty()) return false;
    stmt.bind(1, wanted);
    return stmt.step();
}

}  // namespace kiosk::outbox
