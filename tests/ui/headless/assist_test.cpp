// A staff member helps a citizen at the kiosk (issue 14 item 2), driven by widget ID: the
// citizen starts a filing alone, staff open the staff screen over it (the hidden corner), sign
// in and join without losing an answer; every screen then names the helper, the physical
// keyboard works the screens (no keyboard on screen), and consent stays the citizen's own touch
// (the staff's Enter, Space and Tab cannot reach "Tôi đồng ý"). The filing goes through the
// kiosk's real outbox and kiosk-sync (a real process) to the reference portal on loopback,
// which keeps and exports channel kiosk_assisted and assisted_by. No card is read, so the
// helper types the identity after saying why ("Nhập tay"), and ticks that they saw a paper's
// original; the export shows originals_seen and the log the reason and the slot, never the
// data. The staff list and the audit log are the outbox's own (SQLite), and `kiosk-admin audit
// verify` passes the log afterwards.
#include <doctest/doctest.h>

#include <sstream>

#include <nlohmann/json.hpp>

#include "kiosk/admin/cli.hpp"
#include "kiosk/core/staff_pin.hpp"
#include "kiosk/core/staff_pin_hash.hpp"
#include "kiosk/outbox/audit_store.hpp"
#include "kiosk/outbox/staff_store.hpp"
#include "outbox_status.hpp"
#include "support/config_with_service.hpp"
#include "support/ui_driver.hpp"
#include "sync_harness.hpp"
#include "ui/headless/staff_entrance.hpp"

using namespace kiosk;
using namespace kiosk::test;
using core::Screen;

namespace {

// A procedure small enough to walk in a few steps: one page with a document slot, no fee.
constexpr const char* kAssistService = R"toml(
code = "9.000002"
name = { vi = "Thủ tục thử có cán bộ hỗ trợ", en = "Test procedure with staff help" }
category = "chung-thuc"
time_limit = { vi = "3 ngày làm việc", en = "3 working days" }
due_working_days = 3
delivery = "toan_trinh"

[[documents]]
id = "giay_to_mau"
name = { vi = "Giấy tờ mẫu", en = "Sample paper" }
required = true
scan = true

[[pages]]
id = "nguoi_yeu_cau"
title = { vi = "Thông tin của bạn", en = "About you" }

[[pages.fields]]
id = "ho_ten"
type = "text"
label = { vi = "Họ, chữ đệm và tên", en = "Full name" }
required = true
prefill = "full_name"

[[pages.fields]]
id = "so_dien_thoai"
type = "phone"
label = { vi = "Số điện thoại", en = "Phone number" }
required = false

[[pages.fields]]
id = "anh_giay_to_mau"
type = "document"
label = { vi = "Giấy tờ mẫu", en = "Sample paper" }
document = "giay_to_mau"
required = true
)toml";

void onScreen(UiDriver& ui, Screen screen) {
    ui.frame();
    INFO(ui.dump());
    REQUIRE(ui.session().screen == screen);
}

// The kiosk as main.cpp wires it: the outbox, its status cache, its staff list and audit log.
struct AssistKiosk {
    TempDir dir{"ui-assist"};
    PortalProcess portal{dir.path() / "portal"};
    SyncKiosk sync{dir.path() / "portal"};
    std::shared_ptr<const config::Config> config = configWithService(dir.path() / "kiosk-config", "ho-tro-mau.toml",
                                                                     kAssistService);
    std::unique_ptr<outbox::Outbox> box;
    std::unique_ptr<outbox::StaffStore> staff;
    std::unique_ptr<outbox::AuditStore> audit;
    std::unique_ptr<OutboxStatusSource> status;

    AssistKiosk() {
        auto opened = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(sync.dataDir(), config->kiosk.kioskId));
        REQUIRE(opened.ok());
        box = std::move(*opened);
        auto staffList = outbox::StaffStore::open(outbox::OutboxOptions::inDirectory(sync.dataDir(), ""));
        REQUIRE(staffList.ok());
        staff = std::move(*staffList);
        REQUIRE(staff->add(kStaffOperator, core::hashStaffPin(kStaffPin, core::kMinStaffPinIterations)).ok());
        auto log = outbox::AuditStore::open(outbox::OutboxOptions::inDirectory(sync.dataDir(), ""));
        REQUIRE(log.ok());
        audit = std::move(*log);
        status = std::make_unique<OutboxStatusSource>(*box);
    }
    void wire(UiDriver& ui) {
        ui.app().setStatusSource(status.get());
        ui.app().setStaffDirectory(staff.get());
        ui.app().setAuditLog(audit.get());
    }
    // `kiosk-admin audit verify` on the kiosk's data folder.
    nlohmann::json verifyAudit() {
        std::ostringstream out, err;
        const int code = admin::run({"--data", sync.dataDir().string(), "audit", "verify"}, out, err);
        INFO(err.str());
        CHECK(code == 0);
        return nlohmann::json::parse(out.str());
    }
    std::vector<std::string> auditEntries() {
        auto entries = audit->entries();
        REQUIRE(entries.ok());
        std::vector<std::string> out;
        for (const auto& e : *entries) {
            out.push_back(e.kind + " " + e.operatorId + " " + e.detail);
        }
        return out;
    }
};

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

TEST_CASE("staff join a citizen's filing, work it by keyboard, the citizen consents; the portal keeps kiosk_assisted") {
    AssistKiosk kiosk;
    UiDriver ui(kiosk.config, *kiosk.box);
    kiosk.wire(ui);

    // The citizen starts alone and types their name on the screen's keyboard.
    ui.click("home.start");
    ui.click("catalogue.service.ho-tro-mau");
    ui.click("service.start");
    onScreen(ui, Screen::Identity);
    ui.typeOnScreen("identity.full_name", "Lê Thị Hoa");
    REQUIRE(ui.session().identityInput.at("full_name") == "Lê Thị Hoa");
    CHECK_FALSE(ui.has("assist.banner"));
    CHECK_FALSE(ui.has("label.identity.typed_reason"));  // a citizen alone never sees "Nhập tay"

    // Staff come over: the hidden corner works over the citizen's filing too.
    openStaffEntrance(ui);
    signIn(ui, kStaffOperator, kStaffPin);
    REQUIRE(ui.session().staffOperator == kStaffOperator);
    CHECK(ui.has("staff.join_help"));
    ui.click("staff.join");
    onScreen(ui, Screen::Identity);
    CHECK(ui.session().identityInput.at("full_name") == "Lê Thị Hoa");  // nothing lost
    CHECK(ui.label("assist.banner") == "Cán bộ CB-01 đang hỗ trợ bạn");
    CHECK_FALSE(ui.has("toolbar.staff_corner"));  // nobody signs in over a helper

    // The staff member types on the physical keyboard: a box clicked takes it, no keys on screen.
    ui.click("identity.id_number");
    CHECK_FALSE(ui.has("kbd.done"));
    ui.type("066190001234");
    CHECK(ui.session().identityInput.at("id_number") == "066190001234");
    ui.pressKey(ImGuiKey_Enter);  // to the next box (the date of birth)
    ui.type("12051990");
    ui.click("identity.card_type.can_cuoc_2024");
    // No card was read: the helper must say why they typed it before the filing goes on.
    CHECK(ui.label("label.identity.typed_reason") == "Nhập tay (cán bộ): vì sao không đọc được thẻ?");
    ui.click("nav.continue");
    onScreen(ui, Screen::Identity);
    CHECK(ui.label("errors.typed_identity_reason") == "Cán bộ hãy chọn lý do nhập tay thông tin thẻ");
    ui.click("identity.typed_reason.card_unreadable");
    CHECK(ui.session().typedIdentityReason == "card_unreadable");
    ui.click("nav.continue");
    onScreen(ui, Screen::Page);
    CHECK(ui.label("assist.banner") == "Cán bộ CB-01 đang hỗ trợ bạn");
    CHECK(ui.label("field.ho_ten") == "Lê Thị Hoa");
    // The helper saw the paper's original at the kiosk; the citizen still hands it in at the desk.
    ui.click("field.anh_giay_to_mau.original.seen");
    CHECK(ui.find("field.anh_giay_to_mau.original.seen")->checked);
    ui.click("field.anh_giay_to_mau.at_desk");
    ui.pressKey(ImGuiKey_Enter);  // nothing highlighted: the page's main button
    onScreen(ui, Screen::CheckAnswers);
    ui.pressKey(ImGuiKey_Enter);
    onScreen(ui, Screen::Consent);

    // Consent: the screen says the staff cannot agree, and no key of theirs reaches the button.
    CHECK(ui.label("consent.by_touch").starts_with("Cán bộ CB-01 đang hỗ trợ, nhưng chỉ bạn mới được đồng ý"));
    ui.pressKey(ImGuiKey_Enter);  // nothing highlighted: for the keys this screen has no main button
    onScreen(ui, Screen::Consent);
    CHECK(ui.find("consent.yes")->touchOnly);
    // Shift+Tab from nothing reaches the last widget the keys may press: "Quay lại", drawn just
    // before "Tôi đồng ý", which Space then presses.
    ui.pressKey(ImGuiKey_Tab, true);
    ui.pressKey(ImGuiKey_Space);
    onScreen(ui, Screen::CheckAnswers);
    CHECK_FALSE(ui.session().consentGiven);
    CHECK(kiosk.box->statusCounts().value().pending == 0);
    ui.pressKey(ImGuiKey_Enter);
    onScreen(ui, Screen::Consent);
    ui.click("consent.yes");  // the citizen's own touch
    onScreen(ui, Screen::Send);
    ui.click("send.submit");
    onScreen(ui, Screen::Receipt);
    const std::string reference = ui.session().reference;
    CHECK(ui.label("assist.banner") == "Cán bộ CB-01 đang hỗ trợ bạn");

    // The session ends: the helper goes with it, and the next citizen starts alone.
    ui.click("receipt.done");
    ui.click("rating.skip");
    onScreen(ui, Screen::Home);
    CHECK_FALSE(ui.has("assist.banner"));
    CHECK(ui.session().assistedBy.empty());
    CHECK(ui.session().staffOperator.empty());
    ui.click("home.start");
    ui.click("catalogue.service.ho-tro-mau");
    ui.click("service.start");
    ui.click("identity.full_name");
    CHECK(ui.has("kbd.done"));  // the citizen's on-screen keyboard is back
    CHECK_FALSE(ui.has("assist.banner"));
    CHECK_FALSE(ui.has("label.identity.typed_reason"));

    // kiosk-sync delivers it; the portal keeps and exports the channel and the helper.
    REQUIRE(kiosk.sync.run({"--drain"}) == 0);
    const auto lines = exportFilings(kiosk.dir.path() / "portal");
    REQUIRE(lines.size() == 1);
    const auto line = nlohmann::json::parse(lines[0]);
    CHECK(line["client_filing_id"] == kiosk.box->findByReference(reference)->value().clientFilingId);
    CHECK(line["channel"] == "kiosk_assisted");
    CHECK(line["assisted_by"] == kStaffOperator);
    CHECK(line["originals_seen"] == nlohmann::json::array({"giay_to_mau"}));

    // Every staff action is in the audit log, which still verifies.
    const auto entries = kiosk.auditEntries();
    CHECK(contains(entries, "staff.sign_in CB-01 "));
    CHECK(contains(entries, "session.assist CB-01 join"));
    CHECK(contains(entries, "session.card_read_override CB-01 card_unreadable"));
    CHECK(contains(entries, "session.original_seen CB-01 giay_to_mau"));
    CHECK(contains(entries, "session.assist CB-01 submitted"));
    // The log says what staff did, never what they typed.
    for (const auto& entry : entries) CHECK(entry.find("066190001234") == std::string::npos);
    CHECK(contains(entries, "session.assist CB-01 leave"));
    CHECK(contains(entries, "staff.sign_out CB-01 "));
    const auto verdict = kiosk.verifyAudit();
    CHECK(verdict["intact"] == true);
    CHECK(verdict["entries"] == entries.size());
}

TEST_CASE("staff leave from the banner: the citizen goes on alone with every answer, the filing is kiosk") {
    AssistKiosk kiosk;
    UiDriver ui(kiosk.config, *kiosk.box);
    kiosk.wire(ui);
    ui.click("home.start");
    ui.click("catalogue.service.ho-tro-mau");
    ui.click("service.start");
    ui.typeOnScreen("identity.full_name", "Lê Thị Hoa");
    openStaffEntrance(ui);
    signIn(ui, kStaffOperator, kStaffPin);
    ui.click("staff.join");
    onScreen(ui, Screen::Identity);
    ui.click("assist.leave");
    onScreen(ui, Screen::Identity);
    CHECK_FALSE(ui.has("assist.banner"));
    CHECK(ui.session().staffOperator.empty());
    CHECK(ui.session().identityInput.at("full_name") == "Lê Thị Hoa");
    ui.click("identity.id_number");
    CHECK(ui.has("kbd.done"));
    const auto entries = kiosk.auditEntries();
    REQUIRE(entries.size() >= 2);
    CHECK(entries[entries.size() - 2] == "session.assist CB-01 leave");
    CHECK(entries.back() == "staff.sign_out CB-01 ");
    CHECK(kiosk.verifyAudit()["intact"] == true);
}
