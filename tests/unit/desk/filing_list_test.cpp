// The desk's list: most urgent first, and each filter's rows ready before a frame asks.
#include <doctest/doctest.h>

#include "kiosk/desk/filing_list.hpp"
#include "records.hpp"

using namespace kiosk::desk;
using namespace kiosk::desk::test;

namespace {

std::vector<FilingRecord> mixed() {
    using C = Channel;
    std::vector<FilingRecord> list{
        RecordBuilder("later", C::Kiosk, at(2026y / April / 20), 2026y / May / 8),
        RecordBuilder("late", C::Kiosk, at(2026y / April / 20), 2026y / April / 22),
        RecordBuilder("today", C::Desk, at(2026y / April / 21), 2026y / April / 28),
        RecordBuilder("supplement", C::Kiosk, at(2026y / April / 21), 2026y / April / 22)
            .then(2026y / April / 21, "request_supplement", "supplement_requested"),
        RecordBuilder("fee", C::Kiosk, at(2026y / April / 21), 2026y / April / 23)
            .then(2026y / April / 21, "request_payment", "payment_requested"),
        RecordBuilder("ready", C::Kiosk, at(2026y / April / 21), 2026y / April / 23)
            .then(2026y / April / 22, "approve", "approved"),
        RecordBuilder("done", C::Kiosk, at(2026y / April / 21), 2026y / April / 23)
            .then(2026y / April / 22, "approve", "approved")
            .then(2026y / April / 23, "return_result", "result_returned"),
    };
    FilingRecord undated = RecordBuilder("undated", C::Kiosk, at(2026y / April / 21), 2026y / April / 23);
    undated.dueAt.reset();
    list.insert(list.begin(), undated);
    return list;
}

std::vector<std::string> ids(const FilingList& list, Filter filter) {
    std::vector<std::string> out;
    for (const auto row : list.rows(filter)) out.push_back(list.record(row).filingId);
    return out;
}

}  // namespace

TEST_CASE("the list is ordered by due date, undated last, and filters pick their rows") {
    FilingList list;
    list.replace(mixed(), on(2026y / April / 28), aprilMay2026());
    CHECK(ids(list, Filter::All) ==
          std::vector<std::string>{"late", "supplement", "fee", "ready", "done", "today", "later", "undated"});
    CHECK(ids(list, Filter::NeedsCitizen) == std::vector<std::string>{"supplement", "fee"});
    CHECK(ids(list, Filter::ResultsToHandBack) == std::vector<std::string>{"ready"});
    CHECK(ids(list, Filter::Late) == std::vector<std::string>{"late"});
    CHECK(ids(list, Filter::DueToday) == std::vector<std::string>{"today"});
    CHECK(list.due(static_cast<size_t>(list.find("late"))).lateWorkingDays == 3);
    CHECK(list.find("nothing") == -1);
}

TEST_CASE("a new day works the states out again; clearing wipes the list") {
    FilingList list;
    list.replace(mixed(), on(2026y / April / 28), aprilMay2026());
    list.setToday(on(2026y / April / 29), aprilMay2026());
    CHECK(ids(list, Filter::Late) == std::vector<std::string>{"late", "today"});
    CHECK(list.rows(Filter::DueToday).empty());
    list.clear();
    CHECK(list.size() == 0);
    CHECK(list.rows(Filter::All).empty());
}
