#include "working_calendar_loader.hpp"

#include <algorithm>
#include <cstdio>

#include "toml_reader.hpp"

namespace kiosk::config::detail {
namespace {

using std::chrono::sys_days;

// Tết, the longest break, is nine days at most; a longer range is a typo in a year or month.
constexpr int kLongestBreakDays = 31;

std::string dayText(sys_days day) {
    const std::chrono::year_month_day d{day};
    char out[16];
    std::snprintf(out, sizeof out, "%02u/%02u/%04d", unsigned(d.day()), unsigned(d.month()), int(d.year()));
    return out;
}

std::string readReason(TableReader& entry) {
    const auto reason = entry.string("reason", Need::Required);
    if (reason && reason->empty()) {
        entry.error("reason", "config.empty_value", "'reason' không được để trống / 'reason' must not be empty",
                    "ghi lý do, ví dụ \"Tết Dương lịch\" / say why, e.g. \"Tết Dương lịch\"");
    }
    return reason.value_or(std::string());
}

}  // namespace

WorkingCalendar loadWorkingCalendar(const toml::table& document, SourceFile& file) {
    std::vector<DayOffPeriod> periods;
    std::vector<sys_days> daysOff, makeUpDays;
    readDocument(document, file, [&](TableReader& root) {
        root.tables("days_off", Need::Optional, [&](TableReader& entry, size_t) {
            const auto from = entry.date("from", Need::Required);
            const auto to = entry.date("to");
            std::string reason = readReason(entry);
            if (!from) return;
            const sys_days last = to.value_or(*from);
            if (last < *from) {
                entry.error("to", "config.bad_date_range",
                            "ngày 'to' (" + dayText(last) + ") trước ngày 'from' (" + dayText(*from) +
                                ") / 'to' is before 'from'",
                            "'to' là ngày nghỉ cuối cùng / 'to' is the last day off");
                return;
            }
            if ((last - *from).count() >= kLongestBreakDays) {
                entry.error("to", "config.bad_date_range",
                            "đợt nghỉ dài hơn " + std::to_string(kLongestBreakDays) +
                                " ngày: kiểm tra lại năm và tháng / the break is longer than " +
                                std::to_string(kLongestBreakDays) + " days: check the year and month",
                            "mỗi đợt nghỉ ghi một mục [[days_off]] / one [[days_off]] per break");
                return;
            }
            for (sys_days d = *from; d <= last; d += std::chrono::days{1}) daysOff.push_back(d);
            periods.push_back({*from, last, std::move(reason)});
        });
        root.tables("make_up_days", Need::Optional, [&](TableReader& entry, size_t) {
            const auto date = entry.date("date", Need::Required);
            readReason(entry);
            if (!date) return;
            const std::chrono::weekday wd{*date};
            if (wd != std::chrono::Saturday && wd != std::chrono::Sunday) {
                entry.error("date", "config.not_weekend",
                            dayText(*date) + " không phải thứ Bảy hay Chủ nhật, vốn đã là ngày làm việc / " +
                                dayText(*date) + " is not a Saturday or Sunday, so it is a working day already",
                            "ngày làm bù là ngày cuối tuần được đổi thành ngày làm việc / a make-up day is a "
                            "weekend day worked in exchange");
                return;
            }
            // Every [[days_off]] has been read by now, whatever order the file has them in.
            if (std::find(daysOff.begin(), daysOff.end(), *date) != daysOff.end()) {
                entry.error("date", "config.day_off_and_make_up",
                            dayText(*date) + " vừa là ngày nghỉ vừa là ngày làm bù / " + dayText(*date) +
                                " is both a day off and a make-up day",
                            "bỏ ngày này ở một trong hai danh sách / remove it from one of the lists");
                return;
            }
            makeUpDays.push_back(*date);
        });
    });
    return WorkingCalendar(std::move(periods), std::move(makeUpDays));
}

}  // namespace kiosk::config::detail
