// kiosk-scan --document: an integrator photographs one page with their camera or scanner and
// sees what a document slot would keep; a page that cannot be used is explained.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <fstream>

#include "integration/scanners/run_program.hpp"
#include "page_photo.hpp"
#include "support/paths.hpp"

namespace {

const std::filesystem::path kScan = kiosk::test::buildDir() / "kiosk-scan";

void writePhoto(const std::filesystem::path& path, const scanners::cardgen::PagePhotoStyle& style) {
    const auto bytes = scanners::cardgen::photographPage(style);
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()),
                                                static_cast<std::streamsize>(bytes.size()));
}

}  // namespace

TEST_CASE("kiosk-scan --document writes the page a document slot keeps and describes it") {
    kiosk::test::TempDir dir("kiosk-scan-document");
    scanners::cardgen::PagePhotoStyle style;
    style.rotationDeg = -8;
    writePhoto(dir.path() / "page.jpg", style);
    const auto out = dir.path() / "out.jpg";
    const auto run = kiosk::test::runProgram(kScan, {"--document", (dir.path() / "page.jpg").string(), "--out", out.string()},
                                             dir.path());
    REQUIRE(run.exitCode == 0);
    const auto json = nlohmann::json::parse(run.out);
    CHECK(json.at("skew_degrees").get<double>() == doctest::Approx(8.0).epsilon(0.07));
    CHECK(json.at("width").get<int>() < json.at("height").get<int>());
    const std::string jpeg = kiosk::test::readText(out);
    CHECK(jpeg.size() == json.at("bytes").get<size_t>());
    CHECK(jpeg.substr(0, 2) == "\xFF\xD8");
}

TEST_CASE("kiosk-scan --document refuses a blank sheet and a missing --out") {
    kiosk::test::TempDir dir("kiosk-scan-document-bad");
    scanners::cardgen::PagePhotoStyle style;
    style.blank = true;
    writePhoto(dir.path() / "blank.jpg", style);
    const auto blank = kiosk::test::runProgram(
        kScan, {"--document", (dir.path() / "blank.jpg").string(), "--out", (dir.path() / "o.jpg").string()}, dir.path());
    CHECK(blank.exitCode == 1);
    CHECK(blank.err.find("document.blank") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "o.jpg"));

    const auto usage = kiosk::test::runProgram(kScan, {"--document", (dir.path() / "blank.jpg").string()}, dir.path());
    CHECK(usage.exitCode == 2);
}
