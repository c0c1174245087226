// Help calls (docs/portal-api.md §4.15): a kiosk raises one when a citizen presses "Gọi cán bộ hỗ
// trợ"; staff list the open ones and answer them. A call sent twice (the network dropped the
// reply) is one call; a kiosk raises calls only for itself and cannot read or answer them.
#include <doctest/doctest.h>

#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using nlohmann::json;

namespace {

struct HelpDesk {
    TempDir dir{"portal-help"};
    PortalProcess portal{dir.path() / "data", {"--enroll", "KIOSK-A", "--enroll", "KIOSK-B"}};
    KioskClient a{dir.path() / "data", "KIOSK-A", portal.url()};
    KioskClient b{dir.path() / "data", "KIOSK-B", portal.url()};
    StaffClient staff = staffClient(dir.path() / "data", portal.url());

    static Reply raise(const KioskClient& kiosk, const std::string& callId, const std::string& screen) {
        const json body{{"client_call_id", callId}, {"screen", screen}, {"raised_at", "2026-12-07T10:15:00+07:00"}};
        return kiosk.post("/kiosks/" + kiosk.kioskId() + "/help-calls", body.dump(), callId);
    }
    json open() const {
        const Reply reply = staff.get("/help-calls");
        REQUIRE(reply.status == 200);
        return reply.json()["help_calls"];
    }
};

}  // namespace

TEST_CASE("a kiosk's help call reaches the staff list once, however often it is sent, until staff answer it") {
    HelpDesk d;
    CHECK(d.open().empty());
    const Reply first = HelpDesk::raise(d.a, "call-1", "form_page");
    REQUIRE(first.status == 201);
    CHECK(first.json()["state"] == "open");
    // The reply was lost, so the kiosk sends the same call again: the same answer, no second call.
    const Reply again = HelpDesk::raise(d.a, "call-1", "form_page");
    CHECK(again.status == 201);
    CHECK(again.json()["help_call_id"] == first.json()["help_call_id"]);
    REQUIRE(HelpDesk::raise(d.b, "call-1", "consent").status == 201);  // another kiosk's own id space

    json open = d.open();
    REQUIRE(open.size() == 2);
    CHECK(open[0]["kiosk_id"] == "KIOSK-A");
    CHECK(open[0]["screen"] == "form_page");
    CHECK(open[0]["raised_at"] == "2026-12-07T10:15:00+07:00");
    CHECK(open[1]["kiosk_id"] == "KIOSK-B");

    const std::string id = open[0]["help_call_id"];
    const Reply answered = d.staff.post("/help-calls/" + id + "/answer", "{}");
    REQUIRE(answered.status == 200);
    CHECK(answered.json()["state"] == "answered");
    CHECK(answered.json()["answered_by"] == "STAFF-DEMO-01");
    open = d.open();
    REQUIRE(open.size() == 1);
    CHECK(open[0]["kiosk_id"] == "KIOSK-B");
    CHECK(d.staff.get("/help-calls?state=all").json()["help_calls"].size() == 2);
    CHECK(d.staff.post("/help-calls/hc_nothing/answer", "{}").status == 404);
}

TEST_CASE("a help call with bad fields, for another kiosk, or read by a kiosk is refused") {
    HelpDesk d;
    Reply bad = HelpDesk::raise(d.a, "call-2", "Form Page!");
    CHECK(bad.status == 400);
    CHECK(bad.json()["errors"][0]["pointer"] == "/screen");
    const json noId{{"screen", "home"}};
    bad = d.a.post("/kiosks/KIOSK-A/help-calls", noId.dump(), "call-3");
    CHECK(bad.status == 400);
    CHECK(bad.json()["errors"][0]["pointer"] == "/client_call_id");
    const json mismatched{{"client_call_id", "call-4"}};
    CHECK(d.a.post("/kiosks/KIOSK-A/help-calls", mismatched.dump(), "call-5").json()["code"] ==
          "idempotency_key_mismatch");
    CHECK(d.a.post("/kiosks/KIOSK-B/help-calls", mismatched.dump(), "call-4").status == 403);
    CHECK(d.a.get("/help-calls").status == 403);
    CHECK(d.staff.get("/help-calls?state=maybe").status == 400);
    CHECK(d.open().empty());
}

TEST_CASE(
    "a filing staff helped with names the helper: channel kiosk_assisted and assisted_by, to staff and in the export") {
    HelpDesk d;
    SyntheticFiling assisted = makeFiling(1401, 1);
    assisted.body["channel"] = "kiosk_assisted";
    assisted.body["assisted_by"] = "CB-01";
    deliverFiling(d.a, assisted);
    const json queue = d.staff.get("/filings").json();
    REQUIRE(queue["filings"].size() == 1);
    CHECK(queue["filings"][0]["channel"] == "kiosk_assisted");
    CHECK(queue["filings"][0]["assisted_by"] == "CB-01");
    const auto lines = exportFilings(d.dir.path() / "data");
    REQUIRE(lines.size() == 1);
    const json exported = json::parse(lines[0]);
    CHECK(exported["channel"] == "kiosk_assisted");
    CHECK(exported["assisted_by"] == "CB-01");

    // A helper on a filing nobody helped with, a helped filing without one, an unknown channel.
    SyntheticFiling wrong = makeFiling(1402, 1);
    wrong.body["assisted_by"] = "CB-01";
    Reply reply = d.a.post("/filings", wrong.text(), wrong.clientFilingId);
    CHECK(reply.status == 400);
    CHECK(reply.json()["errors"][0]["pointer"] == "/assisted_by");
    wrong.body["channel"] = "kiosk_assisted";
    wrong.body.erase("assisted_by");
    CHECK(d.a.post("/filings", wrong.text(), wrong.clientFilingId).json()["errors"][0]["code"] == "required");
    wrong.body["channel"] = "phone";
    CHECK(d.a.post("/filings", wrong.text(), wrong.clientFilingId).json()["errors"][0]["pointer"] == "/channel");
    wrong.body["channel"] = "desk";
    wrong.body["assisted_by"] = "cb 01";
    CHECK(d.a.post("/filings", wrong.text(), wrong.clientFilingId).json()["errors"][0]["code"] == "bad_format");
}
