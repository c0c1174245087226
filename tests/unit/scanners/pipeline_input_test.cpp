// Photos come from cameras, USB scanners and files people bring: the pipeline must refuse
// what is not a usable image (not an image, cut short, a 1×1 pixel, a decompression bomb) with
// a clear error, and shrink a 48-megapixel photo rather than choke on it.
#include <doctest/doctest.h>

#include <leptonica/allheaders.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <vector>

#include "scanners/pipeline.hpp"

using namespace scanners;

namespace {

// Encodes a w×h grey image filled with `value` as JPEG or PNG.
std::vector<unsigned char> encoded(int w, int h, int format, int value = 255) {
    PIX* pix = pixCreate(w, h, 8);
    pixSetAllArbitrary(pix, static_cast<l_uint32>(value));
    l_uint8* data = nullptr;
    size_t size = 0;
    if (format == IFF_JFIF_JPEG) {
        pixWriteMemJpeg(&data, &size, pix, 80, 0);
    } else {
        pixWriteMemPng(&data, &size, pix, 0.0f);
    }
    pixDestroy(&pix);
    std::vector<unsigned char> bytes(data, data + size);
    lept_free(data);
    return bytes;
}

Pipeline& pipeline() {
    static auto instance = Pipeline::create();
    REQUIRE(instance.ok());
    return *instance;
}

std::string scanError(const std::vector<unsigned char>& bytes) {
    const std::vector<ImageBytes> images{bytes};
    const auto report = pipeline().scan(images);
    return report ? std::string("ok") : report.error().code;
}

}  // namespace

TEST_CASE("bytes that are not an image are refused as such") {
    CHECK(scanError({}) == "image.empty");
    CHECK(scanError({'h', 'e', 'l', 'l', 'o', ' ', 'w', 'o', 'r', 'l', 'd'}) == "image.not_an_image");
    std::vector<unsigned char> noise(5000);
    for (size_t i = 0; i < noise.size(); ++i) noise[i] = static_cast<unsigned char>(i * 7919 % 251);
    CHECK(scanError(noise) == "image.not_an_image");
}

TEST_CASE("a truncated JPEG or PNG is refused, not read as half a card") {
    for (int format : {IFF_JFIF_JPEG, IFF_PNG}) {
        auto bytes = encoded(800, 600, format, 128);
        bytes.resize(bytes.size() * 2 / 3);
        CHECK(scanError(bytes) == "image.truncated");
    }
}

TEST_CASE("an image too small to hold a card is refused") {
    CHECK(scanError(encoded(1, 1, IFF_PNG)) == "image.too_small");
    CHECK(scanError(encoded(120, 80, IFF_JFIF_JPEG)) == "image.too_small");
}

TEST_CASE("a PNG whose header claims billions of pixels is refused before decoding") {
    auto bytes = encoded(300, 300, IFF_PNG);
    // IHDR width and height sit at bytes 16..23 (big-endian); claim 60000 × 60000.
    for (size_t at : {16u, 20u}) {
        bytes[at] = 0;
        bytes[at + 1] = 0;
        bytes[at + 2] = 0xEA;
        bytes[at + 3] = 0x60;
    }
    CHECK(scanError(bytes) == "image.too_large");
}

TEST_CASE("a 48-megapixel photo is scaled down and scanned, not refused") {
    // A blank page: nothing to find, but it must get past decoding to say so (neither a QR nor
    // anything like an MRZ: not a document).
    CHECK(scanError(encoded(8000, 6000, IFF_JFIF_JPEG)) == "document.not_recognised");
}

TEST_CASE("the error names which of several photos was unusable") {
    const auto good = encoded(800, 600, IFF_PNG);
    const auto bad = encoded(1, 1, IFF_PNG);
    const std::vector<ImageBytes> images{good, bad};
    const auto report = pipeline().scan(images);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().where == "image:2");
}

TEST_CASE("no photos, or a file that is missing, is a clear error") {
    CHECK(pipeline().scan({}).error().code == "scan.no_images");
    const std::vector<std::filesystem::path> missing{"/nonexistent/card-front.jpg"};
    const auto report = pipeline().scanFiles(missing);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == "image.unreadable");
    CHECK(report.error().where == "image:1");
}
