// "Gọi cán bộ hỗ trợ" in the outbox: a call holds a screen's name and times, nothing else; it is
// leased to one delivery agent at a time, sent once (delivered, refused or dropped as stale, it
// is never offered again), and a retry keeps it first in line.
#include <doctest/doctest.h>

#include "kiosk/sqlite/database.hpp"
#include "outbox_support.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

struct Box {
    TempDir dir;
    outbox::Seconds now{std::chrono::seconds{1'800'000'000}};
    std::unique_ptr<outbox::Outbox> box;

    Box() {
        auto options = optionsIn(dir.path());
        options.clock = [this] { return now; };
        auto opened = outbox::Outbox::open(options);
        REQUIRE(opened.ok());
        box = std::move(*opened);
    }
};

}  // namespace

TEST_CASE("a help call keeps only the screen's name and the time, and only a plain screen name") {
    Box b;
    auto id = b.box->callStaff("check_answers");
    REQUIRE(id.ok());
    CHECK(id->size() == 36);
    for (const std::string& bad : std::vector<std::string>{"", "Form", "form-page", "trang_nhập", std::string(33, 'a'),
                                                           "a'); DROP TABLE x;--"}) {
        auto refused = b.box->callStaff(bad);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == "outbox.bad_screen");
    }
    auto raw = sqlite::Database::open(optionsIn(b.dir.path()).databasePath);
    REQUIRE(raw.ok());
    CHECK(*raw->queryInt("SELECT COUNT(*) FROM help_call", "test") == 1);
    CHECK(*raw->queryText("SELECT screen FROM help_call", "test") == "check_answers");
    CHECK(*raw->queryInt("SELECT raised_at FROM help_call", "test") == 1'800'000'000);
    CHECK(b.box->statusCounts()->helpCallsPending == 1);
}

TEST_CASE("a claimed help call is leased, and once delivered is never offered again") {
    Box b;
    const auto first = *b.box->callStaff("identity");
    b.now += std::chrono::seconds{5};
    const auto second = *b.box->callStaff("form_page");

    auto claimed = b.box->claimNextHelpCall();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    CHECK((*claimed)->clientCallId == first);
    CHECK((*claimed)->screen == "identity");
    CHECK((*claimed)->raisedAt == outbox::Seconds(std::chrono::seconds{1'800'000'000}));
    // Leased: the next claim gets the other one, then none.
    auto next = b.box->claimNextHelpCall();
    REQUIRE(next->has_value());
    CHECK((*next)->clientCallId == second);
    CHECK_FALSE(b.box->claimNextHelpCall()->has_value());

    REQUIRE(b.box->markHelpCallDelivered(first, "hc_1").ok());
    REQUIRE(b.box->markHelpCallDelivered(first, "hc_1").ok());  // again: harmless
    REQUIRE(b.box->releaseClaims().ok());
    b.now += std::chrono::hours{1};
    auto again = b.box->claimNextHelpCall();
    REQUIRE(again->has_value());
    CHECK((*again)->clientCallId == second);
    CHECK(b.box->statusCounts()->helpCallsPending == 1);
}

TEST_CASE("a retried help call keeps its place; refused or stale, it is never sent") {
    Box b;
    const auto first = *b.box->callStaff("home");
    b.now += std::chrono::seconds{1};
    const auto second = *b.box->callStaff("receipt");
    REQUIRE(b.box->claimNextHelpCall()->has_value());
    auto attempts = b.box->scheduleHelpCallRetry(first, b.now - std::chrono::seconds{1}, "network.timeout");
    REQUIRE(attempts.ok());
    CHECK(*attempts == 1);
    CHECK((*b.box->claimNextHelpCall())->clientCallId == first);
    CHECK_FALSE(b.box->scheduleHelpCallRetry(first, b.now, "Not A Code").ok());

    REQUIRE(b.box->markHelpCallStale(first).ok());
    REQUIRE(b.box->markHelpCallFailed(second, "portal.400").ok());
    REQUIRE(b.box->releaseClaims().ok());
    CHECK_FALSE(b.box->claimNextHelpCall()->has_value());
    CHECK(b.box->statusCounts()->helpCallsPending == 0);
    auto raw = sqlite::Database::open(optionsIn(b.dir.path()).databasePath);
    CHECK(*raw->queryText("SELECT status || ':' || last_error FROM help_call ORDER BY id LIMIT 1", "test") ==
          "stale:stale");
    CHECK(*raw->queryText("SELECT status || ':' || last_error FROM help_call ORDER BY id DESC LIMIT 1", "test") ==
          "failed:portal.400");
}
