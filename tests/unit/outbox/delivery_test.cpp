// The delivery agent (kiosk-sync) drives filings through pending -> delivered | failed using
// this API. The same idempotency key must be offered on every retry, a claimed filing must not
// be sent twice at once, a crashed agent's claim must expire, and staff lookups must find a
// filing by either the local reference or the portal's mã hồ sơ.
#include <doctest/doctest.h>

#include "outbox_support.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

struct Agent {
    TempDir dir;
    outbox::Seconds now{std::chrono::sys_days{std::chrono::year{2025} / 11 / 22} + std::chrono::hours{3}};
    std::unique_ptr<outbox::Outbox> box;

    Agent() {
        auto options = optionsIn(dir.path());
        options.claimLease = std::chrono::seconds{300};
        options.clock = [this] { return now; };
        auto opened = outbox::Outbox::open(options);
        REQUIRE(opened.ok());
        box = std::move(*opened);
    }

    std::string submit() {
        auto stored = box->submit(makeFiling(makeCitizen(), 0));
        REQUIRE(stored.ok());
        now += std::chrono::seconds{1};
        return stored->localReference;
    }

    outbox::ClaimedFiling claim() {
        auto claimed = box->claimNextPending();
        REQUIRE(claimed.ok());
        REQUIRE(claimed->has_value());
        return **claimed;
    }

    bool nothingToClaim() {
        auto claimed = box->claimNextPending();
        REQUIRE(claimed.ok());
        return !claimed->has_value();
    }
};

}  // namespace

TEST_CASE("filings are claimed oldest first and a claimed one is not offered twice") {
    Agent agent;
    const auto first = agent.submit();
    const auto second = agent.submit();
    CHECK(agent.claim().localReference == first);
    CHECK(agent.claim().localReference == second);
    CHECK(agent.nothingToClaim());
}

TEST_CASE("a claim left by a crashed agent expires and the same idempotency key comes back") {
    Agent agent;
    agent.submit();
    const auto claimed = agent.claim();
    CHECK(agent.nothingToClaim());
    agent.now += std::chrono::seconds{301};
    const auto again = agent.claim();
    CHECK(again.clientFilingId == claimed.clientFilingId);
    CHECK(again.attempts == 0);
}

TEST_CASE("a retry waits until its time and counts the attempts") {
    Agent agent;
    agent.submit();
    const auto claimed = agent.claim();
    const auto attempts = agent.box->scheduleRetry(claimed.clientFilingId, agent.now + std::chrono::seconds{60},
                                                   "network.timeout");
    REQUIRE(attempts.ok());
    CHECK(*attempts == 1);
    CHECK(agent.nothingToClaim());
    agent.now += std::chrono::seconds{60};
    const auto retried = agent.claim();
    CHECK(retried.clientFilingId == claimed.clientFilingId);
    CHECK(retried.attempts == 1);
    const auto summary = agent.box->findByReference(retried.localReference);
    REQUIRE(summary.ok());
    REQUIRE(summary->has_value());
    CHECK((*summary)->lastError == "network.timeout");
}

TEST_CASE("a delivered filing keeps its mã hồ sơ and receipt and is found by either reference") {
    Agent agent;
    const auto local = agent.submit();
    const auto claimed = agent.claim();
    REQUIRE(agent.box->markDelivered(claimed.clientFilingId, {"000.00.01.H66-251122-0042", R"({"receipt_id":"r-42"})"})
                .ok());
    // Recording the same outcome twice (an agent crash between) is harmless; a different code is not.
    CHECK(agent.box->markDelivered(claimed.clientFilingId, {"000.00.01.H66-251122-0042", "{}"}).ok());
    const auto conflicting = agent.box->markDelivered(claimed.clientFilingId, {"000.00.01.H66-251122-0043", "{}"});
    REQUIRE_FALSE(conflicting.ok());
    CHECK(conflicting.error().code == "outbox.bad_transition");

    for (const std::string& typed :
         std::vector<std::string>{local, "  000.00.01.h66-251122-0042 ", "kiosk01" + local.substr(7)}) {
        CAPTURE(typed);
        const auto found = agent.box->findByReference(typed);
        REQUIRE(found.ok());
        REQUIRE(found->has_value());
        CHECK((*found)->clientFilingId == claimed.clientFilingId);
        CHECK((*found)->status == outbox::FilingStatus::Delivered);
        CHECK((*found)->maHoSo == "000.00.01.H66-251122-0042");
        CHECK((*found)->deliveredAt.has_value());
    }
    const auto missing = agent.box->findByReference("KIOSK01-000000-9999");
    REQUIRE(missing.ok());
    CHECK_FALSE(missing->has_value());
    CHECK(agent.nothingToClaim());
}

TEST_CASE("a refused filing is marked failed with an error code, never with free text") {
    Agent agent;
    agent.submit();
    const auto claimed = agent.claim();
    const auto withText = agent.box->markFailed(claimed.clientFilingId, "Họ tên Nguyễn Văn A không hợp lệ");
    REQUIRE_FALSE(withText.ok());
    CHECK(withText.error().code == "outbox.bad_error_code");
    REQUIRE(agent.box->markFailed(claimed.clientFilingId, "portal.422").ok());
    const auto retry = agent.box->scheduleRetry(claimed.clientFilingId, agent.now, "network.timeout");
    REQUIRE_FALSE(retry.ok());
    CHECK(retry.error().code == "outbox.bad_transition");
    CHECK(agent.nothingToClaim());
}

TEST_CASE("status counts follow each filing's state") {
    Agent agent;
    for (int i = 0; i < 5; ++i) agent.submit();
    const auto a = agent.claim();
    const auto b = agent.claim();
    REQUIRE(agent.box->markDelivered(a.clientFilingId, {"MHS-1", "{}"}).ok());
    REQUIRE(agent.box->markFailed(b.clientFilingId, "portal.403").ok());
    const auto counts = agent.box->statusCounts();
    REQUIRE(counts.ok());
    CHECK(counts->pending == 3);
    CHECK(counts->delivered == 1);
    CHECK(counts->failed == 1);
}

TEST_CASE("the list shows newest first and pages through everything") {
    Agent agent;
    std::vector<std::string> refs;
    for (int i = 0; i < 5; ++i) refs.push_back(agent.submit());
    const auto page1 = agent.box->list(3, 0);
    const auto page2 = agent.box->list(3, 3);
    REQUIRE(page1.ok());
    REQUIRE(page2.ok());
    REQUIRE(page1->size() == 3);
    REQUIRE(page2->size() == 2);
    CHECK(page1->front().localReference == refs[4]);
    CHECK(page2->back().localReference == refs[0]);
    CHECK(page1->front().serviceCode == "1.001193");
    CHECK(page1->front().status == outbox::FilingStatus::Pending);
}

TEST_CASE("asking about a filing the kiosk never stored is a clear error") {
    Agent agent;
    const auto result = agent.box->markDelivered("00000000-0000-4000-8000-000000000000", {"MHS-1", "{}"});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == "outbox.not_found");
    CHECK(agent.box->decryptPayload("nope").error().code == "outbox.not_found");
}
