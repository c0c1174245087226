// A name part ending in K: the stock model reads the filler after a name as K, so the parser
// flags "ERIK<<" as uncertain; the grid sees whether the printed glyph has a K's stem. A real
// Erik is read without a "check the name" warning, and a filler misread as K is still caught.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "scanners/pipeline.hpp"
#include "scanners/travel_document.hpp"
#include "unit/scanners/passport_page.hpp"

using namespace scanners;

namespace {

// ICAO 9303's example line 2 holds no name, so any name line goes with it.
constexpr const char* kErik = "P<UTOSVENSSON<<ERIK<<<<<<<<<<<<<<<<<<<<<<<<<";
constexpr const char* kMarek = "P<UTONOWAK<<MAREK<JAN<<<<<<<<<<<<<<<<<<<<<<<";

Result<ScanReport> scan(const std::string& line1) {
    const auto png = test::passportPagePng(line1);
    REQUIRE_FALSE(png.empty());
    PipelineOptions options;
    options.zoneSearchBudgetMs = 60000;
    options.timeBudgetMs = 60000;
    auto pipeline = Pipeline::create(options);
    REQUIRE(pipeline.ok());
    const std::vector<ImageBytes> images{png};
    return pipeline->scan(images);
}

}  // namespace

TEST_CASE("the parser alone cannot tell a printed K from misread filler, and says where the Ks are") {
    const auto parsed = parseTravelDocument(std::string(kErik) + "\n" + test::kExampleTd3Line2, 2026);
    REQUIRE(parsed.ok());
    CHECK(parsed->nameUncertain);
    REQUIRE(parsed->unprovenPartFinalKs.size() == 1);
    CHECK(parsed->unprovenPartFinalKs[0] == std::pair<size_t, size_t>{0, 18});
    // A name flawed otherwise (a lone filler shape) is not excused by its Ks.
    const auto other = parseTravelDocument(
        std::string("P<UTOSVENSSON<<ERIK<X<ANNA<<<<<<<<<<<<<<<<<<<") + "\n" + test::kExampleTd3Line2, 2026);
    REQUIRE(other.ok());
    CHECK(other->nameUncertain);
    CHECK(other->unprovenPartFinalKs.empty());
}

TEST_CASE("a printed Erik and Marek are read without a warning, their Ks seen in the image") {
    for (const char* line1 : {kErik, kMarek}) {
        CAPTURE(line1);
        const auto report = scan(line1);
        REQUIRE(report.ok());
        REQUIRE(report->document.has_value());
        CHECK(report->document->lines[0] == line1);
        CHECK_FALSE(report->document->nameUncertain);
        CHECK(report->notes.empty());
    }
}
