// What the kiosk plays, heard through a real sound server (read_aloud_heard.sh starts it): the
// kiosk is driven headless, its Speaker (espeak-ng through pcaudiolib) and the runner's key click
// (SDL) play into a PulseAudio null sink, and parecord records the sink's monitor. The recording
// is read here: 10 ms windows louder than -40 dBFS count as sound.
// - "Đọc to" on a form page yields speech about as long as the page's words at 140 a minute;
// - a new page stops the old speech: reading that is cut short by "Quay lại" lasts the time
//   before the tap plus the new page's own reading, not the whole old page;
// - the key click is one short tick.
#include <doctest/doctest.h>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "kiosk/runner/key_click.hpp"
#include "support/memory_filing_store.hpp"
#include "support/ui_driver.hpp"
#include "ui/headless/birth_flow.hpp"

extern char** environ;

using namespace kiosk;
using namespace std::chrono_literals;

namespace {

constexpr int kRate = 22050;                 // the null sink's rate (read_aloud_heard.sh)
constexpr int kWindow = kRate / 100;          // 10 ms
constexpr double kSoundRms = 32768.0 / 100;  // -40 dBFS
constexpr double kWordsPerSecond = 140.0 / 60.0;

std::string env(const char* name) {
    const char* value = std::getenv(name);
    REQUIRE_MESSAGE(value != nullptr, name << " is set by read_aloud_heard.sh");
    return value;
}

// parecord on the sink's monitor, raw 16-bit mono, for as long as the object lives.
class Recording {
public:
    explicit Recording(std::filesystem::path file) : m_file(std::move(file)) {
        const std::string device = "--device=" + env("KIOSK_AUDIO_MONITOR");
        const std::string rate = "--rate=" + std::to_string(kRate);
        const std::string path = m_file.string();
        std::vector<const char*> args{"parecord", device.c_str(), "--raw", "--format=s16le", rate.c_str(),
                                      "--channels=1", "--latency-msec=20", path.c_str(), nullptr};
        REQUIRE(posix_spawnp(&m_pid, "parecord", nullptr, nullptr, const_cast<char* const*>(args.data()), environ) == 0);
        std::this_thread::sleep_for(500ms);  // connected and recording before anything plays
    }
    ~Recording() { stop(); }
    Recording(const Recording&) = delete;
    Recording& operator=(const Recording&) = delete;

    void stop() {
        if (m_pid <= 0) return;
        kill(m_pid, SIGINT);
        int status = 0;
        waitpid(m_pid, &status, 0);
        m_pid = -1;
    }

    std::vector<std::int16_t> samples() const {
        std::ifstream in(m_file, std::ios::binary);
        std::vector<std::int16_t> out;
        std::int16_t s = 0;
        while (in.read(reinterpret_cast<char*>(&s), sizeof s)) out.push_back(s);
        return out;
    }

private:
    std::filesystem::path m_file;
    pid_t m_pid = -1;
};

// Which 10 ms windows carry sound.
std::vector<bool> soundWindows(const std::vector<std::int16_t>& samples) {
    std::vector<bool> loud;
    for (size_t start = 0; start + kWindow <= samples.size(); start += kWindow) {
        double sum = 0;
        for (size_t i = start; i < start + kWindow; ++i) sum += static_cast<double>(samples[i]) * samples[i];
        loud.push_back(std::sqrt(sum / kWindow) > kSoundRms);
    }
    return loud;
}

struct Heard {
    double span = 0;    // seconds from the first sound to the last
    double sound = 0;   // seconds of windows with sound
};

Heard heard(const std::vector<bool>& loud) {
    Heard h;
    long first = -1, last = -1;
    for (size_t i = 0; i < loud.size(); ++i) {
        if (!loud[i]) continue;
        if (first < 0) first = static_cast<long>(i);
        last = static_cast<long>(i);
        h.sound += 0.01;
    }
    if (first >= 0) h.span = static_cast<double>(last - first + 1) * 0.01;
    return h;
}

// Waits in real time until something was heard and then 1.5 s of quiet (or `limit` passes).
Heard untilQuiet(Recording& recording, std::chrono::seconds limit) {
    const auto end = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < end) {
        std::this_thread::sleep_for(250ms);
        const auto loud = soundWindows(recording.samples());
        size_t lastLoud = 0;
        bool any = false;
        for (size_t i = 0; i < loud.size(); ++i) {
            if (loud[i]) lastLoud = i, any = true;
        }
        if (any && loud.size() - lastLoud > 150) break;
    }
    recording.stop();
    return heard(soundWindows(recording.samples()));
}

size_t words(const std::string& text) {
    std::istringstream in(text);
    size_t n = 0;
    for (std::string w; in >> w;) ++n;
    return n;
}

}  // namespace

TEST_CASE("read-aloud and the key click are heard through a real sound server") {
    const std::filesystem::path dir = env("KIOSK_AUDIO_DIR");
    auto config = std::make_shared<config::Config>(*test::shippedConfigOrFail());
    config->kiosk.input.keyClick = true;
    test::MemoryFilingStore store;
    test::UiDriver ui(config, store);
    const auto click = runner::KeyClick::open();
    REQUIRE_MESSAGE(click->hasDevice(), "SDL found no audio device on the test's sound server");
    ui.app().setKeyClick([&] { click->play(); });

    {
        // The key click: one tap, one short tick.
        Recording tap(dir / "click.raw");
        ui.click("home.start");
        const Heard h = untilQuiet(tap, 5s);
        MESSAGE("key click: " << h.sound * 1000 << " ms of sound over " << h.span * 1000 << " ms");
        CHECK(h.sound > 0.0);
        CHECK(h.span <= 0.05);
    }
    ui.click("nav.back");
    test::toBirthIdentityStep(ui);
    test::typeSampleIdentity(ui);
    REQUIRE(ui.session().screen == core::Screen::Page);
    ui.app().setKeyClick({});  // only speech from here on

    Heard page;
    {
        Recording reading(dir / "page.raw");
        ui.click("toolbar.read_aloud");
        page = untilQuiet(reading, 120s);
        const size_t n = words(ui.app().lastSaid().text);
        const double expected = static_cast<double>(n) / kWordsPerSecond;
        MESSAGE("form page: " << n << " words, " << page.span << " s of speech (" << expected << " s at 140 a minute)");
        CHECK(page.span >= 2.0);
        CHECK(page.span >= 0.4 * expected);
        CHECK(page.span <= 2.5 * expected);
    }
    Heard identity;
    {
        // With read-aloud on, each new screen is read as it comes: the identity step alone.
        Recording reading(dir / "identity.raw");
        ui.click("nav.back");
        REQUIRE(ui.session().screen == core::Screen::Identity);
        identity = untilQuiet(reading, 120s);
        MESSAGE("identity step: " << identity.span << " s of speech");
        CHECK(identity.span >= 1.0);
    }
    ui.click("nav.continue");
    REQUIRE(ui.session().screen == core::Screen::Page);
    {
        Recording silence(dir / "settle.raw");  // the form page reads itself again; let it end
        untilQuiet(silence, 120s);
    }
    {
        // "Đọc lại", then "Quay lại" after 1.5 s: the form page's speech stops, the identity
        // step's begins.
        constexpr double kBefore = 1.5;
        REQUIRE(page.span > kBefore + 3.0);  // long enough for the cut to show
        Recording reading(dir / "cut.raw");
        ui.click("toolbar.read_aloud");
        std::this_thread::sleep_for(std::chrono::duration<double>(kBefore));
        ui.click("nav.back");
        const Heard cut = untilQuiet(reading, 120s);
        MESSAGE("cut short: " << cut.span << " s of speech; alone the page takes " << page.span
                              << " s and the identity step " << identity.span << " s");
        CHECK(cut.span <= kBefore + identity.span + 1.0);
        CHECK(cut.span < page.span + identity.span - 2.0);
    }
}
