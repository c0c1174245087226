// The commune's 766 figures on a set of filings whose answers were worked out by hand: channels,
// digitised components, supplements (one is forgiven its waiting days, two make a filing late),
// late filings across a weekend and the 30 April – 1 May holidays, refusals, a withdrawal, and
// filings outside the period.
#include <doctest/doctest.h>

#include "kiosk/desk/indicators.hpp"
#include "records.hpp"

using namespace kiosk::desk;
using namespace kiosk::desk::test;

namespace {

std::vector<FilingRecord> knownFilings() {
    using C = Channel;
    return {
        // A: approved a day early.
        RecordBuilder("A", C::Kiosk, at(2026y / April / 20), 2026y / April / 24)
            .digitised()
            .then(2026y / April / 23, "approve", "approved"),
        // B: approved Tuesday 28, due Wednesday 22: 3 working days late.
        RecordBuilder("B", C::Kiosk, at(2026y / April / 20), 2026y / April / 22)
            .then(2026y / April / 28, "approve", "approved"),
        // C: 2 working days late by the calendar, but 2 working days waited for a supplement.
        RecordBuilder("C", C::Desk, at(2026y / April / 21), 2026y / April / 23)
            .digitised()
            .then(2026y / April / 22, "request_supplement", "supplement_requested")
            .then(2026y / April / 24, "resume", "processing")
            .then(2026y / April / 28, "approve", "approved")
            .then(2026y / April / 29, "return_result", "result_returned"),
        // D: approved before its due day, but asked for a supplement twice: late.
        RecordBuilder("D", C::KioskAssisted, at(2026y / April / 21), 2026y / April / 24)
            .then(2026y / April / 22, "request_supplement", "supplement_requested")
            .then(2026y / April / 22, "resume", "processing")
            .then(2026y / April / 23, "request_supplement", "supplement_requested")
            .then(2026y / April / 23, "resume", "processing")
            .then(2026y / April / 23, "approve", "approved"),
        // E: stopped on time.
        RecordBuilder("E", C::Kiosk, at(2026y / April / 22), 2026y / April / 24)
            .then(2026y / April / 22, "reject", "stopped"),
        // F: still processing on Monday 4 May, due Wednesday 29 April: already late.
        RecordBuilder("F", C::Kiosk, at(2026y / April / 22, 10), 2026y / April / 29)
            .then(2026y / April / 23, "start_processing", "processing"),
        // G: still processing, not due yet: not judged.
        RecordBuilder("G", C::Kiosk, at(2026y / April / 23), 2026y / May / 11),
        // H: withdrawn by the citizen: received, never judged.
        RecordBuilder("H", C::Desk, at(2026y / April / 24), 2026y / April / 28)
            .then(2026y / April / 28, "withdraw", "withdrawn"),
        // I and J: received before the period and after the day the figures are taken.
        RecordBuilder("I", C::Kiosk, at(2026y / April / 19), 2026y / April / 24).digitised(),
        RecordBuilder("J", C::Kiosk, at(2026y / May / 5), 2026y / May / 8),
        // K: due Tuesday 28, approved then; the weekend and Monday's holiday between.
        RecordBuilder("K", C::Desk, at(2026y / April / 24), 2026y / April / 28)
            .digitised()
            .then(2026y / April / 28, "approve", "approved"),
        // L: refused at intake the day it came.
        RecordBuilder("L", C::Kiosk, at(2026y / April / 20, 14), 2026y / April / 20)
            .then(2026y / April / 20, "reject", "refused"),
    };
}

const Period kPeriod{on(2026y / April / 20), on(2026y / May / 10)};

}  // namespace

TEST_CASE("the figures of a known set of filings") {
    const auto f = computeIndicators(knownFilings(), kPeriod, aprilMay2026(), on(2026y / May / 4));
    CHECK(f.received == 10);
    CHECK(f.byChannel[static_cast<size_t>(Channel::Kiosk)] == 6);
    CHECK(f.byChannel[static_cast<size_t>(Channel::KioskAssisted)] == 1);
    CHECK(f.byChannel[static_cast<size_t>(Channel::Desk)] == 3);
    CHECK(f.online == 7);
    CHECK(f.digitised == 3);
    CHECK(f.judged == 8);  // A B C D E F K L
    CHECK(f.onTime == 5);  // A C E K L
    CHECK(f.refused == 2);
    CHECK(percent(f.onTime, f.judged) == "62.5");
    CHECK(percent(f.online, f.received) == "70.0");
}

TEST_CASE("without the holidays the same filings are judged differently") {
    // K is then due Tuesday 28 with Monday a working day: still on time. F is late from Thursday
    // 30 on. What changes is C: Monday 27 becomes a working day, so it ends 3 working days after
    // its due day with only 2 waited for the citizen.
    const auto f = computeIndicators(knownFilings(), kPeriod, kiosk::WorkingCalendar{}, on(2026y / May / 4));
    CHECK(f.judged == 8);
    CHECK(f.onTime == 4);  // A E K L
}

TEST_CASE("a period that ends earlier judges what had ended by then") {
    // Up to Thursday 23 April: A, D, E and L had ended; B (due Wednesday 22) was open and late.
    const Period early{on(2026y / April / 20), on(2026y / April / 23)};
    const auto f = computeIndicators(knownFilings(), early, aprilMay2026(), on(2026y / May / 4));
    CHECK(f.received == 8);  // A B C D E F G L (K and H came on Friday 24)
    CHECK(f.judged == 5);    // A B D E L
    CHECK(f.onTime == 3);    // A E L
    CHECK(f.refused == 2);
}

TEST_CASE("no filings give zero counts and no shares") {
    const auto f = computeIndicators({}, kPeriod, aprilMay2026(), on(2026y / May / 4));
    CHECK(f.received == 0);
    CHECK(percent(f.onTime, f.judged) == "—");
}

TEST_CASE("the CSV report carries every line, quoted where it must be") {
    const auto f = computeIndicators(knownFilings(), kPeriod, aprilMay2026(), on(2026y / May / 4));
    const std::string csv = indicatorsCsv(f);
    CHECK(csv.rfind("\xEF\xBB\xBFindicator,label,value\r\n", 0) == 0);
    CHECK(csv.find("period_first,Từ ngày,2026-04-20\r\n") != std::string::npos);
    CHECK(csv.find("received_desk,tại bộ phận một cửa (giấy),3\r\n") != std::string::npos);
    CHECK(csv.find("share_on_time,Tỷ lệ giải quyết đúng hạn (%),62.5\r\n") != std::string::npos);
    CHECK(csv.find("share_online,Tỷ lệ nộp trực tuyến (%),70.0\r\n") != std::string::npos);
    CHECK(csv.find("refused,Hồ sơ từ chối hoặc dừng xử lý,2\r\n") != std::string::npos);
    size_t rows = 0;
    for (const char c : csv) rows += c == '\n';
    CHECK(rows == indicatorLines(f).size() + 1);
}
