#pragma once
// Synthetic filings for the desk's tests, written as the dates a reader checks by hand: the
// April–May 2026 calendar below has Monday 27 April, Thursday 30 April and Friday 1 May off.
#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/base/working_calendar.hpp"
#include "kiosk/desk/filing_record.hpp"

namespace kiosk::desk::test {

using namespace std::chrono;

inline sys_days on(year_month_day d) { return sys_days(d); }
inline LocalTime at(year_month_day d, int hour = 9) { return local_days(d) + hours(hour); }

inline WorkingCalendar aprilMay2026() {
    return WorkingCalendar({on(2026y / April / 27), on(2026y / April / 30), on(2026y / May / 1)}, {});
}

struct RecordBuilder {
    FilingRecord r;
    RecordBuilder(std::string id, Channel channel, LocalTime received, year_month_day due) {
        r.filingId = std::move(id);
        r.maHoSo = "000.00.00.H66-260420-" + r.filingId;
        r.serviceCode = "1.001193";
        r.applicantName = "Nguyễn Văn Thử";
        r.channel = channel;
        r.receivedAt = received;
        r.dueAt = at(due, 17);
        r.status = "accepted";
        r.history.push_back({received, "submit", "submitted"});
    }
    RecordBuilder& then(year_month_day day, std::string action, std::string toStatus) {
        r.history.push_back({at(day, 10), std::move(action), toStatus});
        r.status = std::move(toStatus);
        return *this;
    }
    RecordBuilder& digitised() {
        r.allComponentsDigitised = true;
        return *this;
    }
    operator FilingRecord() const { return r; }
};

}  // namespace kiosk::desk::test
