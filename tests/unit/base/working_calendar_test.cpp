// Due dates in working days: weekends, the days off the government announces, the weekend days
// made working days in exchange, and the same-day rule after 15:00.
#include <doctest/doctest.h>

#include "kiosk/base/working_calendar.hpp"

using namespace std::chrono;
using kiosk::WorkingCalendar;

namespace {

sys_days on(year_month_day d) { return sys_days(d); }

// A nine-day Tết break from Saturday 14 to Sunday 22 February 2026, a holiday that fell on a
// Sunday taken on Monday 27 April, and Saturday 3 January worked in exchange for a day off.
WorkingCalendar calendar2026() {
    std::vector<sys_days> off;
    for (sys_days d = on(2026y / February / 14); d <= on(2026y / February / 22); d += days{1}) off.push_back(d);
    off.push_back(on(2026y / April / 27));
    return WorkingCalendar(off, {on(2026y / January / 3)});
}

}  // namespace

TEST_CASE("without a calendar file, Monday to Friday are the working days") {
    const WorkingCalendar weekdays;
    const sys_days wednesday = on(2026y / November / 25);
    CHECK(weekdays.dueDate(wednesday, 9, 0) == wednesday);
    CHECK(weekdays.dueDate(wednesday, 9, 1) == on(2026y / November / 26));
    CHECK(weekdays.dueDate(wednesday, 9, 5) == on(2026y / December / 2));  // over the weekend
    CHECK_FALSE(weekdays.lastDayOff());
}

TEST_CASE("a same-day procedure received at 15:00 or later is due the next working day") {
    const WorkingCalendar weekdays;
    CHECK(weekdays.dueDate(on(2026y / November / 25), 14, 0) == on(2026y / November / 25));
    CHECK(weekdays.dueDate(on(2026y / November / 25), 15, 0) == on(2026y / November / 26));
    CHECK(weekdays.dueDate(on(2026y / November / 27), 16, 0) == on(2026y / November / 30));  // Friday
    // On a weekend the office is closed all day: the next working day, whatever the hour.
    CHECK(weekdays.dueDate(on(2026y / November / 29), 16, 0) == on(2026y / November / 30));
    CHECK(weekdays.dueDate(on(2026y / November / 29), 16, 1) == on(2026y / December / 1));
}

TEST_CASE("days off are skipped like weekends, make-up days are worked") {
    const WorkingCalendar cal = calendar2026();
    CHECK_FALSE(cal.isWorkingDay(on(2026y / February / 16)));  // a Monday of Tết
    CHECK(cal.isWorkingDay(on(2026y / January / 3)));           // a Saturday made up
    // Received Friday 13 February, three working days: 23, 24, 25 February.
    CHECK(cal.dueDate(on(2026y / February / 13), 9, 3) == on(2026y / February / 25));
    // Received during Tết: counting starts on the first day back.
    CHECK(cal.dueDate(on(2026y / February / 18), 9, 0) == on(2026y / February / 23));
    // The Saturday made up counts as a working day.
    CHECK(cal.dueDate(on(2026y / January / 2), 9, 1) == on(2026y / January / 3));
    CHECK(cal.dueDate(on(2026y / April / 24), 9, 1) == on(2026y / April / 28));
    CHECK(cal.lastDayOff() == on(2026y / April / 27));
}

TEST_CASE("a calendar of nothing but days off does not hang the kiosk") {
    std::vector<sys_days> off;
    for (sys_days d = on(2027y / January / 1); d <= on(2028y / December / 31); d += days{1}) off.push_back(d);
    const WorkingCalendar closed(off, {});
    const sys_days due = closed.dueDate(on(2027y / January / 1), 9, 5);
    CHECK(due > on(2027y / January / 1));
}
