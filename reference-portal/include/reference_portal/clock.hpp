#pragma once
// Times as the portal shows them: Vietnam's civil time, UTC+7 all year (no daylight saving),
// which is the day a filing code and a due date are counted in.
#include <chrono>
#include <string>

#include "kiosk/base/working_calendar.hpp"

namespace kiosk::reference_portal {

using Seconds = std::chrono::sys_seconds;

Seconds now();

// RFC 3339 with the +07:00 offset, e.g. "2025-11-22T09:15:04+07:00".
std::string rfc3339(Seconds t);

// "yymmdd" of the Vietnamese calendar day of `t`.
std::string vietnamDay(Seconds t);

// When a filing received at `t` is due: 17:00 Vietnamese time on the day
// WorkingCalendar::dueDate gives for the Vietnamese day and hour of `t`.
Seconds dueAfterWorkingDays(Seconds t, int workingDays, const WorkingCalendar& calendar);

}  // namespace kiosk::reference_portal
