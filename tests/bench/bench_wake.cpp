// How fast the frame loop learns that a worker finished, and what sleeping costs: a real SDL
// window (under Xvfb), a worker thread posting results to a kiosk::Mailbox whose wake is the
// runner's (runner::frameLoopWake, an SDL user event), and the main thread blocked in
// SDL_WaitEventTimeout as the frame loop is. Prints figures; enforces nothing.
// usage: bench_wake [WAKES]   (run under xvfb-run -a, or with DISPLAY set)
#include <SDL.h>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

#include "count_argument.hpp"
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
        for (;;) {
            if (SDL_WaitEventTimeout(&event, 10'000) == 0) {
                std::fprintf(stderr, "bench_wake: no wake in 10 s\n");
                return 1;
            }
            if (auto posted = results.take()) {
                latencies.push_back(ms(Steady::now() - *posted));
                break;
            }
        }
        SDL_Delay(5);  // the loop is asleep again before the next result
    }
    worker.stop();
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) {
        return latencies[static_cast<size_t>(q * static_cast<double>(latencies.size() - 1))];
    };
    std::printf(
        "result posted to frame loop awake: median %.3f ms, p99 %.3f ms, worst %.3f ms over %d wakes "
        "(one frame at 60 Hz: 16.7 ms)\n",
        at(0.5), at(0.99), latencies.back(), wakes);
    std::printf("asleep in SDL_WaitEventTimeout with nothing to do: %.3f%% of one core over 10 s\n", idleCpu);
    SDL_DestroyWindow(window);
    SDL_Quit();
    return 0;
}
