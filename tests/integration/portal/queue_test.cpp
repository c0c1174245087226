// The desk's queue (docs/portal-api.md §4.14): every kiosk of the commune draws from one sequence
// per service group and day, a ticket is issued exactly once per Idempotency-Key, "waiting"
// counts the tickets before it nobody has called, and only staff call the next one.
#include <doctest/doctest.h>

#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using nlohmann::json;

TEST_CASE("two kiosks share one sequence per group; a repeated key gets the same ticket") {
    TempDir dir("portal-queue");
    PortalProcess portal(dir.path() / "data", {"--enroll", "KIOSK-A", "--enroll", "KIOSK-B"});
    KioskClient a(dir.path() / "data", "KIOSK-A", portal.url());
    KioskClient b(dir.path() / "data", "KIOSK-B", portal.url());
    const StaffClient staff = staffClient(dir.path() / "data", portal.url());

    const Reply first = a.post("/queues/ho-tich/tickets", "{}", "ticket-a-1");
    REQUIRE_MESSAGE(first.status == 201, first.body);
    CHECK(first.json()["number"] == 1);
    CHECK(first.json()["group"] == "ho-tich");
    CHECK(first.json()["waiting"] == 0);
    CHECK(first.json()["issued_at"].get<std::string>().ends_with("+07:00"));
    const Reply second = b.post("/queues/ho-tich/tickets", "{}", "ticket-b-1");
    CHECK(second.json()["number"] == 2);
    CHECK(second.json()["waiting"] == 1);
    // The kiosk lost the answer and asks again with the same key: the same ticket, no new number.
    const Reply again = a.post("/queues/ho-tich/tickets", "{}", "ticket-a-1");
    CHECK(again.status == 201);
    CHECK(again.body == first.body);
    CHECK(again.header("idempotent-replayed") == "true");
    const Reply third = a.post("/queues/ho-tich/tickets", "{}", "ticket-a-2");
    CHECK(third.json()["number"] == 3);
    CHECK(third.json()["waiting"] == 2);
    // Another group has its own sequence.
    CHECK(b.post("/queues/chung-thuc/tickets", "{}", "ticket-b-2").json()["number"] == 1);

    // Staff call the next: number 1; a ticket taken then has one fewer before it.
    const Reply called = staff.post("/queues/ho-tich/next", "{}");
    REQUIRE(called.status == 200);
    CHECK(called.json()["number"] == 1);
    CHECK(b.post("/queues/ho-tich/tickets", "{}", "ticket-b-3").json()["waiting"] == 2);
    CHECK(staff.post("/queues/chung-thuc/next", "{}").json()["number"] == 1);
    const Reply empty = staff.post("/queues/chung-thuc/next", "{}");
    CHECK(empty.status == 404);
    CHECK(portal.stop() == 0);
}

TEST_CASE("a ticket needs a key and a proper group; only staff call the next") {
    TempDir dir("portal-queue-bad");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    CHECK(kiosk.post("/queues/ho-tich/tickets", "{}", "").status == 400);
    const Reply badGroup = kiosk.post("/queues/Ho_Tich/tickets", "{}", "ticket-1");
    CHECK(badGroup.status == 400);
    CHECK(badGroup.json()["code"] == "bad_request");
    CHECK(kiosk.post("/queues/ho-tich/next", "{}", "next-1").status == 403);
    CHECK(portal.stop() == 0);
}
