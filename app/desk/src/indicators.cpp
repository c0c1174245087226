#include "kiosk/desk/indicators.hpp"

#include <algorithm>
#include <optional>

#include "kiosk/desk/due_state.hpp"

namespace kiosk::desk {
namespace {

using std::chrono::sys_days;

// The day the filing ended in the 766 sense: approved, else the result handed back, else refused
// or stopped; nullopt while it has not ended (or was withdrawn).
std::optional<sys_days> endDay(const FilingRecord& f) {
    for (const char* action : {"approve", "return_result", "reject"}) {
        for (const auto& change : f.history) {
            if (change.action == action) return dayOf(change.at);
        }
    }
    return std::nullopt;
}

int supplementRequests(const FilingRecord& f) {
    return static_cast<int>(std::count_if(f.history.begin(), f.history.end(),
                                          [](const StatusChange& c) { return c.action == "request_supplement"; }));
}

enum class Verdict { NotJudged, OnTime, Late };

Verdict judge(const FilingRecord& f, const WorkingCalendar& calendar, sys_days until) {
    if (f.status == "withdrawn" || !f.dueAt) return Verdict::NotJudged;
    const auto due = dayOf(*f.dueAt);
    auto ended = endDay(f);
    if (ended && *ended > until) ended.reset();  // ended after the period: judged as open then
    const sys_days at = ended.value_or(until);
    const int late = at > due ? workingDaysAfter(calendar, due, at) - citizenWaitingDays(f, calendar, at) : 0;
    if (!ended && late <= 0) return Verdict::NotJudged;  // open and not yet late
    if (supplementRequests(f) > 1) return Verdict::Late;
    return late > 0 ? Verdict::Late : Verdict::OnTime;
}

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

}  // namespace

Indicators computeIndicators(const std::vector<FilingRecord>& filings, Period period, const WorkingCalendar& calendar,
                             sys_days asOf) {
    Indicators figures;
    figures.period = period;
    const sys_days until = std::min(period.last, asOf);
    for (const auto& f : filings) {
        if (!f.receivedAt || !period.contains(dayOf(*f.receivedAt)) || dayOf(*f.receivedAt) > until) continue;
        ++figures.received;
        ++figures.byChannel[static_cast<size_t>(f.channel)];
        if (f.channel != Channel::Desk) ++figures.online;
        if (f.allComponentsDigitised) ++figures.digitised;
        if (f.status == "refused" || f.status == "stopped") ++figures.refused;
        switch (judge(f, calendar, until)) {
            case Verdict::NotJudged: break;
            case Verdict::OnTime:
                ++figures.judged;
                ++figures.onTime;
                break;
            case Verdict::Late: ++figures.judged; break;
        }
    }
    return figures;
}

std::string percent(int part, int whole) {
    if (whole <= 0) return "—";
    const long tenths = (static_cast<long>(part) * 1000 + whole / 2) / whole;
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

std::vector<IndicatorLine> indicatorLines(const Indicators& f) {
    const auto n = [](int v) { return std::to_string(v); };
    const auto channel = [&f](Channel c) { return std::to_string(f.byChannel[static_cast<size_t>(c)]); };
    return {
        {"period_first", "Từ ngày", formatLocalDate(f.period.first)},
        {"period_last", "Đến ngày", formatLocalDate(f.period.last)},
        {"received", "Hồ sơ tiếp nhận", n(f.received)},
        {"received_kiosk", "  tại ki-ốt (công dân tự nộp)", channel(Channel::Kiosk)},
        {"received_kiosk_assisted", "  tại ki-ốt, có cán bộ hỗ trợ", channel(Channel::KioskAssisted)},
        {"received_desk", "  tại bộ phận một cửa (giấy)", channel(Channel::Desk)},
        {"share_online", "Tỷ lệ nộp trực tuyến (%)", percent(f.online, f.received)},
        {"share_digitised", "Tỷ lệ hồ sơ được số hóa thành phần (%)", percent(f.digitised, f.received)},
        {"judged", "Hồ sơ đã đến hạn xét đúng hạn", n(f.judged)},
        {"share_on_time", "Tỷ lệ giải quyết đúng hạn (%)", percent(f.onTime, f.judged)},
        {"refused", "Hồ sơ từ chối hoặc dừng xử lý", n(f.refused)},
    };
}

std::string indicatorsCsv(const Indicators& figures) {
    std::string csv = "\xEF\xBB\xBFindicator,label,value\r\n";
    for (const auto& line : indicatorLines(figures)) {
        std::string label = line.label;
        label.erase(0, label.find_first_not_of(' '));
        csv += csvField(line.code) + "," + csvField(label) + "," + csvField(line.value) + "\r\n";
    }
    return csv;
}

}  // namespace kiosk::desk
