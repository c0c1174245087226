// "Tra cứu hồ sơ" end to end with the real reference portal on loopback and the real kiosk-sync:
// the look-up code the portal issues in its signed acknowledgement reaches the kiosk's outbox;
// a mã hồ sơ alone shows the status word and the due date, the look-up code (typed, or the
// receipt's QR read by the scanner) shows the staff's note and the history; five wrong codes
// make the kiosk wait, with a plain message saying how long, and the next citizen meets the same
// wait; and the fee shows "chưa xác nhận" until the portal confirms the bank's transfer, then
// the bank's reference and time. Every widget is found by its ID.
#include <doctest/doctest.h>

#include <imgui.h>

#include <nlohmann/json.hpp>

#include "kiosk/base/lookup_secret.hpp"
#include "kiosk/config/config.hpp"
#include "kiosk_client.hpp"
#include "outbox_status.hpp"
#include "support/paths.hpp"
#include "support/ui_driver.hpp"
#include "sync_harness.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

std::string vi(const UiDriver& ui, const std::string& key) { return ui.session().config->locales.vi.at(key); }

std::shared_ptr<const config::Config> shippedKioskConfig() {
    auto loaded = config::loadConfig(shippedConfig());
    if (!loaded) FAIL("the shipped config does not load");
    return std::make_shared<const config::Config>(std::move(loaded.value()));
}

std::string portalFilingId(const std::filesystem::path& portalData, const std::string& clientFilingId) {
    for (const auto& line : exportFilings(portalData)) {
        const auto row = nlohmann::json::parse(line);
        if (row["client_filing_id"] == clientFilingId) return row["filing_id"];
    }
    FAIL("the portal has no such filing");
    return {};
}

// One filing delivered by kiosk-sync to the portal, where staff asked for a supplement and a
// fee; the kiosk's own outbox (as the kiosk opens it) and status port over the same files.
struct Commune {
    TempDir dir{"ui-lookup-portal"};
    std::filesystem::path portalData = dir.path() / "portal";
    PortalProcess portal{portalData};
    SyncKiosk sync{portalData};
    Enqueued filing = sync.enqueue(1, 1, 1000, 8000).front();
    std::string filingId;
    std::string maHoSo;
    std::string secret;
    std::shared_ptr<const config::Config> config = shippedKioskConfig();
    std::unique_ptr<outbox::Outbox> box;
    std::unique_ptr<OutboxStatusSource> status;

    Commune() {
        REQUIRE(sync.run({"--drain"}) == 0);
        filingId = portalFilingId(portalData, filing.clientFilingId);
        const StaffClient staff = staffClient(portalData, portal.url());
        REQUIRE(staff.post("/filings/" + filingId + "/actions", R"({"action":"accept"})").status == 201);
        REQUIRE(staff
                    .post("/filings/" + filingId + "/actions",
                          R"({"action":"request_supplement","note":"Mang bản chính giấy chứng sinh"})")
                    .status == 201);
        auto opened = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(sync.dataDir(), config->kiosk.kioskId));
        REQUIRE(opened.ok());
        box = std::move(*opened);
        REQUIRE(box->requestPayment(filing.localReference).ok());  // the fee screen's VietQR
        REQUIRE(sync.run({"--once"}) == 0);
        status = std::make_unique<OutboxStatusSource>(*box);
        const auto view = box->statusOf(filing.localReference);
        REQUIRE(view.ok());
        REQUIRE(view->has_value());
        maHoSo = (*view)->maHoSo;
        secret = (*view)->lookupSecret;  // what the receipt printed
        REQUIRE(secret.size() == kLookupSecretLength);
    }
};

void lookUp(UiDriver& ui, const std::string& code) {
    ui.frame();
    if (ui.session().screen != core::Screen::Home) ui.click("nav.back");
    ui.click("home.lookup");
    ui.fill("lookup.code", code);
    ui.click("lookup.search");
}

void prove(UiDriver& ui, const std::string& secret) {
    ui.fill("lookup.secret", secret);
    ui.click("lookup.prove");
}

std::string wrongSecret(const std::string& secret) {
    std::string wrong = secret;
    wrong[0] = wrong[0] == '3' ? '4' : '3';
    return wrong;
}

}  // namespace

TEST_CASE("a mã hồ sơ alone shows the status and due date; the look-up code shows the note and history") {
    Commune c;
    UiDriver ui(c.config, *c.box);
    ui.app().setStatusSource(c.status.get());
    lookUp(ui, c.maHoSo);
    INFO(ui.dump());
    CHECK(ui.label("lookup.found") == "Hồ sơ " + c.maHoSo);
    CHECK(ui.label("lookup.result") == vi(ui, "status.code_5"));
    CHECK(ui.has("lookup.due"));
    for (const char* hidden : {"lookup.note", "lookup.history.0", "lookup.supplement", "lookup.fee"}) {
        CAPTURE(hidden);
        CHECK_FALSE(ui.has(hidden));
    }
    CHECK(ui.label("lookup.more_intro") == vi(ui, "lookup.more_intro"));

    prove(ui, c.secret);
    CHECK(ui.label("lookup.note") == "Mang bản chính giấy chứng sinh");
    CHECK(ui.label("lookup.history.2").find("Mang bản chính giấy chứng sinh") != std::string::npos);
    CHECK_FALSE(ui.has("lookup.secret"));
    // The fee: a VietQR was shown but the bank has not confirmed, so it is not called paid.
    std::string unconfirmed = vi(ui, "receipt.fee_unconfirmed");
    unconfirmed.replace(unconfirmed.find("{amount}"), 8, "8.000");
    CHECK(ui.label("lookup.fee") == unconfirmed);

    // The next citizen sees nothing of it.
    ui.click("nav.back");
    ui.click("home.lookup");
    CHECK_FALSE(ui.has("lookup.result"));
    CHECK(ui.session().lookupSecret.empty());
}

TEST_CASE("the receipt's QR, read by the scanner on the look-up screen, opens the details at once") {
    Commune c;
    UiDriver ui(c.config, *c.box);
    ui.app().setStatusSource(c.status.get());
    ui.frame();
    ui.click("home.lookup");
    // A USB QR reader "types" the receipt's QR a few characters a frame, then Enter.
    const std::string payload = c.maHoSo + "#" + c.secret;
    for (size_t i = 0; i < payload.size(); i += 3) {
        ImGui::GetIO().AddInputCharactersUTF8(payload.substr(i, 3).c_str());
        ui.frame();
    }
    ui.app().noteEnter();
    ui.frame();
    ui.frame();
    INFO(ui.dump());
    CHECK(ui.label("lookup.note") == "Mang bản chính giấy chứng sinh");
    CHECK(ui.label("lookup.found") == "Hồ sơ " + c.maHoSo);  // the code alone, not the secret
}

TEST_CASE("five wrong look-up codes make the kiosk wait a minute, for the next citizen too") {
    Commune c;
    UiDriver ui(c.config, *c.box);
    ui.app().setStatusSource(c.status.get());
    lookUp(ui, c.maHoSo);
    for (int i = 1; i <= 4; ++i) {
        prove(ui, wrongSecret(c.secret));
        CHECK(ui.label("lookup.proof_refused") == vi(ui, "lookup.secret_wrong"));
    }
    prove(ui, wrongSecret(c.secret));
    const std::string waitMessage =
        "Đã nhập sai mã tra cứu nhiều lần. Máy tạm ngừng kiểm tra mã: vui lòng chờ 1 phút rồi "
        "nhập lại, hoặc hỏi cán bộ ở quầy.";
    CHECK(ui.label("lookup.proof_refused") == waitMessage);
    CHECK_FALSE(ui.has("lookup.note"));

    // A new session (the citizen leaves), 30 s later: the right code is still not checked.
    ui.click("nav.back");
    ui.wait(std::chrono::seconds(30));
    lookUp(ui, c.maHoSo);
    prove(ui, c.secret);
    // About half a minute is left (the taps to get here took a few frames); the message says it.
    const auto left = ui.session().lookupWait.count();
    CHECK(left > 20);
    CHECK(left <= 30);
    CHECK(ui.label("lookup.proof_refused").find("chờ " + std::to_string(left) + " giây") != std::string::npos);
    CHECK_FALSE(ui.has("lookup.note"));
    ui.wait(std::chrono::seconds(31));
    prove(ui, c.secret);
    INFO(ui.dump());
    CHECK(ui.label("lookup.note") == "Mang bản chính giấy chứng sinh");
}

TEST_CASE("the fee shows as paid only once the portal confirms it, with the bank's reference and time") {
    Commune c;
    const auto pending = (*c.box->statusOf(c.filing.localReference))->payment;
    REQUIRE(pending.state == outbox::PaymentState::Pending);
    const StaffClient staff = staffClient(c.portalData, c.portal.url());
    REQUIRE(
        staff
            .post("/_sim/payment-intents/" + pending.paymentIntentId + "/paid", R"({"bank_reference":"FT25319000777"})")
            .status == 200);

    UiDriver ui(c.config, *c.box);
    ui.app().setStatusSource(c.status.get());
    lookUp(ui, c.maHoSo);
    prove(ui, c.secret);
    CHECK(ui.label("lookup.fee").find("chưa xác nhận") != std::string::npos);  // kiosk-sync has not polled yet

    REQUIRE(c.sync.run({"--once"}) == 0);
    const auto paid = (*c.box->statusOf(c.filing.localReference))->payment;
    REQUIRE(paid.state == outbox::PaymentState::Paid);
    lookUp(ui, c.maHoSo);
    prove(ui, c.secret);
    INFO(ui.dump());
    const std::string fee = ui.label("lookup.fee");
    CHECK(fee.find("Lệ phí: 8.000 đồng, đã nộp.") == 0);
    CHECK(fee.find("mã giao dịch FT25319000777") != std::string::npos);
    CHECK(fee.find(paid.paidAt.substr(11, 5)) != std::string::npos);  // the time the portal confirmed it
    CHECK(fee.find("chưa xác nhận") == std::string::npos);
}
