// The zone search has a time limit for the kiosk (1.5 s), but what it reads must not depend on
// how busy the machine is: its reads are bounded by count, and a search the limit cut short
// says so in the scan's answer instead of presenting a different read as the result.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "canvas.hpp"
#include "card_render.hpp"
#include "scanners/pipeline.hpp"

using namespace scanners;

namespace {

constexpr const char* kLine1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
constexpr const char* kLine2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

// A passport data page with ICAO 9303's TD3 example zone in OCR-B, encoded as PNG.
std::vector<unsigned char> passportPng() {
    auto fonts = cardgen::CardFonts::loadSystem();
    REQUIRE(fonts);
    cardgen::Canvas page(1400, 980, {236, 238, 240});
    page.drawText(*fonts->bold, 40, 60, 90, "PASSPORT  PASSEPORT  UTOPIA", {30, 30, 60});
    page.drawText(*fonts->regular, 30, 420, 220, "ERIKSSON", {20, 20, 20});
    page.drawText(*fonts->ocrb, 40, 50, 840, kLine1, {10, 10, 10});
    page.drawText(*fonts->ocrb, 40, 50, 910, kLine2, {10, 10, 10});
    l_uint8* data = nullptr;
    size_t size = 0;
    REQUIRE(pixWriteMemPng(&data, &size, page.pix(), 0.0f) == 0);
    std::vector<unsigned char> bytes(data, data + size);
    lept_free(data);
    return bytes;
}

Result<ScanReport> scanWithZoneBudget(const std::vector<unsigned char>& png, int budgetMs) {
    PipelineOptions options;
    options.zoneSearchBudgetMs = budgetMs;
    options.timeBudgetMs = 60000;
    auto pipeline = Pipeline::create(options);
    REQUIRE(pipeline.ok());
    const std::vector<ImageBytes> images{png};
    return pipeline->scan(images);
}

bool saysTimeRanOut(const ScanReport& report) {
    return std::any_of(report.notes.begin(), report.notes.end(),
                       [](const std::string& note) { return note.find("Hết thời gian") != std::string::npos; });
}

}  // namespace

TEST_CASE("with time to finish, the zone is read exactly and nothing says time ran out") {
    const auto report = scanWithZoneBudget(passportPng(), 60000);
    REQUIRE(report.ok());
    REQUIRE(report->document.has_value());
    CHECK(report->document->lines == std::vector<std::string>{kLine1, kLine2});
    CHECK_FALSE(saysTimeRanOut(*report));
}

TEST_CASE("a zone search its time limit cut short says so, never answers as if it had finished") {
    // 1 ms: the limit passes while the band is still being found, before any OCR read.
    const auto report = scanWithZoneBudget(passportPng(), 1);
    if (report.ok()) {
        CHECK(saysTimeRanOut(*report));
    } else {
        CHECK(report.error().code == "scan.timeout");
    }
}
