// The zone search has a time limit for the kiosk (1.5 s), but what it reads must not depend on
// how busy the machine is: its reads are bounded by count, and a search the limit cut short
// says so in the scan's answer instead of presenting a different read as the result.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "scanners/pipeline.hpp"
#include "unit/scanners/passport_page.hpp"

using namespace scanners;

namespace {

Result<ScanReport> scanWithZoneBudget(const std::vector<unsigned char>& png, int budgetMs) {
    REQUIRE_FALSE(png.empty());
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
    const auto report = scanWithZoneBudget(test::passportPagePng(), 60000);
    REQUIRE(report.ok());
    REQUIRE(report->document.has_value());
    CHECK(report->document->lines == std::vector<std::string>{test::kExampleTd3Line1, test::kExampleTd3Line2});
    CHECK_FALSE(saysTimeRanOut(*report));
}

TEST_CASE("a zone search its time limit cut short says so, never answers as if it had finished") {
    // 1 ms: the limit passes while the band is still being found, before any OCR read.
    const auto report = scanWithZoneBudget(test::passportPagePng(), 1);
    if (report.ok()) {
        CHECK(saysTimeRanOut(*report));
    } else {
        CHECK(report.error().code == "scan.timeout");
    }
}
