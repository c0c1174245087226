// kill -9 at random moments while 200 filings drain: after each restart kiosk-sync picks up
// where it was, and in the end the portal holds every filing exactly once with its content.
#include <doctest/doctest.h>
#include <signal.h>

#include <optional>
#include <random>
#include <thread>

#include "support/test_seed.hpp"
#include "sync_harness.hpp"

using namespace kiosk;
using namespace kiosk::test;

TEST_CASE("kill -9 at random moments loses nothing and duplicates nothing") {
    TempDir dir("sync-kill9");
    PortalProcess portal(dir.path() / "portal");
    SyncKiosk kiosk(dir.path() / "portal");
    const auto filings = kiosk.enqueue(200, 1, 1024);

    const std::uint32_t seed = testSeed();
    MESSAGE("seed " << seed << " (replay the kill delays with KIOSK_TEST_SEED=" << seed << ")");
    INFO("seed " << seed);
    std::mt19937 rng{seed};
    // Short lives: on a quiet machine kiosk-sync drains 200 filings in about a second, and the
    // test is only worth something if it is killed many times in the middle of that.
    std::uniform_int_distribution<int> lifetime(20, 150);
    int kills = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{100};
    while (kiosk.counts().pending > 0 && std::chrono::steady_clock::now() < deadline) {
        const pid_t pid = kiosk.start(fastRetry());
        std::this_thread::sleep_for(std::chrono::milliseconds{lifetime(rng)});
        const int status = SyncKiosk::stop(pid, SIGKILL);
        CHECK((status == 128 + SIGKILL || status == 0));
        ++kills;
    }
    MESSAGE("kiosk-sync killed " << kills << " times");
    CHECK(kills >= 10);
    // Whatever is left (nothing, normally) goes out in one last clean run.
    auto args = fastRetry();
    args.push_back("--drain");
    REQUIRE(kiosk.run(args) == 0);
    INFO(kiosk.log());
    auto box = kiosk.open();
    checkExactlyOnce(dir.path() / "portal", filings, *box);
    CHECK(box->checkIntegrity().ok());
    portal.stop();
}
