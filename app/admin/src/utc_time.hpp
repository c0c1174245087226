#pragma once
// How kiosk-admin prints and reads a moment: RFC 3339 in UTC ("2026-12-07T08:00:00Z").
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::admin {

std::string utcTime(std::chrono::sys_seconds t);

// "YYYY-MM-DD" (from midnight UTC) or "YYYY-MM-DDTHH:MM:SSZ"; nullopt for anything else.
std::optional<std::chrono::sys_seconds> parseUtcTime(std::string_view text);

}  // namespace kiosk::admin
