// kiosk-portal --working-calendar: the portal counts a due date past the days off written in the
// same file format as kiosk-config/working-calendar.toml, and refuses to start on a broken one.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
namespace fs = std::filesystem;

namespace {

std::string isoDate(std::chrono::sys_days day) {
    const std::chrono::year_month_day d{day};
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02u-%02u", int(d.year()), unsigned(d.month()), unsigned(d.day()));
    return out;
}

void writeFile(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::trunc);
    out << text;
    REQUIRE(out.good());
}

}  // namespace

TEST_CASE("a filing submitted before a long break is due after it") {
    using namespace std::chrono;
    TempDir dir("portal-calendar");
    // The break starts today in Vietnam and lasts three weeks; five working days (the default
    // time limit) after it are at least 26 days away, where weekends alone would give 7 at most.
    const sys_days today = floor<days>(system_clock::now() + hours(7));
    const sys_days lastOff = today + days(20);
    const fs::path calendar = dir.path() / "working-calendar.toml";
    writeFile(calendar, "[[days_off]]\nfrom = " + isoDate(today) + "\nto = " + isoDate(lastOff) +
                            "\nreason = \"Nghỉ dài để thử\"\n");
    PortalProcess portal(dir.path() / "data", {"--working-calendar", calendar.string()});
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const Delivered delivered = deliverFiling(kiosk, makeFiling(601, 1));
    const std::string dueAt = delivered.receipt.json()["due_at"];
    INFO(dueAt);
    CHECK(dueAt.substr(0, 10) > isoDate(lastOff + days(5)));
    CHECK(dueAt.ends_with("T17:00:00+07:00"));
    portal.stop();
}

TEST_CASE("a broken working calendar stops the portal with the file, line and what is wrong") {
    TempDir dir("portal-calendar-broken");
    const fs::path calendar = dir.path() / "working-calendar.toml";
    writeFile(calendar, "[[days_off]]\nfrom = \"2027-01-01\"\nreason = \"Tết Dương lịch\"\n");
    const fs::path log = dir.path() / "stderr.txt";
    const std::string command = std::string(KIOSK_PORTAL_BIN) + " --listen 127.0.0.1:0 --data '" +
                                (dir.path() / "data").string() + "' --working-calendar '" + calendar.string() +
                                "' 2>'" + log.string() + "'";
    const int status = std::system(command.c_str());
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 1);
    std::ifstream in(log);
    const std::string err((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(err.find("working-calendar.toml:2:8: days_off[0].from") != std::string::npos);
    CHECK(err.find("không có dấu nháy") != std::string::npos);
}
