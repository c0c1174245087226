// The cheap calls a kiosk makes all day: the HEAD preflight (captive-portal detection, clock and
// limits) and the heartbeat, whose reply carries the portal's pacing policy (portal-integration.md §3.3).
#include <doctest/doctest.h>

#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using nlohmann::json;

TEST_CASE("the preflight answers 204 with the API version, the part limit and a Date") {
    TempDir dir("portal-health-head");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const Reply reply = httpsRequest(kiosk.identity(), "HEAD", portal.url() + "/filings");
    CHECK(reply.status == 204);
    CHECK(reply.header("x-portal-api-version") == "1");
    CHECK(reply.header("x-max-part-bytes") == "20971520");
    CHECK(reply.header("date").ends_with(" GMT"));
}

TEST_CASE("a signed heartbeat gets the retry and polling policy back") {
    TempDir dir("portal-health-beat");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const json beat{{"software_version", "0.1.0"}, {"outbox_depth", 3}, {"oldest_pending_age_s", 120},
                    {"disk_free_mb", 5000}, {"printer", "ok"}};
    const Reply reply = kiosk.put("/kiosks/KIOSK-DEMO-01/heartbeat", beat.dump(), "application/json");
    REQUIRE(reply.status == 200);
    const json policy = reply.json();
    CHECK(policy["min_poll_interval_s"].get<int>() > 0);
    CHECK(policy["retry"]["base_ms"].get<int>() > 0);
    CHECK(policy["retry"]["cap_ms"].get<int>() >= policy["retry"]["base_ms"].get<int>());
    CHECK(policy["server_time"].get<std::string>().ends_with("+07:00"));
}

TEST_CASE("a heartbeat with wrong types, or for another kiosk, is refused") {
    TempDir dir("portal-health-bad");
    PortalProcess portal(dir.path() / "data", {"--enroll", "KIOSK-A", "--enroll", "KIOSK-B"});
    KioskClient a(dir.path() / "data", "KIOSK-A", portal.url());
    const Reply typed = a.put("/kiosks/KIOSK-A/heartbeat", R"({"outbox_depth":"three"})", "application/json");
    CHECK(typed.status == 400);
    CHECK(typed.json()["errors"][0]["pointer"] == "/outbox_depth");
    CHECK(a.put("/kiosks/KIOSK-B/heartbeat", "{}", "application/json").status == 403);
}
