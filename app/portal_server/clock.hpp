#pragma once
// Times as the portal shows them: Vietnam's civil time, UTC+7 all year (no daylight saving),
// which is the day a filing code and a due date are counted in.
#include <chrono>
#include <string>

namespace kiosk::portal_server {

using Seconds = std::chrono::sys_seconds;

Seconds now();

// RFC 3339 with the +07:00 offset, e.g. "2025-11-22T09:15:04+07:00".
std::string rfc3339(Seconds t);

// "yymmdd" of the Vietnamese calendar day of `t`.
std::string vietnamDay(Seconds t);

// 17:00 Vietnamese time, `days` calendar days after the day of `t`.
Seconds closingTimeAfter(Seconds t, int days);

}  // namespace kiosk::portal_server
