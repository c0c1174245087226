// The identity step's live camera picture in the real kiosk UI (headless ImGui frames): the file
// capture backend stands in for a camera, the texture port is a recorder. Frames of preview size
// keep coming while the step is on screen, are uploaded only when new, stop while a picture is
// taken, and stop and are wiped when the citizen leaves the step. A scanner gets words instead
// of a picture, and a missing camera is told plainly while typing still works.
#include <doctest/doctest.h>

#include <thread>

#include "integration/scanners/run_program.hpp"
#include "support/recording_texture.hpp"
#include "ui/headless/birth_flow.hpp"
#include "ui/headless/card_camera.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using core::Screen;

namespace {

// Draws frames in real time (the preview thread runs on the clock) for `duration`; returns how many.
int drawFor(test::UiDriver& ui, std::chrono::milliseconds duration) {
    const auto end = std::chrono::steady_clock::now() + duration;
    int frames = 0;
    while (std::chrono::steady_clock::now() < end) {
        ui.frame();
        ++frames;
        std::this_thread::sleep_for(5ms);
    }
    return frames;
}

// Draws frames until the recorder has more than `uploads` uploads (at most 5 s).
void untilUploadsPass(test::UiDriver& ui, const test::RecordingTexture& texture, int uploads) {
    for (int i = 0; i < 500 && texture.uploads <= uploads; ++i) {
        ui.frame();
        std::this_thread::sleep_for(10ms);
    }
    INFO(ui.dump());
    REQUIRE(texture.uploads > uploads);
}

config::CaptureSettings cameraFolder(const test::TempDir& dir) {
    return test::cardCamera(dir, 77, scanners::CardType::Cccd2021).capture;
}

}  // namespace

TEST_CASE("the identity step shows the camera's live picture while it is on screen, and wipes it on leaving") {
    test::TempDir dir("ui-identity-preview");
    test::MemoryFilingStore store;
    test::RecordingTexture texture;
    test::UiDriver ui(test::shippedConfigWithCapture(cameraFolder(dir)), store);
    ui.app().setPreviewTexture(&texture);
    ui.frame();
    CHECK(texture.uploads == 0);  // the home screen: no camera
    CHECK_FALSE(ui.app().previewStreaming());
    test::toBirthIdentityStep(ui);

    untilUploadsPass(ui, texture, 0);
    ui.frame();
    // Preview size: the card photo shrunk to fit 640x480, its shape kept.
    CHECK(texture.width <= 640);
    CHECK(texture.height <= 480);
    CHECK((texture.width == 640 || texture.height == 480));
    const double mean = texture.meanLevel();
    CHECK(mean > 20);
    CHECK(mean < 235);
    const auto* preview = ui.find("identity.scan.preview");
    REQUIRE(preview);
    CHECK(preview->label == "Đặt thẻ vào khung");
    const float drawnAspect = (preview->max.x - preview->min.x) / (preview->max.y - preview->min.y);
    CHECK(drawnAspect == doctest::Approx(static_cast<double>(texture.width) / texture.height).epsilon(0.01));
    CHECK(ui.label("identity.scan.picture") == "Mặt trước thẻ");  // the side to show, beside it
    CHECK(ui.app().previewStreaming());
    CHECK(ui.app().nextWakeup().has_value());  // the runner draws again for the next frame

    // Frames keep coming (about ten a second), and only new ones are uploaded.
    const int before = texture.uploads;
    const int frames = drawFor(ui, 800ms);
    const int uploaded = texture.uploads - before;
    CHECK(uploaded >= 4);
    CHECK(uploaded < frames);

    // Taking the still: the preview lets the device go and is wiped; it comes back for the back.
    ui.click("identity.scan.take");
    ui.frame();
    CHECK(texture.clears >= 1);
    CHECK(texture.pixels.empty());
    for (int i = 0; i < 500 && !(ui.has("identity.scan.take") && ui.label("identity.scan.take") == "Chụp mặt sau"); ++i) {
        ui.frame();
        std::this_thread::sleep_for(10ms);
    }
    REQUIRE(ui.label("identity.scan.picture") == "Mặt sau thẻ");
    untilUploadsPass(ui, texture, texture.uploads);
    CHECK(texture.width <= 640);

    // Leaving the step: the stream stops, the texture is wiped, no frame comes any more.
    const int clears = texture.clears;
    ui.click("nav.back");
    ui.frame();
    REQUIRE(ui.session().screen != Screen::Identity);
    CHECK(texture.clears == clears + 1);
    CHECK(texture.pixels.empty());
    CHECK(texture.width == 0);
    const int stopped = texture.uploads;
    drawFor(ui, 400ms);
    CHECK(texture.uploads == stopped);
    CHECK_FALSE(ui.app().previewStreaming());  // the stream closed its source and wiped its frames
    CHECK(ui.duplicateIds().empty());
}

TEST_CASE("the idle warning covers the step: the camera stops until the citizen is back") {
    test::TempDir dir("ui-identity-preview-idle");
    test::MemoryFilingStore store;
    test::RecordingTexture texture;
    test::UiDriver ui(test::shippedConfigWithCapture(cameraFolder(dir)), store);
    ui.app().setPreviewTexture(&texture);
    test::toBirthIdentityStep(ui);
    untilUploadsPass(ui, texture, 0);
    for (int i = 0; i < 60 && !ui.has("idle.more_time"); ++i) ui.wait(5s);  // nobody touches the kiosk
    REQUIRE(ui.has("idle.more_time"));
    CHECK(texture.pixels.empty());  // a card left in view is not shown to whoever walks up
    drawFor(ui, 300ms);
    CHECK_FALSE(ui.app().previewStreaming());
    ui.click("idle.more_time");
    REQUIRE(ui.session().screen == Screen::Identity);
    untilUploadsPass(ui, texture, texture.uploads);
    CHECK(ui.app().previewStreaming());
}

TEST_CASE("a scanner has no live picture: the citizen is told to lay the card on the glass") {
    config::CaptureSettings capture;
    capture.backend = config::CaptureBackend::Sane;
    capture.path = "nosuchbackend:0";
    test::MemoryFilingStore store;
    test::RecordingTexture texture;
    test::UiDriver ui(test::shippedConfigWithCapture(capture), store);
    ui.app().setPreviewTexture(&texture);
    test::toBirthIdentityStep(ui);
    drawFor(ui, 200ms);
    CHECK(ui.label("identity.scan.instruction").find("mặt kính máy quét") != std::string::npos);
    CHECK(ui.label("identity.scan.take") == "Quét mặt trước");
    CHECK_FALSE(ui.has("identity.scan.preview"));
    CHECK(ui.has("identity.scan.picture"));
    CHECK(texture.uploads == 0);
    CHECK_FALSE(ui.app().previewStreaming());
}

TEST_CASE("a camera that is not plugged in is told in place of the picture, and typing still works") {
    config::CaptureSettings capture;
    capture.backend = config::CaptureBackend::V4l2;
    capture.path = "/dev/video99";
    test::MemoryFilingStore store;
    test::RecordingTexture texture;
    test::UiDriver ui(test::shippedConfigWithCapture(capture), store);
    ui.app().setPreviewTexture(&texture);
    test::toBirthIdentityStep(ui);
    for (int i = 0; i < 300 && !ui.has("identity.scan.preview_error"); ++i) {
        ui.frame();
        std::this_thread::sleep_for(10ms);
    }
    INFO(ui.dump());
    REQUIRE(ui.has("identity.scan.preview_error"));
    CHECK(ui.label("identity.scan.preview_error").find("Không tìm thấy máy ảnh") != std::string::npos);
    CHECK(texture.uploads == 0);
    ui.fill("identity.id_number", "066190001234");
    CHECK(ui.label("identity.id_number") == "066190001234");
}
