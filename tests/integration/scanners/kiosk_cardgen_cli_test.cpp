// kiosk-cardgen's command line: an option or a malformed count, seed or mode is refused with
// the usage and nothing is written (once, `kiosk-cardgen --help` filled a folder named --help).
#include <doctest/doctest.h>

#include <leptonica/allheaders.h>

#include <filesystem>

#include "integration/scanners/run_program.hpp"
#include "support/paths.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kCardgen = kiosk::test::buildDir() / "kiosk-cardgen";

}  // namespace

TEST_CASE("--help prints the usage and writes nothing") {
    kiosk::test::TempDir dir("cardgen-help");
    // The program runs in the test's own folder: an option taken for OUTDIR would land there.
    const fs::path stray = fs::current_path() / "--help";
    REQUIRE_FALSE(fs::exists(stray));
    const auto run = kiosk::test::runProgram(kCardgen, {"--help"}, dir.path());
    CHECK(run.exitCode == 0);
    CHECK(run.out.find("kiosk-cardgen OUTDIR") != std::string::npos);
    CHECK_FALSE(fs::exists(stray));
}

TEST_CASE("an unknown option, a bad count, seed or mode is refused and nothing is written") {
    kiosk::test::TempDir dir("cardgen-bad");
    const std::string out = (dir.path() / "cards").string();
    const std::vector<std::vector<std::string>> calls{
        {"--out"}, {out, "0"}, {out, "4x"}, {out, "-1"}, {out, "2000"}, {out, "2", "seven"},
        {out, "2", "1", "medium"}, {out, "2", "1", "hard", "extra"}, {}};
    for (const auto& args : calls) {
        std::string shown;
        for (const auto& a : args) shown += a + " ";
        INFO("kiosk-cardgen " << shown);
        const auto run = kiosk::test::runProgram(kCardgen, args, dir.path());
        CHECK(run.exitCode == 2);
        CHECK(run.err.find("usage") != std::string::npos);
        CHECK_FALSE(fs::exists(out));
        CHECK_FALSE(fs::exists(fs::current_path() / "--out"));
    }
}

TEST_CASE("a good call writes its pairs") {
    kiosk::test::TempDir dir("cardgen-good");
    const fs::path out = dir.path() / "cards";
    const auto run = kiosk::test::runProgram(kCardgen, {out.string(), "1", "7", "easy"}, dir.path());
    REQUIRE(run.exitCode == 0);
    CHECK(fs::exists(out / "card-0000-front.jpg"));
    CHECK(fs::exists(out / "card-0000-back.jpg"));
}

TEST_CASE("webcam writes 1280 x 720 photos, as the kiosk's cheap webcam takes them") {
    kiosk::test::TempDir dir("cardgen-webcam");
    const fs::path out = dir.path() / "cards";
    const auto run = kiosk::test::runProgram(kCardgen, {out.string(), "1", "7", "webcam"}, dir.path());
    REQUIRE(run.exitCode == 0);
    for (const char* name : {"card-0000-front.jpg", "card-0000-back.jpg"}) {
        INFO(name);
        l_int32 width = 0, height = 0;
        REQUIRE(pixReadHeader((out / name).c_str(), nullptr, &width, &height, nullptr, nullptr, nullptr) == 0);
        CHECK(width == 1280);
        CHECK(height == 720);
    }
    CHECK(fs::exists(out / "card-0000.expected.json"));
}
