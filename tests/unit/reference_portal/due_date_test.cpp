// The reference portal's due date: 17:00 Vietnamese time on the day WorkingCalendar gives for
// the Vietnamese calendar day and hour the filing arrived (the counting rules themselves are
// tested in tests/unit/base/working_calendar_test.cpp).
#include <doctest/doctest.h>

#include "kiosk/base/working_calendar.hpp"
#include "reference_portal/clock.hpp"

using namespace kiosk::reference_portal;
using namespace std::chrono;
using kiosk::WorkingCalendar;

namespace {

// A moment given in Vietnamese civil time (UTC+7).
Seconds vietnam(year_month_day day, int hour, int minute = 0) {
    return Seconds(sys_days(day) + hours(hour) + minutes(minute) - hours(7));
}

const WorkingCalendar kWeekdays;

}  // namespace

TEST_CASE("due at 17:00 in Vietnam, working days counted from the day received") {
    const auto wednesday = vietnam(2026y / November / 25, 9);
    CHECK(rfc3339(dueAfterWorkingDays(wednesday, 0, kWeekdays)) == "2026-11-25T17:00:00+07:00");
    CHECK(rfc3339(dueAfterWorkingDays(wednesday, 5, kWeekdays)) == "2026-12-02T17:00:00+07:00");
}

TEST_CASE("the day and the 15:00 rule are Vietnam's, not UTC's") {
    // 15:00 in Vietnam is 08:00 UTC: already too late for the same day.
    CHECK(rfc3339(dueAfterWorkingDays(vietnam(2026y / November / 25, 14, 59), 0, kWeekdays)) ==
          "2026-11-25T17:00:00+07:00");
    CHECK(rfc3339(dueAfterWorkingDays(vietnam(2026y / November / 25, 15), 0, kWeekdays)) ==
          "2026-11-26T17:00:00+07:00");
    // Sunday 29 November 2026 at 02:21 in Vietnam is still Saturday evening in UTC.
    CHECK(rfc3339(dueAfterWorkingDays(vietnam(2026y / November / 29, 2, 21), 0, kWeekdays)) ==
          "2026-11-30T17:00:00+07:00");
    // Monday 30 November at 06:30 in Vietnam is Sunday in UTC: due that Monday, not moved on.
    CHECK(rfc3339(dueAfterWorkingDays(vietnam(2026y / November / 30, 6, 30), 0, kWeekdays)) ==
          "2026-11-30T17:00:00+07:00");
}

TEST_CASE("the portal's calendar moves a due date past the days off") {
    // New Year's Day 2027 is a Friday.
    const WorkingCalendar newYear({sys_days(2027y / January / 1)}, {});
    CHECK(rfc3339(dueAfterWorkingDays(vietnam(2026y / December / 31, 10), 1, newYear)) ==
          "2027-01-04T17:00:00+07:00");
    CHECK(rfc3339(dueAfterWorkingDays(vietnam(2026y / December / 31, 10), 1, kWeekdays)) ==
          "2027-01-01T17:00:00+07:00");
}
