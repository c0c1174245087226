// The live preview against what is on this machine: image files standing in for a camera, and
// camera devices that are not there (no V4L2 device exists here). Frames are small, keep coming
// while the stream runs, and are wiped when it stops.
#include <doctest/doctest.h>

#include <fstream>
#include <thread>

#include "integration/scanners/run_program.hpp"
#include "kiosk/capture/preview_stream.hpp"
#include "kiosk/capture/source.hpp"

using namespace kiosk;
using namespace std::chrono_literals;

namespace {

// A PNM image of one colour, `width` x `height`.
void writeImage(const std::filesystem::path& path, int width, int height, unsigned char r, unsigned char g, unsigned char b) {
    std::vector<unsigned char> rgb;
    for (int i = 0; i < width * height; ++i) rgb.insert(rgb.end(), {r, g, b});
    const auto pnm = capture::pnmPicture(width, height, 3, rgb.data());
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(pnm.data()), static_cast<std::streamsize>(pnm.size()));
}

struct Seen {
    uint64_t number = 0;
    int width = 0, height = 0;
    unsigned char r = 0, g = 0, b = 0;
};

// Waits up to 3 s for a frame newer than `after`.
Seen nextFrame(const capture::PreviewStream& stream, uint64_t after) {
    Seen seen;
    for (int i = 0; i < 300; ++i) {
        seen.number = stream.withNewFrame(after, [&](const capture::PreviewFrame& frame) {
            seen.width = frame.width;
            seen.height = frame.height;
            REQUIRE(frame.rgb.size() == static_cast<size_t>(frame.width * frame.height * 3));
            const size_t middle = (static_cast<size_t>(frame.height / 2) * static_cast<size_t>(frame.width) + static_cast<size_t>(frame.width / 2)) * 3;
            seen.r = frame.rgb[middle];
            seen.g = frame.rgb[middle + 1];
            seen.b = frame.rgb[middle + 2];
        });
        if (seen.number != after) return seen;
        std::this_thread::sleep_for(10ms);
    }
    FAIL("no new frame after " << after);
    return seen;
}

std::optional<Error> errorWithin(const capture::PreviewStream& stream, std::chrono::milliseconds timeout) {
    for (auto waited = 0ms; waited < timeout; waited += 10ms) {
        if (auto error = stream.error()) return error;
        std::this_thread::sleep_for(10ms);
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("a missing camera or a device that is no camera is a plain error, and the stream says so") {
    REQUIRE_FALSE(std::filesystem::exists("/dev/video99"));
    for (const char* device : {"/dev/video99", "/dev/null"}) {
        CAPTURE(device);
        auto source = capture::makeV4l2Preview(device);
        const auto opened = source->open();
        REQUIRE(opened);
        CHECK(opened->code == "capture.no_device");
        CHECK(opened->message.find("Không tìm thấy máy ảnh") != std::string::npos);
        CHECK(opened->message.find("nhập thông tin bằng tay") != std::string::npos);
        capture::PreviewFrame frame;
        CHECK(source->grab(frame, 0));  // never opened: still no camera, no crash
        source->close();
    }

    capture::PreviewStream stream(capture::makeV4l2Preview("/dev/video99"));
    CHECK(stream.stopped());
    stream.run(0);
    const auto error = errorWithin(stream, 2000ms);
    REQUIRE(error);
    CHECK(error->code == "capture.no_device");
    CHECK(stream.withNewFrame(0, [](const capture::PreviewFrame&) { FAIL("a frame from no camera"); }) == 0);
    stream.stop();
    CHECK(stream.waitStopped(1000ms));  // not stuck in the 2 s wait before trying again
    CHECK_FALSE(stream.error());
}

TEST_CASE("the file backend serves the asked side as frames no larger than 640x480, again and again") {
    test::TempDir dir("preview-files");
    writeImage(dir.path() / "1-front.ppm", 1280, 960, 200, 30, 30);
    writeImage(dir.path() / "2-back.ppm", 800, 600, 30, 30, 200);
    capture::PreviewStream stream(capture::makeFilePreview(dir.path().string()), 20ms);
    stream.run(0);
    const Seen first = nextFrame(stream, 0);
    CHECK(first.width == 640);
    CHECK(first.height == 480);
    CHECK(first.r == 200);
    CHECK(first.b == 30);
    const Seen later = nextFrame(stream, nextFrame(stream, first.number).number);
    CHECK(later.number > first.number + 1);

    stream.run(1);
    Seen back = nextFrame(stream, later.number);
    for (int i = 0; i < 5 && back.b != 200; ++i) back = nextFrame(stream, back.number);  // one front frame may be on its way
    CHECK(back.b == 200);
    CHECK(back.width == 640);
    CHECK(back.height == 480);
    CHECK(stream.heldBytes() > 0);

    stream.stop();
    REQUIRE(stream.waitStopped(1000ms));
    CHECK(stream.heldBytes() == 0);
    CHECK(stream.withNewFrame(back.number, [](const capture::PreviewFrame&) { FAIL("a frame after stop"); }) == back.number);
    std::this_thread::sleep_for(100ms);
    CHECK(stream.withNewFrame(0, [](const capture::PreviewFrame&) { FAIL("a frame after stop"); }) == 0);
}

TEST_CASE("a folder without images, or a file that is no image, is the plain 'no images' error") {
    test::TempDir dir("preview-empty");
    std::ofstream(dir.path() / "card.jpg") << "not a picture";
    for (const auto& path : {dir.path() / "missing", dir.path() / "card.jpg"}) {
        CAPTURE(path);
        capture::PreviewStream stream(capture::makeFilePreview(path.string()));
        stream.run(0);
        const auto error = errorWithin(stream, 2000ms);
        REQUIRE(error);
        CHECK(error->code == "capture.no_images");
        CHECK(error->message.find("nhập thông tin bằng tay") != std::string::npos);
    }
}

TEST_CASE("a large camera frame is shrunk to preview size with its shape kept, and the rest wiped") {
    capture::PreviewFrame frame;
    unsigned char* pixels = capture::sizeFrame(frame, 1920, 1080);
    for (size_t i = 0; i < frame.rgb.size(); ++i) pixels[i] = static_cast<unsigned char>(1 + i % 250);
    const unsigned char* storage = frame.rgb.data();
    capture::fitFrame(frame, capture::kPreviewMaxWidth, capture::kPreviewMaxHeight);
    CHECK(frame.width == 640);
    CHECK(frame.height == 360);
    CHECK(frame.rgb.size() == 640u * 360u * 3u);
    CHECK(frame.rgb[0] == 1);  // the top-left pixel stays the top-left pixel
    // The full frame's tail, still in the buffer's capacity, holds no picture any more.
    bool tailWiped = true;
    for (size_t i = frame.rgb.size(); i < 1920u * 1080u * 3u; ++i) tailWiped = tailWiped && storage[i] == 0;
    CHECK(tailWiped);

    capture::wipeFrame(frame);
    CHECK(frame.rgb.capacity() == 0);
    CHECK(frame.width == 0);
}

TEST_CASE("[capture] chooses the preview: camera and files have one, a scanner or preview = false has none") {
    config::CaptureSettings settings;
    settings.backend = config::CaptureBackend::V4l2;
    settings.path = "/dev/video99";
    CHECK(capture::makePreviewSource(settings));
    settings.preview = false;
    CHECK_FALSE(capture::makePreviewSource(settings));
    settings.preview = true;
    settings.backend = config::CaptureBackend::Sane;
    CHECK_FALSE(capture::makePreviewSource(settings));
    settings.backend = config::CaptureBackend::None;
    CHECK_FALSE(capture::makePreviewSource(settings));
}
