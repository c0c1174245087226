// How fast the frame loop learns that a worker finished or that the status cache changed, and
// what sleeping costs: a real SDL window (under Xvfb), a worker thread posting results to a
// kiosk::Mailbox whose wake is the runner's (runner::frameLoopWake, an SDL user event), a write
// under a data folder that kiosk::FolderChanges watches (as kiosk-sync's commit to the outbox
// is), and the main thread blocked in SDL_WaitEventTimeout as the frame loop is. Prints
// figures; enforces nothing.
// usage: bench_wake [WAKES]   (run under xvfb-run -a, or with DISPLAY set)
#include <SDL.h>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <thread>
#include <vector>

#include "count_argument.hpp"
#include "kiosk/base/folder_changes.hpp"
#include "kiosk/base/mailbox.hpp"
#include "kiosk/base/worker.hpp"
#include "kiosk/runner/wake.hpp"

namespace {

using Steady = std::chrono::steady_clock;

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double ms(Steady::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

struct Spread {
    double median, p99, worst;
};

Spread spreadOf(std::vector<double> latencies) {
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) {
        return latencies[static_cast<size_t>(q * static_cast<double>(latencies.size() - 1))];
    };
    return {at(0.5), at(0.99), latencies.back()};
}

// Waits in SDL as the frame loop does until `arrived` says what it waited for came; false after
// 10 s without it.
template <typename Arrived>
bool waitForWake(Arrived arrived) {
    SDL_Event event;
    for (;;) {
        if (SDL_WaitEventTimeout(&event, 10'000) == 0) return false;
        if (arrived()) return true;
    }
}

// A status change: a write under the data folder (kiosk-sync committing to the outbox's WAL,
// here one appended line), noticed by FolderChanges, which wakes the loop. Empty when the
// folder cannot be watched.
std::vector<double> statusWakes(int wakes) {
    std::string pattern = (std::filesystem::temp_directory_path() / "bench-wake-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) return {};
    const std::filesystem::path folder = pattern;
    std::atomic<bool> noticed{false};
    std::vector<double> latencies;
    {
        kiosk::FolderChanges changes(folder, [&noticed, wake = kiosk::runner::frameLoopWake()] {
            noticed = true;
            wake();
        });
        if (!changes.watching()) return {};
        for (int i = 0; i < wakes; ++i) {
            const auto written = Steady::now();
            std::ofstream(folder / "outbox.db-wal", std::ios::app) << i << '\n';
            if (!waitForWake([&noticed] { return noticed.load(); })) break;
            latencies.push_back(ms(Steady::now() - written));
            SDL_Delay(5);  // the write's other events (close) come and go before the next one
            SDL_Event event;
            while (SDL_PollEvent(&event)) {
            }
            noticed = false;
        }
    }
    std::error_code ec;
    std::filesystem::remove_all(folder, ec);
    return latencies;
}

}  // namespace

int main(int argc, char** argv) {
    const int wakes = argc > 1 ? kiosk::bench::countArgument(argv[1], 100000, "bench_wake [WAKES 1-100000]") : 200;
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "bench_wake: no display (%s); run under xvfb-run -a\n", SDL_GetError());
        return 2;
    }
    SDL_Window* window = SDL_CreateWindow("bench_wake", 0, 0, 64, 64, SDL_WINDOW_SHOWN);
    if (window == nullptr) {
        std::fprintf(stderr, "bench_wake: no window (%s)\n", SDL_GetError());
        return 2;
    }
    SDL_Event event;
    while (SDL_PollEvent(&event)) {
    }

    // Idle: nothing posts; the main thread waits as the frame loop does on the home screen.
    const double idleStart = cpuSeconds();
    const auto idleFrom = Steady::now();
    while (Steady::now() - idleFrom < std::chrono::seconds(10)) SDL_WaitEventTimeout(&event, 10'000);
    const double idleCpu = (cpuSeconds() - idleStart) / ms(Steady::now() - idleFrom) * 1000.0 * 100.0;

    // Wakes: a worker finishes a job, posts its result, and the wake pushes an SDL event.
    kiosk::Mailbox<Steady::time_point> results;
    results.setWake(kiosk::runner::frameLoopWake());
    kiosk::Worker<int> worker({.run = [&](int&) { results.post(Steady::now()); }});
    std::vector<double> latencies;
    for (int i = 0; i < wakes; ++i) {
        worker.submit(i);
        std::optional<Steady::time_point> posted;
        if (!waitForWake([&] { return (posted = results.take()).has_value(); })) {
            std::fprintf(stderr, "bench_wake: no wake in 10 s\n");
            return 1;
        }
        latencies.push_back(ms(Steady::now() - *posted));
        SDL_Delay(5);  // the loop is asleep again before the next result
    }
    worker.stop();
    const Spread fromWorker = spreadOf(latencies);
    std::printf(
        "result posted to frame loop awake: median %.3f ms, p99 %.3f ms, worst %.3f ms over %d wakes "
        "(one frame at 60 Hz: 16.7 ms)\n",
        fromWorker.median, fromWorker.p99, fromWorker.worst, wakes);
    const auto status = statusWakes(wakes);
    if (status.size() != static_cast<size_t>(wakes)) {
        std::fprintf(stderr, "bench_wake: the data folder's watcher woke the loop %zu times of %d\n", status.size(),
                     wakes);
        return 1;
    }
    const Spread changes = spreadOf(status);
    std::printf(
        "write under the data folder to frame loop awake: median %.3f ms, p99 %.3f ms, worst %.3f ms over %d "
        "writes\n",
        changes.median, changes.p99, changes.worst, wakes);
    std::printf("asleep in SDL_WaitEventTimeout with nothing to do: %.3f%% of one core over 10 s\n", idleCpu);
    SDL_DestroyWindow(window);
    SDL_Quit();
    return 0;
}
