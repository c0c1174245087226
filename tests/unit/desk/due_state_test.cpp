// The due date's colour at the desk: on time, due today, or late by N working days, counted on
// the working calendar, with the days spent waiting for the citizen left out.
#include <doctest/doctest.h>

#include "kiosk/desk/due_state.hpp"
#include "records.hpp"

using namespace kiosk::desk;
using namespace kiosk::desk::test;
using Kind = DueState::Kind;

TEST_CASE("working days after a day skip weekends and days off") {
    const auto calendar = aprilMay2026();
    CHECK(workingDaysAfter(calendar, on(2026y / April / 24), on(2026y / April / 28)) == 1);
    CHECK(workingDaysAfter(calendar, on(2026y / April / 29), on(2026y / May / 4)) == 1);
    CHECK(workingDaysAfter(calendar, on(2026y / April / 20), on(2026y / April / 24)) == 4);
    CHECK(workingDaysAfter(calendar, on(2026y / April / 24), on(2026y / April / 24)) == 0);
    CHECK(workingDaysAfter(calendar, on(2026y / April / 28), on(2026y / April / 24)) == 0);
}

TEST_CASE("a filing is on time before its due day, due on it, and late by working days after") {
    const auto calendar = aprilMay2026();
    const FilingRecord f = RecordBuilder("a", Channel::Kiosk, at(2026y / April / 20), 2026y / April / 29);
    CHECK(dueState(f, on(2026y / April / 28), calendar) == DueState{Kind::OnTime, 0});
    CHECK(dueState(f, on(2026y / April / 29), calendar) == DueState{Kind::DueToday, 0});
    // Thursday 30 and Friday 1 are holidays, then the weekend: Monday 4 May is the first late day.
    CHECK(dueState(f, on(2026y / May / 3), calendar) == DueState{Kind::DueToday, 0});
    CHECK(dueState(f, on(2026y / May / 4), calendar) == DueState{Kind::Late, 1});
    CHECK(dueState(f, on(2026y / May / 6), calendar) == DueState{Kind::Late, 3});
}

TEST_CASE("a filing due on a Friday is late by 1 on the Tuesday after a Monday holiday") {
    const FilingRecord f = RecordBuilder("a", Channel::Kiosk, at(2026y / April / 20), 2026y / April / 24);
    CHECK(dueState(f, on(2026y / April / 27), aprilMay2026()) == DueState{Kind::DueToday, 0});
    CHECK(dueState(f, on(2026y / April / 28), aprilMay2026()) == DueState{Kind::Late, 1});
    // Without the holiday Monday is already late.
    CHECK(dueState(f, on(2026y / April / 27), kiosk::WorkingCalendar{}) == DueState{Kind::Late, 1});
}

TEST_CASE("the days spent waiting for a supplement move the due date on") {
    const auto calendar = aprilMay2026();
    // Asked on Tuesday 21, brought on Thursday 23: Wednesday and Thursday were the citizen's.
    const FilingRecord f = RecordBuilder("a", Channel::Kiosk, at(2026y / April / 20), 2026y / April / 24)
                               .then(2026y / April / 21, "request_supplement", "supplement_requested")
                               .then(2026y / April / 23, "resume", "processing");
    CHECK(citizenWaitingDays(f, calendar, on(2026y / May / 4)) == 2);
    CHECK(dueState(f, on(2026y / April / 28), calendar) == DueState{Kind::OnTime, 0});
    CHECK(dueState(f, on(2026y / April / 29), calendar) == DueState{Kind::DueToday, 0});
    CHECK(dueState(f, on(2026y / May / 4), calendar) == DueState{Kind::Late, 1});
}

TEST_CASE("waiting for the citizen, approved and finished filings are not coloured late") {
    const auto calendar = aprilMay2026();
    const auto late = on(2026y / May / 6);
    const FilingRecord waiting = RecordBuilder("a", Channel::Kiosk, at(2026y / April / 20), 2026y / April / 24)
                                     .then(2026y / April / 21, "request_payment", "payment_requested");
    CHECK(dueState(waiting, late, calendar).kind == Kind::WithCitizen);
    // A wait still under way counts up to the day asked about.
    CHECK(citizenWaitingDays(waiting, calendar, on(2026y / April / 24)) == 3);
    const FilingRecord approved = RecordBuilder("b", Channel::Kiosk, at(2026y / April / 20), 2026y / April / 24)
                                      .then(2026y / April / 23, "approve", "approved");
    CHECK(dueState(approved, late, calendar).kind == Kind::Closed);
    FilingRecord noDate = RecordBuilder("c", Channel::Kiosk, at(2026y / April / 20), 2026y / April / 24);
    noDate.dueAt.reset();
    CHECK(dueState(noDate, late, calendar).kind == Kind::NoDueDate);
}
