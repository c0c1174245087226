// The reference portal's due date: working days in Vietnamese time, 17:00, the same-day rule
// for procedures done "ngay trong ngày" and nothing ever due on a weekend.
#include <doctest/doctest.h>

#include "portal_server/clock.hpp"

using namespace kiosk::portal_server;
using namespace std::chrono;

namespace {

// A moment given in Vietnamese civil time (UTC+7).
Seconds vietnam(year_month_day day, int hour, int minute = 0) {
    return Seconds(sys_days(day) + hours(hour) + minutes(minute) - hours(7));
}

}  // namespace

TEST_CASE("due dates count working days from the day received, in Vietnamese time") {
    // Wednesday 25 November 2026, 09:00.
    const auto wednesday = vietnam(2026y / November / 25, 9);
    CHECK(rfc3339(dueAfterWorkingDays(wednesday, 0)) == "2026-11-25T17:00:00+07:00");
    CHECK(rfc3339(dueAfterWorkingDays(wednesday, 1)) == "2026-11-26T17:00:00+07:00");
    // Five working days cross the weekend: Thu, Fri, Mon, Tue, Wed.
    CHECK(rfc3339(dueAfterWorkingDays(wednesday, 5)) == "2026-12-02T17:00:00+07:00");
}

TEST_CASE("same-day procedures received after 15:00 are due the next working day") {
    CHECK(rfc3339(dueAfterWorkingDays(vietnam(2026y / November / 25, 14, 59), 0)) ==
          "2026-11-25T17:00:00+07:00");
    CHECK(rfc3339(dueAfterWorkingDays(vietnam(2026y / November / 25, 15), 0)) ==
          "2026-11-26T17:00:00+07:00");
    // Friday after 15:00: Monday.
    CHECK(rfc3339(dueAfterWorkingDays(vietnam(2026y / November / 27, 16), 0)) ==
          "2026-11-30T17:00:00+07:00");
}

TEST_CASE("a filing received on a weekend counts from Monday, never due on a weekend") {
    // Sunday 29 November 2026 at 02:21 in Vietnam is still Saturday evening in UTC.
    const auto sunday = vietnam(2026y / November / 29, 2, 21);
    CHECK(rfc3339(dueAfterWorkingDays(sunday, 0)) == "2026-11-30T17:00:00+07:00");
    CHECK(rfc3339(dueAfterWorkingDays(sunday, 5)) == "2026-12-07T17:00:00+07:00");
    for (int days = 0; days <= 12; ++days) {
        const auto due = floor<std::chrono::days>(dueAfterWorkingDays(sunday, days) + hours(7));
        const weekday wd{due};
        CHECK(wd != Saturday);
        CHECK(wd != Sunday);
    }
}
