// "Quét căn cước" in the real kiosk UI (headless ImGui frames): a card generated at test time
// is read through the file capture backend, off the UI thread, shown for confirmation and
// pre-fills the applicant of a birth registration. Also: a USB QR reader typing the payload,
// and an unplugged camera that leaves the citizen typing.
#include <doctest/doctest.h>

#include <thread>

#include "integration/scanners/run_program.hpp"
#include "ui/headless/birth_flow.hpp"
#include "ui/headless/card_camera.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using core::Screen;

namespace {

// Draws frames (real time passes for the worker) until `id` is on screen; returns how many.
int framesUntil(test::UiDriver& ui, std::string_view id, std::string_view label = {}) {
    int frames = 0;
    for (; frames < 3000; ++frames) {
        ui.frame();
        if (ui.has(id) && (label.empty() || ui.label(id) == label)) return frames;
        std::this_thread::sleep_for(20ms);
    }
    INFO(ui.dump());
    FAIL("never appeared: " << id);
    return frames;
}

}  // namespace

TEST_CASE("a scanned card pre-fills a birth registration's applicant (file capture backend)") {
    test::TempDir dir("ui-identity-scan");
    const test::CardCamera camera = test::cardCamera(dir, 2024, scanners::CardType::CanCuoc2024);
    const auto& person = camera.person;
    test::MemoryFilingStore store;
    test::UiDriver ui(test::shippedConfigWithCapture(camera.capture), store);
    test::toBirthIdentityStep(ui);

    CHECK(ui.label("identity.scan.title") == "Quét căn cước");
    CHECK(ui.label("identity.scan.picture") == "Mặt trước thẻ");
    ui.click("identity.scan.take");
    framesUntil(ui, "identity.scan.take", "Chụp mặt sau");
    CHECK(ui.label("identity.scan.picture") == "Mặt sau thẻ");
    ui.click("identity.scan.take");
    // Reading takes about a second; the UI keeps drawing frames, with the progress bar shown.
    ui.frame();
    CHECK(ui.has("identity.scan.progress"));
    const int frames = framesUntil(ui, "identity.scan.use");
    CHECK(frames > 3);

    CHECK(ui.label("identity.scan.read.full_name") == person.fullName);
    CHECK(ui.label("identity.scan.read.id_number") == person.idNumber);
    CHECK(ui.label("identity.scan.read.dob") == scanners::formatDate(person.dob));
    CHECK(ui.label("identity.scan.read.issue_place") == "Bộ Công an");
    ui.click("identity.scan.use");
    CHECK(ui.label("identity.full_name") == person.fullName);
    CHECK(ui.label("identity.id_number") == person.idNumber);
    CHECK(ui.find("identity.card_type.can_cuoc_2024")->checked);
    CHECK(ui.label("identity.scan.picture") == "Mặt trước thẻ");  // ready for the next card

    ui.click("nav.continue");
    INFO(ui.dump());
    REQUIRE(ui.session().screen == Screen::Page);
    CHECK(ui.label("field.ho_ten") == person.fullName);
    const auto& answers = ui.session().answers;
    CHECK(answers.at("ho_ten") == person.fullName);
    CHECK(answers.at("so_dinh_danh") == person.idNumber);
    CHECK(answers.at("ngay_cap") == scanners::formatDate(person.issueDate));
    CHECK(answers.at("noi_cap") == "Bộ Công an");
    CHECK(ui.session().identity.fullName.source == scanners::FieldSource::Qr);
    CHECK(ui.duplicateIds().empty());
}

TEST_CASE("a USB QR reader typing the card's payload into a box fills every identity box") {
    test::MemoryFilingStore store;
    test::UiDriver ui(test::shippedConfigOrFail(), store);
    test::toBirthIdentityStep(ui);
    CHECK_FALSE(ui.has("identity.scan.title"));  // no camera or scanner configured
    ui.click("identity.full_name");
    ui.type("066190001234||Lê Thị Hoa|12051990|Nữ|Thôn 1, Xã Hòa Phú, Đắk Lắk|15072024\n");
    ui.frame();
    CHECK(ui.label("identity.full_name") == "Lê Thị Hoa");
    CHECK(ui.label("identity.id_number") == "066190001234");
    CHECK(ui.label("identity.dob") == "12/05/1990");
    CHECK(ui.label("identity.issue_date") == "15/07/2024");
    CHECK(ui.find("identity.sex.nu")->checked);
}

TEST_CASE("an unplugged camera is told plainly and the citizen types instead") {
    config::CaptureSettings capture;
    capture.backend = config::CaptureBackend::V4l2;
    capture.path = "/dev/video-kiosk-test-unplugged";
    test::MemoryFilingStore store;
    test::UiDriver ui(test::shippedConfigWithCapture(capture), store);
    test::toBirthIdentityStep(ui);
    ui.click("identity.scan.take");
    framesUntil(ui, "identity.scan.error");
    CHECK(ui.label("identity.scan.error").find("Không tìm thấy máy ảnh") != std::string::npos);
    ui.fill("identity.id_number", "066190001234");
    CHECK(ui.label("identity.id_number") == "066190001234");
    ui.click("identity.scan.again");
    CHECK(ui.has("identity.scan.take"));
}
