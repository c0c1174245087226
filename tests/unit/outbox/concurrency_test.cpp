// The kiosk and kiosk-sync open the same database at once, each with its own connection (WAL
// mode). Submitting must not fail because the agent is busy, the agent must never see half a
// filing, and a long read must not block a submission.
#include <doctest/doctest.h>

#include <atomic>
#include <thread>

#include "kiosk/sqlite/database.hpp"
#include "outbox_support.hpp"

using namespace kiosk;
using namespace kiosk::test;

TEST_CASE("the kiosk submits while the agent delivers, and nothing is lost or doubled") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    REQUIRE(outbox::Outbox::open(options).ok());  // create key and schema before the race
    constexpr int kFilings = 40;
    std::atomic<int> submitErrors{0}, agentErrors{0};
    std::atomic<bool> kioskDone{false};

    std::thread kiosk([&] {
        auto box = outbox::Outbox::open(options);
        if (!box) { ++submitErrors; kioskDone = true; return; }
        for (int i = 0; i < kFilings; ++i) {
            if (!(*box)->submit(makeFiling(makeCitizen(), 1, 4096))) ++submitErrors;
        }
        kioskDone = true;
    });
    int delivered = 0;
    std::thread agent([&] {
        auto box = outbox::Outbox::open(options);
        if (!box) { ++agentErrors; return; }
        for (;;) {
            auto claimed = (*box)->claimNextPending();
            if (!claimed) { ++agentErrors; return; }
            if (!claimed->has_value()) {
                if (kioskDone) {
                    // One more look: the last submit may have committed after the claim above.
                    auto last = (*box)->claimNextPending();
                    if (!last || !last->has_value()) return;
                    claimed = std::move(last);
                } else {
                    std::this_thread::yield();
                    continue;
                }
            }
            if (!(*box)->decryptPayload((*claimed)->clientFilingId)) ++agentErrors;
            if (!(*box)->markDelivered((*claimed)->clientFilingId, {"MHS-" + (*claimed)->localReference, "{}"})) {
                ++agentErrors;
            }
            ++delivered;
        }
    });
    kiosk.join();
    agent.join();
    CHECK(submitErrors == 0);
    CHECK(agentErrors == 0);
    CHECK(delivered == kFilings);
    auto box = outbox::Outbox::open(options);
    REQUIRE(box.ok());
    const auto counts = (*box)->statusCounts();
    REQUIRE(counts.ok());
    CHECK(counts->delivered == kFilings);
    CHECK(counts->pending == 0);
}

TEST_CASE("another connection never sees a filing without its key and all its parts") {
    TempDir dir;
    const auto options = optionsIn(dir.path());
    REQUIRE(outbox::Outbox::open(options).ok());
    std::atomic<bool> done{false};
    std::thread kiosk([&] {
        auto box = outbox::Outbox::open(options);
        for (int i = 0; box && i < 30; ++i) (void)(*box)->submit(makeFiling(makeCitizen(), 2, 8192));
        done = true;
    });
    auto raw = sqlite::Database::open(options.databasePath);
    REQUIRE(raw.ok());
    raw->setBusyTimeout(5000);
    int observations = 0, inconsistent = 0;
    while (!done) {
        auto stmt = raw->prepare(
            "SELECT (SELECT COUNT(*) FROM filing), (SELECT COUNT(*) FROM filing_key), (SELECT COUNT(*) FROM part)",
            "test");
        REQUIRE(stmt.ok());
        auto row = stmt->step();
        REQUIRE(row.ok());
        REQUIRE(*row);
        const auto filings = stmt->columnInt(0);
        if (stmt->columnInt(1) != filings || stmt->columnInt(2) != 3 * filings) ++inconsistent;
        ++observations;
    }
    kiosk.join();
    CHECK(observations > 0);
    CHECK(inconsistent == 0);
}

TEST_CASE("an open read on another connection does not block a submission") {
    TempDir dir;
    auto options = optionsIn(dir.path());
    options.busyTimeout = std::chrono::milliseconds{200};
    auto box = outbox::Outbox::open(options);
    REQUIRE(box.ok());
    REQUIRE((*box)->submit(makeFiling(makeCitizen())).ok());

    auto reader = sqlite::Database::open(options.databasePath);
    REQUIRE(reader.ok());
    REQUIRE(reader->exec("BEGIN", "test").ok());
    REQUIRE(reader->queryInt("SELECT COUNT(*) FROM filing", "test").ok());  // holds a read snapshot

    const auto stored = (*box)->submit(makeFiling(makeCitizen()));
    CHECK(stored.ok());
    // The reader keeps its snapshot until it ends its transaction, then sees the new filing.
    CHECK(*reader->queryInt("SELECT COUNT(*) FROM filing", "test") == 1);
    REQUIRE(reader->exec("COMMIT", "test").ok());
    CHECK(*reader->queryInt("SELECT COUNT(*) FROM filing", "test") == 2);
}
