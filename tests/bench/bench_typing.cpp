// Benchmark: the kiosk's own cost of a frame while a citizen types a name on the on-screen
// keyboard (identity step, shipped config, 1920x1080). Each key is a real tap through
// KioskApp (pointer down, up) and every frame is timed from one frame's end to the next: UI
// logic, composition and ImGui's draw lists. GL rasterisation is not included; the window
// benchmark (bench_window.sh) measures whole frames on screen.
// usage: bench_typing [ROUNDS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "count_argument.hpp"
#include "support/memory_filing_store.hpp"
#include "support/paths.hpp"
#include "support/ui_driver.hpp"

using namespace kiosk;
using Stopwatch = std::chrono::steady_clock;  // wall time of the benchmark itself, not the kiosk's Clock

namespace {

std::shared_ptr<const config::Config> shippedConfig() {
    auto loaded = config::loadConfig(test::shippedConfig());
    if (!loaded) {
        for (const auto& e : loaded.error()) std::fprintf(stderr, "%s\n", e.format().c_str());
        std::exit(1);
    }
    return std::make_shared<const config::Config>(std::move(*loaded));
}

// Home -> catalogue -> birth registration -> identity step, with the name box's keyboard open.
void openNameBox(test::UiDriver& ui) {
    ui.click("home.start");
    ui.click("catalogue.service.dang-ky-khai-sinh");
    ui.click("service.start");
    ui.click("field.tre_duoi_6_tuoi.khong");
    ui.click("nav.continue");
    ui.click("identity.full_name");
}

double percentile(std::vector<double> sorted, double p) {
    return sorted[std::min(sorted.size() - 1, static_cast<size_t>(p * static_cast<double>(sorted.size())))];
}

}  // namespace

int main(int argc, char** argv) {
    const int rounds = argc > 1 ? bench::countArgument(argv[1], 10000, "bench_typing [ROUNDS 1-10000]") : 20;
    test::MemoryFilingStore store;
    test::UiDriver ui(shippedConfig(), store);
    openNameBox(ui);

    std::vector<double> frameMs;
    Stopwatch::time_point last = Stopwatch::now();
    ui.onEveryFrame([&](const test::UiDriver&) {
        const Stopwatch::time_point now = Stopwatch::now();
        frameMs.push_back(std::chrono::duration<double, std::milli>(now - last).count());
        last = now;
    });
    // "nguyen thi hang", key by key, then cleared: letters, space and backspace as typed.
    const std::vector<std::string_view> keys{"n", "g", "u", "y", "e", "n", "space", "t", "h", "i",
                                             "space", "h", "a", "n", "g"};
    for (int round = 0; round < rounds; ++round) {
        for (auto key : keys) {
            last = Stopwatch::now();
            ui.pressKeys({key});
        }
        if (round == 0 && ui.label("identity.full_name") != "Nguyen thi hang") {  // the taps must really type (a name box starts in capitals)
            std::fprintf(stderr, "typed '%s', not 'Nguyen thi hang'\n", ui.label("identity.full_name").c_str());
            return 1;
        }
        for (size_t i = 0; i < keys.size(); ++i) ui.pressKeys({"backspace"});
    }
    std::sort(frameMs.begin(), frameMs.end());
    std::printf("typing frame (CPU, no GL): median %.2f ms, p99 %.2f ms, worst %.2f ms over %zu frames\n",
                percentile(frameMs, 0.5), percentile(frameMs, 0.99), frameMs.back(), frameMs.size());
    return 0;
}
