// "Tra cứu hồ sơ" without the look-up code: the applicant's own card, read through the file
// capture backend on the look-up screen, shows the filing's details; another person's card does
// not, and says so plainly. The cards are generated at test time.
#include <doctest/doctest.h>

#include <thread>

#include "support/ui_driver.hpp"
#include "ui/headless/card_camera.hpp"
#include "ui/headless/status_fixture.hpp"

using namespace kiosk;
using namespace kiosk::test;
using namespace std::chrono_literals;

namespace {

constexpr const char* kMaHoSo = "000.00.00.H66-251124-0007";

std::string vi(const UiDriver& ui, const std::string& key) { return ui.session().config->locales.vi.at(key); }

// A filing whose applicant is `idNumber`, delivered and asked for a supplement by staff.
std::string storeFilingOf(StatusFixture& f, const std::string& idNumber) {
    core::Filing filing{
        "thu-phi-mau", "9.000001", {{"ho_ten", "Lê Thị Hoa"}, {"anh_giay_to_mau", "ban_chinh_tai_quay"}}, {}, 10000, 0};
    filing.applicantIdNumber = idNumber;
    auto stored = f.box->submit(filing);
    REQUIRE(stored.ok());
    f.deliver(stored->localReference, kMaHoSo, "K7M3PX");
    f.event(stored->localReference, 1, "request_supplement", "supplement_requested", 5, "Bản chính giấy chứng sinh");
    return stored->localReference;
}

std::shared_ptr<const config::Config> withCamera(const StatusFixture& f, const CardCamera& camera) {
    auto copy = std::make_shared<config::Config>(*f.config);
    copy->kiosk.capture = camera.capture;
    return copy;
}

// Draws frames (real time passes for the scan worker) until `id` is on screen.
void framesUntil(UiDriver& ui, std::string_view id, std::string_view label = {}) {
    for (int frame = 0; frame < 3000; ++frame) {
        ui.frame();
        if (ui.has(id) && (label.empty() || ui.label(id) == label)) return;
        std::this_thread::sleep_for(20ms);
    }
    INFO(ui.dump());
    FAIL("never appeared: " << id);
}

// Home -> "Tra cứu hồ sơ" -> the mã hồ sơ alone -> both sides of the card read below it; the
// card is checked as soon as it is read, with no further tap.
void lookUpAndReadCard(UiDriver& ui) {
    ui.frame();
    ui.click("home.lookup");
    ui.fill("lookup.code", kMaHoSo);
    ui.click("lookup.search");
    CHECK(ui.label("lookup.result") == "Cần bổ sung giấy tờ");
    CHECK_FALSE(ui.has("lookup.note"));
    CHECK(ui.label("lookup.more_desk") == vi(ui, "lookup.more_card"));
    ui.click("identity.scan.take");
    framesUntil(ui, "identity.scan.take", "Chụp mặt sau");
    ui.click("identity.scan.take");
    for (int frame = 0; frame < 3000 && ui.session().lookupRefusal == core::ProofRefusal::None &&
                        ui.session().lookupProof == core::OwnerProof::None;
         ++frame) {
        ui.frame();
        std::this_thread::sleep_for(20ms);
    }
    ui.frame();
}

}  // namespace

TEST_CASE("the applicant's card, read on the look-up screen, shows the filing's details") {
    TempDir dir("ui-lookup-card");
    const CardCamera camera = cardCamera(dir, 2031, scanners::CardType::Cccd2021);
    StatusFixture f;
    storeFilingOf(f, camera.person.idNumber);
    UiDriver ui(withCamera(f, camera), *f.box);
    ui.app().setStatusSource(f.status.get());

    lookUpAndReadCard(ui);
    INFO(ui.dump());
    // What the card says is the proof, not shown: the filing's details are.
    CHECK_FALSE(ui.has("identity.scan.read.full_name"));
    CHECK(ui.label("lookup.note") == "Bản chính giấy chứng sinh");
    CHECK(ui.has("lookup.supplement_start"));
    CHECK(ui.has("lookup.history.0"));
    CHECK(ui.session().lookupProof == core::OwnerProof::IdCard);

    // Leaving the look-up forgets the proof and what the card said: the next citizen starts over.
    ui.click("nav.back");
    CHECK(ui.session().lookupProof == core::OwnerProof::None);
    CHECK_FALSE(ui.session().lookupResult.has_value());
    CHECK(ui.session().identity.idNumber.value.empty());
}

TEST_CASE("someone else's card shows nothing more and says it is not the applicant's") {
    TempDir dir("ui-lookup-other-card");
    const CardCamera camera = cardCamera(dir, 2032, scanners::CardType::CanCuoc2024);
    StatusFixture f;
    const std::string other = camera.person.idNumber == "001190012345" ? "001190054321" : "001190012345";
    storeFilingOf(f, other);
    UiDriver ui(withCamera(f, camera), *f.box);
    ui.app().setStatusSource(f.status.get());

    lookUpAndReadCard(ui);
    INFO(ui.dump());
    CHECK(ui.label("lookup.proof_refused") == vi(ui, "lookup.card_wrong"));
    CHECK_FALSE(ui.has("lookup.note"));
    CHECK_FALSE(ui.has("lookup.history.0"));
    CHECK(ui.session().lookupProof == core::OwnerProof::None);
    CHECK(ui.label("identity.scan.take") == "Chụp mặt trước");  // the right card can be read next
}
