// "Gọi cán bộ hỗ trợ" through the real kiosk-sync to the real portal on loopback: every call
// reaches the desk's list exactly once, through answers lost after the portal stored the call, 500s,
// a SIGKILL mid-request and a portal that is down; a call too old for anyone still to wait is
// dropped and logged, never sent.
#include <doctest/doctest.h>
#include <signal.h>

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>

#include "kiosk_client.hpp"
#include "sync_harness.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

// The portal's every help call (GET /help-calls?state=all), counted by client_call_id.
std::map<std::string, nlohmann::json> portalCalls(const std::filesystem::path& data, const std::string& url,
                                                  std::map<std::string, int>& seen) {
    const StaffClient staff = staffClient(data, url);
    const Reply reply = staff.get("/help-calls?state=all");
    REQUIRE(reply.status == 200);
    const auto listed = nlohmann::json::parse(reply.body);
    std::map<std::string, nlohmann::json> byId;
    for (const auto& call : listed.at("help_calls")) {
        const std::string id = call.at("client_call_id");
        ++seen[id];
        byId[id] = call;
    }
    return byId;
}

// Raises `count` calls through the kiosk's own Outbox (the kiosk id as its reference prefix).
std::vector<std::string> raise(const SyncKiosk& kiosk, int count, const std::string& screen,
                               std::function<outbox::Seconds()> clock = {}) {
    auto options = outbox::OutboxOptions::inDirectory(kiosk.dataDir(), kKioskId);
    options.clock = std::move(clock);
    auto box = outbox::Outbox::open(options);
    REQUIRE(box.ok());
    std::vector<std::string> ids;
    for (int i = 0; i < count; ++i) {
        auto id = (*box)->callStaff(screen);
        REQUIRE(id.ok());
        ids.push_back(*id);
    }
    return ids;
}

void checkEachOnce(const std::filesystem::path& data, const std::string& url, const std::vector<std::string>& ids,
                   const std::string& screen) {
    std::map<std::string, int> seen;
    const auto calls = portalCalls(data, url, seen);
    CHECK(calls.size() == ids.size());
    for (const auto& id : ids) {
        INFO("call " << id);
        REQUIRE(calls.count(id) == 1);
        CHECK(seen[id] == 1);
        CHECK(calls.at(id).at("kiosk_id") == kKioskId);
        CHECK(calls.at(id).at("screen") == screen);
        CHECK(calls.at(id).at("state") == "open");
        CHECK(calls.at(id).at("raised_at").get<std::string>().ends_with("+07:00"));
    }
}

}  // namespace

TEST_CASE("help calls reach the portal exactly once through lost answers and 500s") {
    TempDir dir("sync-help-faults");
    const auto data = dir.path() / "portal";
    PortalProcess portal(data, {"--faults", "reset_after_commit=0.4,error500=0.3"});
    SyncKiosk kiosk(data);
    const auto ids = raise(kiosk, 20, "form_page");
    auto args = fastRetry();
    args.push_back("--drain");
    REQUIRE(kiosk.run(args) == 0);
    INFO(kiosk.log());
    // The faults fired on the help calls themselves: some answers were lost after the portal
    // stored the call, and kiosk-sync sent those calls again under the same key.
    CHECK(portal.logShows("help-calls"));
    CHECK(portal.log().find("fault=reset_after_commit") != std::string::npos);
    CHECK(kiosk.log().find("help call not delivered yet, retrying") != std::string::npos);
    checkEachOnce(data, portal.url(), ids, "form_page");
    CHECK(kiosk.counts().helpCallsPending == 0);
}

TEST_CASE("a help call survives a SIGKILL mid-request and a portal outage, and arrives once") {
    TempDir dir("sync-help-kill");
    const auto data = dir.path() / "portal";
    std::optional<PortalProcess> portal;
    portal.emplace(data, std::vector<std::string>{"--faults", "delay_ms=1500-2000"});
    const int port = portal->port();
    SyncKiosk kiosk(data);
    const auto ids = raise(kiosk, 1, "check_answers");

    // Killed while the portal is still answering: the call may or may not be stored there.
    const pid_t first = kiosk.start(fastRetry());
    std::this_thread::sleep_for(std::chrono::milliseconds{700});
    CHECK(SyncKiosk::stop(first, SIGKILL) == 128 + SIGKILL);
    CHECK(kiosk.counts().helpCallsPending == 1);
    portal->stop();
    portal.reset();

    // The portal is gone: kiosk-sync keeps the call and retries.
    const pid_t second = kiosk.start(fastRetry());
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{10};
    while (kiosk.log().find("network.connect") == std::string::npos && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds{20});
    }
    CHECK(kiosk.log().find("network.connect") != std::string::npos);
    CHECK(kiosk.counts().helpCallsPending == 1);

    portal.emplace(data, std::vector<std::string>{}, port);
    CHECK(kiosk.waitDrained(std::chrono::seconds{30}));
    CHECK(SyncKiosk::stop(second, SIGTERM) == 0);
    INFO(kiosk.log());
    checkEachOnce(data, portal->url(), ids, "check_answers");
}

TEST_CASE("a help call older than 30 minutes is dropped and logged, never sent") {
    TempDir dir("sync-help-stale");
    const auto data = dir.path() / "portal";
    PortalProcess portal(data);
    SyncKiosk kiosk(data);
    const auto old = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()) -
                     std::chrono::minutes{31};
    raise(kiosk, 1, "identity", [old] { return old; });
    const auto fresh = raise(kiosk, 1, "home");
    REQUIRE(kiosk.run({"--drain"}) == 0);
    const std::string log = kiosk.log();
    INFO(log);
    CHECK(log.find("help call too old, dropped") != std::string::npos);
    CHECK(log.find("help call delivered") != std::string::npos);
    checkEachOnce(data, portal.url(), fresh, "home");
    CHECK(kiosk.counts().helpCallsPending == 0);
}
