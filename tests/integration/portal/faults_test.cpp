// kiosk-sync is tested against a portal that fails on purpose (design.md, "Tests"); these tests
// pin what each --faults kind looks like from the kiosk's side, and that a commit followed by a
// dropped connection is recovered by an idempotent retry rather than a second filing.
#include <doctest/doctest.h>
#include <sys/wait.h>

#include <cstdlib>

#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using nlohmann::json;

TEST_CASE("error500 answers 500 internal_error, retryable, and stores nothing") {
    TempDir dir("portal-fault-500");
    PortalProcess portal(dir.path() / "data", {"--faults", "error500=1"});
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const SyntheticFiling filing = makeFiling(801);
    const Reply reply = kiosk.post("/filings", filing.text(), filing.clientFilingId);
    CHECK(reply.status == 500);
    CHECK(reply.json()["code"] == "internal_error");
    CHECK(reply.json()["retryable"] == true);
    portal.stop();
    CHECK(exportFilings(dir.path() / "data").empty());
}

TEST_CASE("drop closes the connection without any answer and stores nothing") {
    TempDir dir("portal-fault-drop");
    PortalProcess portal(dir.path() / "data", {"--faults", "drop=1"});
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const SyntheticFiling filing = makeFiling(802);
    const Reply reply = kiosk.post("/filings", filing.text(), filing.clientFilingId);
    CHECK(reply.curl != CURLE_OK);
    CHECK(reply.status == 0);
    portal.stop();
    CHECK(exportFilings(dir.path() / "data").empty());
}

TEST_CASE("reset_after_commit stores the filing, drops the answer, and the retry is replayed") {
    TempDir dir("portal-fault-reset");
    const auto data = dir.path() / "data";
    const SyntheticFiling filing = makeFiling(803);
    {
        PortalProcess portal(data, {"--faults", "reset_after_commit=1"});
        KioskClient kiosk(data, "KIOSK-DEMO-01", portal.url());
        const Reply lost = kiosk.post("/filings", filing.text(), filing.clientFilingId);
        CHECK(lost.curl != CURLE_OK);
        CHECK(lost.status == 0);
    }
    const auto stored = exportFilings(data);
    REQUIRE(stored.size() == 1);
    const std::string maHoSo = json::parse(stored[0])["ma_ho_so"];

    PortalProcess portal(data);
    KioskClient kiosk(data, "KIOSK-DEMO-01", portal.url());
    const Reply retry = kiosk.post("/filings", filing.text(), filing.clientFilingId);
    CHECK(retry.status == 201);
    CHECK(retry.header("idempotent-replayed") == "true");
    CHECK(retry.json()["ma_ho_so"] == maHoSo);
    portal.stop();
    CHECK(exportFilings(data).size() == 1);
}

TEST_CASE("overload answers 503 with a Retry-After of 1-5 seconds") {
    TempDir dir("portal-fault-overload");
    PortalProcess portal(dir.path() / "data", {"--faults", "overload=1"});
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const Reply reply = kiosk.get("/kiosks/KIOSK-DEMO-01/filings/changes");
    CHECK(reply.status == 503);
    CHECK(reply.json()["code"] == "overloaded");
    const int retryAfter = std::stoi(reply.header("retry-after"));
    CHECK(retryAfter >= 1);
    CHECK(retryAfter <= 5);
}

TEST_CASE("captive answers 200 with an HTML page, which a kiosk must not take for success") {
    TempDir dir("portal-fault-captive");
    PortalProcess portal(dir.path() / "data", {"--faults", "captive=1"});
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const SyntheticFiling filing = makeFiling(804);
    const Reply reply = kiosk.post("/filings", filing.text(), filing.clientFilingId);
    CHECK(reply.status == 200);
    CHECK(reply.header("content-type").starts_with("text/html"));
    CHECK(reply.json().is_null());
}

TEST_CASE("delay_ms holds kiosk requests long enough for a short client timeout to expire") {
    TempDir dir("portal-fault-delay");
    PortalProcess portal(dir.path() / "data", {"--faults", "delay_ms=3000-3000"});
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const Reply hurried = httpsRequest(kiosk.identity(), "HEAD", portal.url() + "/filings", {}, {}, 1000);
    CHECK(hurried.curl == CURLE_OPERATION_TIMEDOUT);
    const Reply patient = httpsRequest(kiosk.identity(), "HEAD", portal.url() + "/filings");
    CHECK(patient.status == 204);
}

TEST_CASE("faults never disturb staff requests") {
    TempDir dir("portal-fault-staff");
    PortalProcess portal(dir.path() / "data", {"--faults", "error500=1,drop=1,overload=1,captive=1"});
    const StaffClient staff = staffClient(dir.path() / "data", portal.url());
    CHECK(staff.get("/filings").status == 200);
}

TEST_CASE("a bad --faults specification stops the portal with a usage message") {
    TempDir dir("portal-fault-usage");
    const std::string command = std::string(KIOSK_PORTAL_BIN) + " --listen 127.0.0.1:0 --data '" +
                                dir.path().string() + "' --faults drop=2 2>/dev/null";
    const int status = std::system(command.c_str());
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 2);
}
