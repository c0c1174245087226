#pragma once
// The commune's figures for a period, computed from its filings the way Decision 766/QĐ-TTg
// scores a province (../shared/reference/staff-and-records.md):
// - received: filings received (NgayTiepNhan) on a day of the period, by channel;
// - online: those filed electronically, at a kiosk alone or assisted (KenhThucHien = 2); a paper
//   filing at the desk is not;
// - digitised: those whose components were all digitised (HoSoCoThanhPhanSoHoa);
// - on time: of the received filings that ended (approved, else result handed back, else
//   refused or stopped) by the end of the period, plus those still open but already past their
//   due date then, the share that ended by their due date. Working days count (the working
//   calendar's weekends, holidays and make-up days); the days spent waiting for the citizen (a
//   supplement, a fee) are not counted against the office; a filing that needed more than one
//   supplement request is late whatever its dates. A withdrawn filing is not judged.
// - refusals: received filings refused at intake or stopped.
// A pure function of its inputs: the same filings, period and calendar give the same figures.
#include <array>
#include <chrono>
#include <string>
#include <vector>

#include "kiosk/base/working_calendar.hpp"
#include "kiosk/desk/filing_record.hpp"

namespace kiosk::desk {

struct Period {
    std::chrono::sys_days first, last;  // both days included
    bool contains(std::chrono::sys_days day) const { return first <= day && day <= last; }
};

struct Indicators {
    Period period{};
    int received = 0;
    std::array<int, 3> byChannel{};  // indexed by Channel
    int online = 0;
    int digitised = 0;
    int judged = 0;  // ended, or open and already late: the share on time is of these
    int onTime = 0;
    int refused = 0;
};

// `asOf`: the day the figures are taken (today); a period reaching past it is counted up to it.
Indicators computeIndicators(const std::vector<FilingRecord>& filings, Period period, const WorkingCalendar& calendar,
                             std::chrono::sys_days asOf);

// part / whole as a percentage with one decimal ("97.5"); "—" when whole is 0.
std::string percent(int part, int whole);

// One line of the report, the same on screen, in the CSV and on paper.
struct IndicatorLine {
    std::string code;   // stable, for the CSV and the widget IDs: "received", "share_on_time"
    std::string label;  // Vietnamese: the report is an official paper
    std::string value;
};
std::vector<IndicatorLine> indicatorLines(const Indicators& figures);

// The report as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the
// Vietnamese right): "indicator,label,value", then one row per line.
std::string indicatorsCsv(const Indicators& figures);

}  // namespace kiosk::desk
