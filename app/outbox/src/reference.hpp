#pragma once
// The local reference printed on the receipt until the portal's mã hồ sơ arrives:
// "<kiosk id>-<yymmdd>-<daily sequence>", e.g. "KIOSK01-251122-0007". Short enough (at most
// 25 characters) to ride in a VietQR transfer description.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "kiosk/base/result.hpp"
#include "kiosk/sqlite/database.hpp"

namespace kiosk::outbox {

inline constexpr std::size_t kMaxReferencePrefix = 13;

// The prefix upper-cased, or nullopt unless it is 1-13 of A-Z, 0-9 and '-'.
std::optional<std::string> normalizeReferencePrefix(std::string_view prefix);

// "yymmdd" of `t` in the kiosk's local time zone (the day a citizen would write down).
std::string referenceDay(std::chrono::sys_seconds t);

// "<prefix>-<day>-<sequence, at least 4 digits>".
std::string formatReference(std::string_view prefix, std::string_view day, std::int64_t sequence);

// Steps `stmt`, whose ?1 is a reference the citizen typed or scanned (a local reference or a
// mã hồ sơ; the columns compare without case), to its first row with ?1 bound to the
// reference without the white space around it. False when the reference is blank or no row
// matches.
Result<bool> stepOnTypedReference(sqlite::Statement& stmt, std::string_view reference);

}  // namespace kiosk::outbox
