#include "kiosk/desk/filing_record.hpp"

#include <charconv>

#include "kiosk/base/secure_wipe.hpp"

namespace kiosk::desk {
namespace {

using namespace std::chrono;

// Digits at text[at, at+count) as a number, or -1.
int digits(std::string_view text, size_t at, size_t count) {
    int value = 0;
    const auto* first = text.data() + at;
    const auto r = std::from_chars(first, first + count, value);
    return r.ec == std::errc{} && r.ptr == first + count ? value : -1;
}

std::string twoDigits(unsigned value) {
    return std::string(1, static_cast<char>('0' + value / 10 % 10)) + static_cast<char>('0' + value % 10);
}

}  // namespace

bool isFinal(std::string_view status) {
    return status == "refused" || status == "stopped" || status == "withdrawn" || status == "result_returned";
}

bool needsCitizen(std::string_view status) { return status == "supplement_requested" || status == "payment_requested"; }

std::optional<LocalTime> parsePortalTime(std::string_view text) {
    // 2025-11-22T09:15:00+07:00: 25 characters, separators where RFC 3339 puts them.
    if (text.size() != 25 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
        text[16] != ':' || text.substr(19) != "+07:00") {
        return std::nullopt;
    }
    const int y = digits(text, 0, 4), mo = digits(text, 5, 2), d = digits(text, 8, 2);
    const int h = digits(text, 11, 2), mi = digits(text, 14, 2), s = digits(text, 17, 2);
    if (y < 0 || mo < 0 || d < 0 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return std::nullopt;
    const year_month_day date{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!date.ok()) return std::nullopt;
    return local_days{date} + hours{h} + minutes{mi} + seconds{s};
}

std::chrono::sys_days dayOf(LocalTime time) { return sys_days{floor<days>(time).time_since_epoch()}; }

std::string formatLocalDate(sys_days day) {
    const year_month_day date{day};
    return std::to_string(static_cast<int>(date.year())) + "-" + twoDigits(static_cast<unsigned>(date.month())) + "-" +
           twoDigits(static_cast<unsigned>(date.day()));
}

std::string formatLocalTime(LocalTime time) {
    const hh_mm_ss clock{time - floor<days>(time)};
    return formatLocalDate(dayOf(time)) + " " + twoDigits(static_cast<unsigned>(clock.hours().count())) + ":" +
           twoDigits(static_cast<unsigned>(clock.minutes().count()));
}

std::string_view channelCode(Channel channel) {
    switch (channel) {
        case Channel::Kiosk: return "kiosk";
        case Channel::KioskAssisted: return "kiosk_assisted";
        case Channel::Desk: return "desk";
    }
    return "kiosk";
}

std::optional<Channel> parseChannel(std::string_view code) {
    for (const Channel c : {Channel::Kiosk, Channel::KioskAssisted, Channel::Desk}) {
        if (channelCode(c) == code) return c;
    }
    return std::nullopt;
}

void wipeRecords(std::vector<FilingRecord>& records) {
    for (auto& r : records) {
        secureWipe(r.applicantName);
        secureWipe(r.maHoSo);
        secureWipe(r.filingId);
    }
    records.clear();
}

}  // namespace kiosk::desk
