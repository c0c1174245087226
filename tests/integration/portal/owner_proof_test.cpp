// The filing's look-up code and the proof of ownership at the portal (docs/portal-api.md §4.5,
// §4.6): the signed acknowledgement carries the code, replays carry the same one, the portal keeps
// no copy of it, a read without proof gives only the status word and the due date, wrong codes
// are throttled per kiosk, and the bank's reference comes back with a paid fee (§4.8).
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

#include "kiosk/base/lookup_secret.hpp"
#include "portal_process.hpp"
#include "synthetic_filing.hpp"

using namespace kiosk::test;
using nlohmann::json;

namespace {

// Whether portal.db or its write-ahead log holds `text` in the clear.
bool portalDatabaseHolds(const std::filesystem::path& data, const std::string& text) {
    for (const char* name : {"portal.db", "portal.db-wal"}) {
        std::ifstream in(data / name, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (bytes.find(text) != std::string::npos) return true;
    }
    return false;
}

// A code of the alphabet that is not `code`.
std::string otherCode(const std::string& code) {
    std::string other = code;
    other[0] = other[0] == '3' ? '4' : '3';
    return other;
}

}  // namespace

TEST_CASE("the signed acknowledgement carries a look-up code, replays carry the same, and the portal keeps none") {
    TempDir dir("portal-proof-code");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const SyntheticFiling filing = makeFiling(1301, 1);
    const Delivered delivered = deliverFiling(kiosk, filing);
    const std::string code = delivered.lookupCode;
    REQUIRE(code.size() == kiosk::kLookupSecretLength);
    CHECK(kiosk::readLookupSecret(code) == code);

    const std::string path = "/filings/" + delivered.filingId + "/submit";
    const Reply sameKey = kiosk.post(path, "{}", filing.clientFilingId + ":submit");  // from the idempotency store
    CHECK(sameKey.header("idempotent-replayed") == "true");
    CHECK(sameKey.body == delivered.receipt.body);
    const Reply otherKey = kiosk.post(path, "{}", filing.clientFilingId + ":again");  // from the filing itself
    CHECK(otherKey.body == delivered.receipt.body);
    CHECK(otherKey.header("signature") == delivered.receipt.header("signature"));

    // Another filing gets another code.
    const Delivered second = deliverFiling(kiosk, makeFiling(1302, 1));
    CHECK(second.lookupCode != code);
    CHECK(portal.stop() == 0);
    CHECK_FALSE(portalDatabaseHolds(dir.path() / "data", code));
    CHECK_FALSE(portalDatabaseHolds(dir.path() / "data", second.lookupCode));
    CHECK(std::filesystem::status(dir.path() / "data" / "lookup-code.key").permissions() ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
}

TEST_CASE("without a proof a read gives the status word and the due date; with one, everything") {
    TempDir dir("portal-proof-read");
    PortalProcess portal(dir.path() / "data", {"--enroll", "KIOSK-A", "--enroll", "KIOSK-B"});
    KioskClient a(dir.path() / "data", "KIOSK-A", portal.url());
    KioskClient b(dir.path() / "data", "KIOSK-B", portal.url());
    const SyntheticFiling filing = makeFiling(1303, 1);
    const Delivered delivered = deliverFiling(a, filing);
    const StaffClient staff = staffClient(dir.path() / "data", portal.url());
    REQUIRE(staff
                .post("/filings/" + delivered.filingId + "/actions",
                      R"({"action":"request_supplement","note":"Mang bản sao giấy chứng sinh"})")
                .status == 201);
    const std::string filingPath = "/filings/" + delivered.filingId;

    const json bare = a.get(filingPath).json();
    CHECK(bare["status"] == "supplement_requested");
    CHECK(bare["trang_thai_ho_so"] == 5);
    CHECK_FALSE(bare["due_at"].is_null());
    CHECK(bare.size() == 5);  // filing_id, ma_ho_so, status, trang_thai_ho_so, due_at: nothing else
    const Reply events = a.get(filingPath + "/events");
    CHECK(events.status == 403);
    CHECK(events.json()["code"] == "owner_proof_required");

    const json full = a.get(filingPath, delivered.proof()).json();
    CHECK(full.contains("documents"));
    CHECK(full.contains("payments"));
    const json history = a.get(filingPath + "/events", delivered.proof()).json();
    REQUIRE(history["events"].size() == 2);
    CHECK(history["events"][1]["note"] == "Mang bản sao giấy chứng sinh");

    // Another kiosk: absent without a proof (ids cannot be probed), readable with one.
    CHECK(b.get(filingPath).status == 404);
    CHECK(b.get(filingPath, delivered.proof()).json().contains("documents"));
    // The applicant's ID number read from their card proves it too; another number does not.
    const std::string idNumber = filing.body["applicant"]["id_number"];
    CHECK(b.get(filingPath + "/events", {{"Applicant-Id-Number", idNumber}}).status == 200);
    const Reply wrongCard = b.get(filingPath + "/events", {{"Applicant-Id-Number", "079300000000"}});
    CHECK(wrongCard.status == 403);
    CHECK(wrongCard.json()["code"] == "owner_proof_wrong");
    CHECK(portal.stop() == 0);
}

TEST_CASE("five wrong look-up codes from one kiosk stop the portal checking its codes; other kiosks are not held") {
    TempDir dir("portal-proof-throttle");
    PortalProcess portal(dir.path() / "data", {"--enroll", "KIOSK-A", "--enroll", "KIOSK-B"});
    KioskClient a(dir.path() / "data", "KIOSK-A", portal.url());
    KioskClient b(dir.path() / "data", "KIOSK-B", portal.url());
    const Delivered delivered = deliverFiling(a, makeFiling(1304, 1));
    const std::string filingPath = "/filings/" + delivered.filingId;
    const HeaderList wrong{{"Lookup-Code", otherCode(delivered.lookupCode)}};
    for (int i = 1; i <= 4; ++i) {
        const Reply refused = a.get(filingPath, wrong);
        CHECK(refused.status == 403);
        CHECK(refused.json()["code"] == "owner_proof_wrong");
    }
    const Reply fifth = a.get(filingPath, wrong);
    CHECK(fifth.status == 429);
    CHECK(fifth.json()["code"] == "too_many_attempts");
    CHECK(fifth.header("retry-after") == "60");
    // Throttled, even the right code is not checked from this kiosk ...
    const Reply right = a.get(filingPath, delivered.proof());
    CHECK(right.status == 429);
    CHECK(std::stoi(right.header("retry-after")) <= 60);
    // ... but another kiosk is not held by it.
    CHECK(b.get(filingPath, delivered.proof()).status == 200);
    CHECK(portal.stop() == 0);
}

TEST_CASE("a paid fee comes back with the bank's reference and time") {
    TempDir dir("portal-proof-bank");
    PortalProcess portal(dir.path() / "data");
    KioskClient kiosk(dir.path() / "data", "KIOSK-DEMO-01", portal.url());
    const StaffClient staff = staffClient(dir.path() / "data", portal.url());
    const Delivered delivered = deliverFiling(kiosk, makeFiling(1305, 0, 8000));
    const std::string id =
        kiosk.post("/filings/" + delivered.filingId + "/payment-intents", "{}", "pay-1305").json()["payment_intent_id"];
    const json pending = kiosk.get("/payment-intents/" + id).json();
    CHECK(pending["bank_reference"].is_null());
    CHECK(pending["paid_at"].is_null());
    CHECK(staff.post("/_sim/payment-intents/" + id + "/paid", R"({"bank_reference":"bad ref!"})").status == 400);
    CHECK(staff.post("/_sim/payment-intents/" + id + "/paid", R"({"bank_reference":"FT25319000123"})").status == 200);
    const json paid = kiosk.get("/payment-intents/" + id).json();
    CHECK(paid["status"] == "paid");
    CHECK(paid["bank_reference"] == "FT25319000123");
    CHECK_FALSE(paid["paid_at"].is_null());
    CHECK(portal.stop() == 0);
}
