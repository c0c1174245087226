// kill -9 at random moments while 200 filings drain, then while 200 supplements drain: after
// each restart kiosk-sync picks up where it was, and in the end the portal holds every filing
// and every supplement exactly once with its content.
#include <doctest/doctest.h>
#include <signal.h>

#include <functional>
#include <optional>
#include <random>
#include <thread>

#include "support/test_seed.hpp"
#include "sync_harness.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

using Life = std::function<void(std::mt19937&)>;

// A life of a random number of milliseconds.
Life randomMilliseconds(int least, int most) {
    return [least, most](std::mt19937& rng) {
        std::this_thread::sleep_for(std::chrono::milliseconds{std::uniform_int_distribution<int>(least, most)(rng)});
    };
}

// A life that ends once a random number (least..most) of supplements more has left the outbox, so
// a kill falls in the middle of the drain however fast or slow the machine is.
Life randomSupplementsSent(SyncKiosk& kiosk, int least, int most) {
    return [&kiosk, least, most](std::mt19937& rng) {
        const auto target = kiosk.counts().supplementsPending - std::uniform_int_distribution<int>(least, most)(rng);
        const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds{20};
        while (kiosk.counts().supplementsPending > target && std::chrono::steady_clock::now() < giveUp) {
            std::this_thread::sleep_for(std::chrono::milliseconds{5});
        }
    };
}

// Starts kiosk-sync and kills it (-9) at the end of a random `life`, again and again while the
// outbox holds anything to send (at most `maxKills` times), then lets one clean --drain run
// finish. Returns how many kills fell while something was still waiting.
int killWhileDraining(SyncKiosk& kiosk, const Life& life, int maxKills) {
    const std::uint32_t seed = testSeed();
    MESSAGE("seed " << seed << " (replay the kill delays with KIOSK_TEST_SEED=" << seed << ")");
    INFO("seed " << seed);
    std::mt19937 rng{seed};
    int kills = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{100};
    const auto waiting = [&] {
        const auto counts = kiosk.counts();
        return counts.pending > 0 || counts.supplementsPending > 0;
    };
    while (kills < maxKills && waiting() && std::chrono::steady_clock::now() < deadline) {
        const pid_t pid = kiosk.start(fastRetry());
        life(rng);
        const int status = SyncKiosk::stop(pid, SIGKILL);
        CHECK((status == 128 + SIGKILL || status == 0));
        if (status == 128 + SIGKILL && waiting()) ++kills;
    }
    const auto left = kiosk.counts();
    MESSAGE("kiosk-sync killed " << kills << " times; left for the clean run: " << left.pending << " filings, "
                                 << left.supplementsPending << " supplements");
    // Whatever is left (nothing, normally) goes out in one last clean run.
    auto args = fastRetry();
    args.push_back("--drain");
    REQUIRE(kiosk.run(args) == 0);
    INFO(kiosk.log());
    return kills;
}

}  // namespace

TEST_CASE("kill -9 at random moments loses nothing and duplicates nothing") {
    TempDir dir("sync-kill9");
    PortalProcess portal(dir.path() / "portal");
    SyncKiosk kiosk(dir.path() / "portal");
    const auto filings = kiosk.enqueue(200, 1, 1024);
    // Short lives: on a quiet machine kiosk-sync drains 200 filings in about a second, and the
    // test is only worth something if it is killed many times in the middle of that.
    CHECK(killWhileDraining(kiosk, randomMilliseconds(20, 150), 100000) >= 10);
    auto box = kiosk.open();
    checkExactlyOnce(dir.path() / "portal", filings, *box);
    CHECK(box->checkIntegrity().ok());
    portal.stop();
}

TEST_CASE("kill -9 at random moments while 200 supplements of two pages drain: each arrives once") {
    TempDir dir("sync-kill9-supplements");
    PortalProcess portal(dir.path() / "portal");
    SyncKiosk kiosk(dir.path() / "portal");
    const auto filings = kiosk.enqueue(200, 0, 0);
    REQUIRE(kiosk.run({"--drain"}) == 0);
    const auto supplements = kiosk.enqueueSupplements(dir.path() / "portal", portal.url(), filings, 2, 1024);
    REQUIRE(kiosk.counts().supplementsPending == 200);
    // The figure: five kill -9s, each in the middle of the drain (a kill that finds
    // nothing left waiting does not count): each after 1 to 30 more supplements went out, so at
    // least 50 are still waiting at the fifth.
    CHECK(killWhileDraining(kiosk, randomSupplementsSent(kiosk, 1, 30), 5) == 5);
    auto box = kiosk.open();
    checkSupplementsExactlyOnce(dir.path() / "portal", supplements, *box);
    CHECK(box->checkIntegrity().ok());
    portal.stop();
}
