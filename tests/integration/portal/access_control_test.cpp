// Who may reach the portal is decided in the TLS handshake against the enrolled certificates: an
// unenrolled certificate from the portal's own CA, or a revoked one, gets no HTTP answer at all;
// `kiosk-portal --revoke` takes effect on the running portal within a second and survives a
// restart; the demo principals and the payment simulator exist only when asked for
// (docs/portal-api.md §2.1, §3).
#include <doctest/doctest.h>

#include <thread>

#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
namespace fs = std::filesystem;

namespace {

bool refusedInHandshake(const Reply& reply) { return reply.curl != CURLE_OK && reply.status == 0; }

}  // namespace

TEST_CASE("a certificate from the portal's CA that is not enrolled is refused in the handshake") {
    TempDir dir("portal-acl-unenrolled");
    const auto data = dir.path() / "data";
    {
        PortalProcess first(data, {"--enroll", "KIOSK-A", "--enroll", "KIOSK-GONE"}, 0, false);
    }
    fs::remove(data / "portal.db");  // the certificate stays on disk, its enrollment is gone
    fs::remove(data / "portal.db-wal");
    fs::remove(data / "portal.db-shm");
    PortalProcess portal(data, {"--enroll", "KIOSK-A"}, 0, false);
    const auto stranger = TlsIdentity::fromFolder(data / "enroll" / "KIOSK-GONE");
    CHECK(refusedInHandshake(httpsRequest(stranger, "HEAD", portal.url() + "/filings")));
    CHECK(portal.logShows("TLS handshake refused"));
    const auto enrolled = TlsIdentity::fromFolder(data / "enroll" / "KIOSK-A");
    CHECK(httpsRequest(enrolled, "HEAD", portal.url() + "/filings").status == 204);
}

TEST_CASE("--revoke ID refuses that kiosk within a second, others go on, and it survives a restart") {
    TempDir dir("portal-acl-revoke");
    const auto data = dir.path() / "data";
    const std::vector<std::string> kiosks{"--enroll", "KIOSK-A", "--enroll", "KIOSK-B", "--staff", "STAFF-1"};
    int port = 0;
    {
        PortalProcess portal(data, kiosks, 0, false);
        port = portal.port();
        KioskClient a(data, "KIOSK-A", portal.url());
        KioskClient b(data, "KIOSK-B", portal.url());
        const Delivered delivered = deliverFiling(a, makeFiling(7401, 1));

        CHECK(runPortalCommand(data, {"--revoke", "KIOSK-A"}) == 0);
        std::this_thread::sleep_for(std::chrono::seconds(1));
        CHECK(refusedInHandshake(a.get("/filings/" + delivered.filingId)));
        CHECK(b.get("/kiosks/KIOSK-B/filings/changes").status == 200);
        // What KIOSK-A filed before stays with the portal.
        CHECK(staffClient(data, portal.url(), "STAFF-1").get("/filings/" + delivered.filingId).status == 200);

        CHECK(runPortalCommand(data, {"--revoke", "STAFF-1"}) == 0);
        std::this_thread::sleep_for(std::chrono::seconds(1));
        CHECK(refusedInHandshake(staffClient(data, portal.url(), "STAFF-1").get("/filings")));
        // Nobody of that name (or nobody active any more): a clear error.
        CHECK(runPortalCommand(data, {"--revoke", "KIOSK-NOBODY"}) == 1);
        CHECK(runPortalCommand(data, {"--revoke", "KIOSK-A"}) == 1);
    }
    // Naming the kiosk again at start does not bring its certificate back.
    PortalProcess again(data, kiosks, port, false);
    CHECK(refusedInHandshake(KioskClient(data, "KIOSK-A", again.url()).get("/kiosks/KIOSK-A/filings/changes")));
    CHECK(KioskClient(data, "KIOSK-B", again.url()).get("/kiosks/KIOSK-B/filings/changes").status == 200);
}

TEST_CASE("without --demo and --simulate-payments there is no demo principal and no simulator") {
    TempDir dir("portal-acl-demo");
    const auto data = dir.path() / "data";
    PortalProcess portal(data, {"--enroll", "KIOSK-A", "--staff", "STAFF-1"}, 0, false);
    CHECK_FALSE(fs::exists(data / "enroll" / "KIOSK-DEMO-01"));
    CHECK_FALSE(fs::exists(data / "staff" / "STAFF-DEMO-01"));

    KioskClient kiosk(data, "KIOSK-A", portal.url());
    const Delivered delivered = deliverFiling(kiosk, makeFiling(7501, 1, 8000));
    const Reply intent = kiosk.post("/filings/" + delivered.filingId + "/payment-intents", "{}", "pay-7501");
    REQUIRE(intent.status == 201);
    const std::string id = intent.json()["payment_intent_id"];
    const Reply paid = staffClient(data, portal.url(), "STAFF-1").post("/_sim/payment-intents/" + id + "/paid", "{}");
    CHECK(paid.status == 404);
}
