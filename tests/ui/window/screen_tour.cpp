// The walk screen_tour.sh replays on the real kiosk: the citizen path (the catalogue searched on
// the on-screen keys, then every screen and form page of a birth registration to its receipt),
// then the screens issue 10 changed (the hidden staff entrance and its calendar, look-up, the
// fee with the result sent by post, the receipt without paper, the rating after "Xong"), drawn headless first to record
// each press (UiDriver::recordTo) at the display size and in the mode asked for. Not a test: it only fails when a
// screen is not there. Environment: KIOSK_TOUR_OUT (folder for config/ and tour.txt), KIOSK_TOUR_SIZE ("1920x1080"),
// KIOSK_TOUR_MODE ("normal", "large" for ×1.5, "contrast").
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

#include "kiosk/core/staff_pin.hpp"
#include "kiosk/outbox/audit_store.hpp"
#include "kiosk/outbox/staff_store.hpp"
#include "support/ui_driver.hpp"
#include "ui/headless/birth_flow.hpp"
#include "ui/headless/fee_filing_walk.hpp"
#include "ui/headless/staff_entrance.hpp"
#include "ui/headless/status_fixture.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

std::string env(const char* name, const char* fallback) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? value : fallback;
}

// The fee procedure of the receipt tests on top of the shipped config.
std::shared_ptr<const config::Config> tourConfig(const std::filesystem::path& dir) {
    std::filesystem::remove_all(dir);
    return configWithService(dir, "thu-phi-mau.toml", std::string(kFeeService) + kPostDelivery);
}

// The display mode, set again whenever a session ended (each end resets it); taps only what is
// not yet on.
void applyMode(UiDriver& ui, const std::string& mode) {
    if (mode == "large") {
        for (int i = 0; i < 3 && ui.session().display.textScale != 1.5f; ++i) ui.click("toolbar.text_size");
        REQUIRE(ui.session().display.textScale == 1.5f);
    } else if (mode == "contrast" && !ui.session().display.highContrast) {
        ui.click("toolbar.contrast");
    }
}

// A filing the portal acknowledged with a look-up code and asked a supplement for, in the outbox
// in `dir`: the look-up screens show it before and after the code (the same in the headless walk
// and in the kiosk the walk is replayed on).
constexpr const char* kTourMaHoSo = "000.00.00.H66-261207-0001";
constexpr const char* kTourSecret = "K7M3PX";

void seedAcknowledgedFiling(const std::filesystem::path& dir, const config::Config& config) {
    auto box = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(dir, config.kiosk.kioskId));
    REQUIRE(box.ok());
    core::Filing filing{"thu-phi-mau", "9.000001", {{"ho_ten", "Lê Thị Hoa"}}, {}, 10000, 3};
    REQUIRE((*box)->submit(filing).ok());
    auto claimed = (*box)->claimNextPending();
    REQUIRE(claimed.ok());
    REQUIRE(claimed->has_value());
    const std::string id = (*claimed)->clientFilingId;
    outbox::PortalStatusUpdate ack;
    ack.clientFilingId = id;
    ack.portalFilingId = "f-tour";
    ack.status = "submitted";
    ack.dueAt = "2026-12-10T17:00:00+07:00";
    REQUIRE((*box)->markDelivered(id, {kTourMaHoSo, "{}", ack, kTourSecret}).ok());
    outbox::PortalStatusUpdate supplement = ack;
    supplement.seq = 1;
    supplement.at = "2026-12-08T09:30:00+07:00";
    supplement.action = "request_supplement";
    supplement.status = "supplement_requested";
    supplement.note = "Mang bản chính giấy tờ mẫu đến quầy";
    REQUIRE((*box)->applyStatusUpdates({supplement}).ok());
}

}  // namespace

TEST_CASE("screen tour") {
    const std::filesystem::path out = env("KIOSK_TOUR_OUT", "screen-tour");
    const std::string size = env("KIOSK_TOUR_SIZE", "1920x1080");
    const std::string mode = env("KIOSK_TOUR_MODE", "normal");
    const auto x = size.find('x');
    REQUIRE(x != std::string::npos);
    const ImVec2 display(std::stof(size.substr(0, x)), std::stof(size.substr(x + 1)));
    std::filesystem::create_directories(out);
    const auto config = tourConfig(out / "config");
    seedAcknowledgedFiling(out / "tour-data", *config);
    seedAcknowledgedFiling(out / "data", *config);  // the replayed kiosk's --data
    auto box = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(out / "tour-data", config->kiosk.kioskId));
    REQUIRE(box.ok());
    OutboxStatusSource status(**box);
    {
        // The citizen path first: the catalogue searched on the on-screen keys, then a whole
        // birth registration (errors and all), a shot at every screen and form page. The walk
        // checks what it stores in memory; the kiosk it is replayed on keeps it in its outbox.
        MemoryFilingStore store;
        UiDriver walk(config, store, display);
        walk.recordTo((out / "tour.txt").string());
        applyMode(walk, mode);
        walk.shot("home");
        walk.click("home.start");
        walk.shot("catalogue");
        walk.click("catalogue.search");
        walk.typeKeys("khai sinh");
        walk.shot("catalogue-search");
        walk.click("kbd.clear");
        walk.click("kbd.done");
        walk.click("nav.back");
        applyMode(walk, mode);
        walk.shotEachScreen("birth");
        registerBirth(walk, store);
    }
    // The staff member the walk signs in as, in the data folder the replaying kiosk opens too.
    const auto staffData = outbox::OutboxOptions::inDirectory(out / "data", "");
    auto staff = outbox::StaffStore::open(staffData);
    auto audit = outbox::AuditStore::open(staffData);
    REQUIRE((staff.ok() && audit.ok()));
    if (!(*staff)->pinHashOf(kStaffOperator)->has_value()) {
        REQUIRE((*staff)->add(kStaffOperator, core::hashStaffPin(kStaffPin)).ok());
    }
    UiDriver ui(config, **box, display);
    ui.app().setStatusSource(&status);
    ui.app().setStaffDirectory(staff->get());
    ui.app().setAuditLog(audit->get());
    ui.recordTo((out / "tour.txt").string(), true);

    applyMode(ui, mode);
    openStaffEntrance(ui);
    signIn(ui, kStaffOperator, kStaffPin);
    ui.shot("staff");
    ui.click("nav.back");
    ui.click("home.lookup");
    ui.fill("lookup.code", kTourMaHoSo);
    ui.click("lookup.search");
    ui.shot("lookup");
    ui.fill("lookup.secret", "K7M3P4");
    ui.click("lookup.prove");
    ui.shot("lookup-wrong-code");
    ui.fill("lookup.secret", kTourSecret);
    ui.click("lookup.prove");
    ui.shot("lookup-details");
    ui.click("nav.back");
    // The fee procedure with its result sent by post: the choice, the address typed on the
    // on-screen keys, and the fee with the post in it.
    ui.click("home.start");
    ui.click("catalogue.service.thu-phi-mau");
    ui.click("service.start");
    typeSampleIdentity(ui);
    ui.click("field.anh_giay_to_mau.at_desk");
    ui.click("nav.continue");
    ui.shot("check-delivery");
    ui.click("delivery.post");
    ui.typeOnScreen("delivery.address", "Thôn 3 Hòa Phú");
    ui.shot("check-post");
    ui.click("nav.continue");
    ui.click("consent.yes");
    ui.shot("send-post");
    ui.click("send.submit");
    ui.shot("payment");
    ui.click("payment.transferred");
    ui.shot("payment-waiting");
    ui.click("payment.at_desk");
    ui.shot("receipt");
    ui.click("receipt.done");
    ui.shot("rating");
    ui.click("rating.2");
    ui.click("rating.reason.cho_lau");
    ui.shot("rating-reasons");
    ui.click("rating.send");
    ui.shot("rating-thanks");
    ui.click("rating.done");
    ui.shot("home-after");
    std::filesystem::remove_all(out / "tour-data");
}
