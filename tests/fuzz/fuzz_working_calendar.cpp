// Fuzz target: the working-calendar TOML loader (kiosk-config/working-calendar.toml, and the
// reference portal's --working-calendar), through the same file reader as the config folder.
// The input is written to a file in a private temporary folder and loaded; then, if it loaded,
// due dates are counted on it. Invariants: never a crash; every refusal is formatted.
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "kiosk/base/working_calendar.hpp"
#include "kiosk/config/config.hpp"

namespace {

// A private folder for the file, removed again when the process ends.
struct CalendarFolder {
    std::filesystem::path folder;
    CalendarFolder() {
        char name[] = "/tmp/fuzz-calendar-XXXXXX";
        if (::mkdtemp(name) == nullptr) std::abort();
        folder = name;
    }
    ~CalendarFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(folder, ignored);
    }
};

const std::filesystem::path& calendarFile() {
    static const CalendarFolder place;
    static const std::filesystem::path file = place.folder / "working-calendar.toml";
    return file;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    {
        std::ofstream out(calendarFile(), std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    auto calendar = kiosk::config::loadWorkingCalendarFile(calendarFile());
    if (!calendar) {
        for (const auto& error : calendar.error()) (void)error.format();
        return 0;
    }
    using namespace std::chrono;
    const sys_days start = year{2025} / 1 / 20;
    for (int days : {0, 1, 5, 30}) (void)calendar->dueDate(start, 16, days);
    (void)calendar->lastDayOff();
    return 0;
}
