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

// When a filing received at `t` is due: 17:00 Vietnamese time, `workingDays` working days
// (Monday to Friday) after the day it was received; 0 is the same working day, or the next one
// when received after 15:00 or on a weekend (the rule the civil-status and certification
// procedures state). A real portal also knows public holidays; the reference portal does not.
Seconds dueAfterWorkingDays(Seconds t, int workingDays);

}  // namespace kiosk::portal_server
