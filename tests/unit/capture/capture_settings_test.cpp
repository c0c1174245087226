// kiosk.toml [capture] and [document_scanner]: a wrong backend, a missing or relative path, a resolution the MRZ
// cannot survive are each reported at their key; good tables come through typed.
#include <doctest/doctest.h>

#include <fstream>

#include "integration/scanners/run_program.hpp"
#include "kiosk/config/config.hpp"
#include "support/paths.hpp"

using namespace kiosk;

namespace {

// The shipped config with `table` appended to kiosk.toml.
Result<config::Config, config::ConfigErrors> loadWithCapture(const std::string& table) {
    test::TempDir dir("capture-settings");
    std::filesystem::copy(test::shippedConfig(), dir.path(), std::filesystem::copy_options::recursive);
    std::ofstream(dir.path() / "kiosk.toml", std::ios::app) << "\n" << table;
    auto loaded = config::loadConfig(dir.path());
    if (!loaded) {
        for (const auto& e : loaded.error()) MESSAGE(e.format());
    }
    return loaded;
}

// The one error the table caused.
config::ConfigError onlyError(const std::string& table) {
    auto loaded = loadWithCapture(table);
    REQUIRE_FALSE(loaded.ok());
    REQUIRE(loaded.error().size() == 1);
    return loaded.error().front();
}

}  // namespace

TEST_CASE("without [capture] the kiosk has no device and recognises a USB QR reader") {
    auto loaded = loadWithCapture("");
    REQUIRE(loaded.ok());
    CHECK(loaded->kiosk.capture.backend == config::CaptureBackend::None);
    CHECK(loaded->kiosk.capture.keyboardQr);
    CHECK(loaded->kiosk.capture.preview);
}

TEST_CASE("each backend is read with its settings and defaults") {
    auto file = loadWithCapture("[capture]\nbackend = \"file\"\npath = \"/srv/cards\"\nkeyboard_qr = false\n");
    REQUIRE(file.ok());
    CHECK(file->kiosk.capture.backend == config::CaptureBackend::File);
    CHECK(file->kiosk.capture.path == "/srv/cards");
    CHECK_FALSE(file->kiosk.capture.keyboardQr);

    auto camera = loadWithCapture("[capture]\nbackend = \"v4l2\"\nwidth = 2592\nheight = 1944\n");
    REQUIRE(camera.ok());
    CHECK(camera->kiosk.capture.backend == config::CaptureBackend::V4l2);
    CHECK(camera->kiosk.capture.path == "/dev/video0");
    CHECK(camera->kiosk.capture.width == 2592);
    CHECK(camera->kiosk.capture.preview);  // a camera shows a live picture unless told not to

    auto noPreview = loadWithCapture("[capture]\nbackend = \"v4l2\"\npreview = false\n");
    REQUIRE(noPreview.ok());
    CHECK_FALSE(noPreview->kiosk.capture.preview);

    auto scanner = loadWithCapture("[capture]\nbackend = \"sane\"\ndpi = 600\n");
    REQUIRE(scanner.ok());
    CHECK(scanner->kiosk.capture.backend == config::CaptureBackend::Sane);
    CHECK(scanner->kiosk.capture.dpi == 600);
}

TEST_CASE("bad [capture] values are errors at their key") {
    const auto backend = onlyError("[capture]\nbackend = \"webcam\"\n");
    CHECK(backend.keyPath == "capture.backend");
    CHECK(backend.file == "kiosk.toml");
    CHECK(backend.line > 0);

    const auto noPath = onlyError("[capture]\nbackend = \"file\"\n");
    CHECK(noPath.keyPath == "capture.path");
    CHECK(noPath.code == "config.missing_key");

    const auto relative = onlyError("[capture]\nbackend = \"file\"\npath = \"cards\"\n");
    CHECK(relative.keyPath == "capture.path");
    CHECK(relative.code == "config.bad_value");

    const auto dpi = onlyError("[capture]\nbackend = \"sane\"\ndpi = 72\n");
    CHECK(dpi.keyPath == "capture.dpi");
    CHECK(dpi.code == "config.out_of_range");
    CHECK(dpi.hint.find("MRZ") != std::string::npos);

    const auto unknown = onlyError("[capture]\nbackend = \"v4l2\"\ndevice = \"/dev/video1\"\n");
    CHECK(unknown.code == "config.unknown_key");

    const auto type = onlyError("[capture]\nkeyboard_qr = \"yes\"\n");
    CHECK(type.keyPath == "capture.keyboard_qr");

    const auto preview = onlyError("[capture]\nbackend = \"v4l2\"\npreview = 1\n");
    CHECK(preview.keyPath == "capture.preview");
    CHECK(preview.code == "config.wrong_type");
}

TEST_CASE("[document_scanner] gives the document slots a device of their own; without it they use [capture]") {
    auto none = loadWithCapture("");
    REQUIRE(none.ok());
    CHECK_FALSE(none->kiosk.documentScanner.has_value());

    auto desk = loadWithCapture("[capture]\nbackend = \"v4l2\"\n[document_scanner]\nbackend = \"sane\"\ndpi = 200\n");
    REQUIRE(desk.ok());
    REQUIRE(desk->kiosk.documentScanner.has_value());
    CHECK(desk->kiosk.documentScanner->backend == config::CaptureBackend::Sane);
    CHECK(desk->kiosk.documentScanner->path.empty());  // the first scanner SANE finds
    CHECK(desk->kiosk.documentScanner->dpi == 200);
    CHECK(desk->kiosk.capture.backend == config::CaptureBackend::V4l2);

    CHECK(onlyError("[document_scanner]\npath = \"test:0\"\n").keyPath == "document_scanner.backend");
    CHECK(onlyError("[document_scanner]\nbackend = \"none\"\n").keyPath == "document_scanner.backend");
    CHECK(onlyError("[document_scanner]\nbackend = \"sane\"\npreview = false\n").keyPath == "document_scanner.preview");
}
