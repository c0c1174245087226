// Who may talk to the portal is decided by mutual TLS: only certificates from the portal's CA
// get past the handshake, the certificate decides whether a caller is a kiosk or staff, and a
// kiosk only ever sees its own filings (docs/portal-api.md §2.1).
#include <doctest/doctest.h>

#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;

TEST_CASE("a connection without a client certificate gets no HTTP answer") {
    TempDir dir("portal-tls-nocert");
    PortalProcess portal(dir.path() / "data");
    TlsIdentity anonymous{dir.path() / "data" / "ca.pem", {}, {}};
    const Reply reply = httpsRequest(anonymous, "HEAD", portal.url() + "/filings");
    CHECK(reply.curl != CURLE_OK);
    CHECK(reply.status == 0);
}

TEST_CASE("a client certificate issued by another CA gets no HTTP answer") {
    TempDir dir("portal-tls-otherca");
    {
        PortalProcess other(dir.path() / "other");  // a second portal: its own CA and kiosk
    }
    PortalProcess portal(dir.path() / "data");
    const auto otherKiosk = dir.path() / "other" / "enroll" / "KIOSK-DEMO-01";
    TlsIdentity stranger{dir.path() / "data" / "ca.pem", otherKiosk / "client.pem",
                         otherKiosk / "client.key"};
    const Reply reply = httpsRequest(stranger, "HEAD", portal.url() + "/filings");
    CHECK(reply.curl != CURLE_OK);
    CHECK(reply.status == 0);

    const Reply own = httpsRequest(TlsIdentity::fromFolder(dir.path() / "data" / "enroll" / "KIOSK-DEMO-01"),
                                   "HEAD", portal.url() + "/filings");
    CHECK(own.status == 204);
}

TEST_CASE("a kiosk that trusts only another CA refuses the portal's server certificate") {
    TempDir dir("portal-tls-server");
    {
        PortalProcess other(dir.path() / "other");
    }
    PortalProcess portal(dir.path() / "data");
    auto identity = TlsIdentity::fromFolder(dir.path() / "data" / "enroll" / "KIOSK-DEMO-01");
    identity.caCert = dir.path() / "other" / "ca.pem";
    const Reply reply = httpsRequest(identity, "HEAD", portal.url() + "/filings");
    CHECK(reply.curl == CURLE_PEER_FAILED_VERIFICATION);
}

TEST_CASE("kiosk and staff certificates each reach only their own endpoints") {
    TempDir dir("portal-tls-roles");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const StaffClient staff = staffClient(dir.path() / "data", portal.url());

    const Reply kioskAsStaff = kiosk.get("/filings");
    CHECK(kioskAsStaff.status == 403);
    CHECK(kioskAsStaff.json()["code"] == "forbidden");
    const Reply staffAsKiosk = staff.post("/filings", makeFiling(601).text(),
                                          {{"Idempotency-Key", "x"}});
    CHECK(staffAsKiosk.status == 403);
    CHECK(staff.get("/filings").status == 200);
}

TEST_CASE("a kiosk cannot see another kiosk's filings or status feed") {
    TempDir dir("portal-tls-scope");
    PortalProcess portal(dir.path() / "data", {"--enroll", "KIOSK-A", "--enroll", "KIOSK-B"});
    KioskClient a(dir.path() / "data", "KIOSK-A", portal.url());
    KioskClient b(dir.path() / "data", "KIOSK-B", portal.url());
    const Delivered delivered = deliverFiling(a, makeFiling(602, 1));

    CHECK(a.get("/filings/" + delivered.filingId).status == 200);
    CHECK(b.get("/filings/" + delivered.filingId).status == 404);
    CHECK(b.get("/filings/" + delivered.filingId + "/events").status == 404);
    CHECK(b.get("/kiosks/KIOSK-A/filings/changes").status == 403);
    CHECK(b.post("/filings/" + delivered.filingId + "/submit", "{}", "k-1").status == 404);
}
