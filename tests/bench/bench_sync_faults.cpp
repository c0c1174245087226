// Benchmark: how long 200 filings take to drain through a faulty portal when kiosk-sync is
// killed (-9) five times on the way, with kiosk-sync's real retry policy (the portal's hints:
// 1 s base, 300 s cap). Two runs, same filings and kills: the portal failing with error500 only,
// and failing every way at once (error500, dropped connections, resets after commit, delays).
// Prints each run's drain time and how often the kiosk-sync log names nonce_reused; checks that
// every filing arrived exactly once.
//   usage: [BENCH_FAULT_FILINGS=N] bench_sync_faults   (default 200)
#include <doctest/doctest.h>
#include <signal.h>

#include <chrono>
#include <thread>

#include "sync_harness.hpp"

using namespace kiosk::test;
using Clock = std::chrono::steady_clock;

namespace {

int filingCount() {
    const char* env = std::getenv("BENCH_FAULT_FILINGS");
    return env ? std::max(1, std::atoi(env)) : 200;
}

std::size_t occurrences(const std::string& text, const std::string& word) {
    std::size_t count = 0;
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++count;
    return count;
}

void drainThrough(const std::string& faults) {
    TempDir dir("bench-sync-faults");
    PortalProcess portal(dir.path() / "portal", {"--faults", faults});
    SyncKiosk kiosk(dir.path() / "portal");
    const auto filings = kiosk.enqueue(filingCount(), 1, 1024);
    const std::vector<std::string> args{"--poll-seconds", "5"};

    const auto start = Clock::now();
    pid_t pid = kiosk.start(args);
    // Five kill -9s, two seconds apart, each followed by a restart: the crashes fall in the
    // middle of the drain, as a power cut would.
    for (int kill = 0; kill < 5; ++kill) {
        std::this_thread::sleep_for(std::chrono::seconds{2});
        SyncKiosk::stop(pid, SIGKILL);
        pid = kiosk.start(args);
    }
    const bool drained = kiosk.waitDrained(std::chrono::seconds{1800});
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    SyncKiosk::stop(pid, SIGTERM);
    REQUIRE(drained);
    const std::string log = kiosk.log();
    MESSAGE("faults " << faults << ": " << filings.size() << " filings drained in " << elapsed
                      << " s; nonce_reused in the kiosk-sync log: " << occurrences(log, "nonce_reused"));
    auto box = kiosk.open();
    checkExactlyOnce(dir.path() / "portal", filings, *box);
    CHECK(occurrences(log, "nonce_reused") == 0);
}

}  // namespace

TEST_CASE("bench: 200 filings with five kill -9s through error500 alone, then through every fault") {
    drainThrough("error500=0.15");
    drainThrough("error500=0.15,drop=0.1,reset_after_commit=0.1,delay_ms=0-300");
}
