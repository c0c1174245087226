// The capture backends against what is really on this machine: files and folders, a camera
// device that is not there, and a SANE scanner (SANE's own "test" backend, a real SANE device
// that needs no hardware) or none at all.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include "integration/scanners/run_program.hpp"
#include "kiosk/capture/source.hpp"

using namespace kiosk;

namespace {

void writeText(const std::filesystem::path& path, const std::string& text) { std::ofstream(path) << text; }

std::string pictureText(const capture::Picture& p) { return std::string(p.begin(), p.end()); }

// SANE reads its backend list from $SANE_CONFIG_DIR/dll.conf at each sane_init, but looks the
// variable up only once per process: one folder for the program, its dll.conf per test.
void useSaneBackends(const std::string& backends) {
    static test::TempDir dir("capture-sane");
    writeText(dir.path() / "dll.conf", backends);
    setenv("SANE_CONFIG_DIR", dir.path().c_str(), 1);
}

bool plainVietnamese(const Error& e) {
    return e.message.find("nhập thông tin bằng tay") != std::string::npos;
}

}  // namespace

TEST_CASE("a folder gives its images in name order, then starts again; other files are skipped") {
    test::TempDir dir("capture-folder");
    writeText(dir.path() / "b-back.jpg", "BACK");
    writeText(dir.path() / "a-front.png", "FRONT");
    writeText(dir.path() / "notes.txt", "not an image");
    auto source = capture::makeFileSource(dir.path().string());
    CHECK(pictureText(source->take().value()) == "FRONT");
    CHECK(pictureText(source->take().value()) == "BACK");
    CHECK(pictureText(source->take().value()) == "FRONT");

    auto single = capture::makeFileSource((dir.path() / "b-back.jpg").string());
    CHECK(pictureText(single->take().value()) == "BACK");
    CHECK(pictureText(single->take().value()) == "BACK");
}

TEST_CASE("an empty folder or a missing path is a plain 'no images' error") {
    test::TempDir dir("capture-empty");
    for (const auto& path : {dir.path(), dir.path() / "missing"}) {
        auto taken = capture::makeFileSource(path.string())->take();
        REQUIRE_FALSE(taken.ok());
        CHECK(taken.error().code == "capture.no_images");
        CHECK(plainVietnamese(taken.error()));
    }
}

TEST_CASE("a camera that is not plugged in, or a device that is no camera, is reported plainly") {
    for (const char* device : {"/dev/video-kiosk-test-missing", "/dev/null"}) {
        CAPTURE(device);
        auto taken = capture::makeV4l2Source(device, 1920, 1080)->take();
        REQUIRE_FALSE(taken.ok());
        CHECK(taken.error().code == "capture.no_device");
        CHECK(taken.error().message.find("máy ảnh") != std::string::npos);
        CHECK(plainVietnamese(taken.error()));
    }
}

TEST_CASE("no scanner at all, or a named scanner that is not there, is reported plainly") {
    useSaneBackends("");
    for (const char* device : {"", "nosuchbackend:0"}) {
        CAPTURE(device);
        auto taken = capture::makeSaneSource(device, 300)->take();
        REQUIRE_FALSE(taken.ok());
        CHECK(taken.error().code == "capture.no_device");
        CHECK(taken.error().message.find("máy quét") != std::string::npos);
        CHECK(plainVietnamese(taken.error()));
    }
}

TEST_CASE("a SANE scanner's page comes back as a PNM picture") {
    useSaneBackends("test\n");
    auto taken = capture::makeSaneSource("", 150)->take();
    REQUIRE(taken.ok());
    const std::string head = pictureText(*taken).substr(0, 2);
    CHECK((head == "P5" || head == "P6"));
    CHECK(taken->size() > 1000);
}

TEST_CASE("raw pixels become a PNM header and rows") {
    const unsigned char grey[] = {0, 128, 255, 7, 8, 9};
    const auto pnm = pictureText(capture::pnmPicture(3, 2, 1, grey));
    CHECK(pnm.starts_with("P5\n3 2\n255\n"));
    CHECK(pnm.size() == std::string("P5\n3 2\n255\n").size() + 6);
}
