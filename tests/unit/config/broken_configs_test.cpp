// Administrators learn what is wrong only from the loader's messages, so each kind of mistake
// has a small case under broken/<case>/: files laid over a copy of fixtures/minimal (remove.txt
// lists files to delete) and expected.txt, one line per error the loader must report and no
// other: "<file>:<line>:<column> <key path or -> <code> [| <words the message or hint contains>]".
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "config_fixture.hpp"
#include "kiosk/config/config.hpp"

namespace fs = std::filesystem;
using namespace kiosk;

namespace {

struct Expected {
    std::string location;  // "<file>:<line>:<column> <key path> <code>"
    std::string words;     // to be found in the message or the hint, may be empty
};

std::vector<Expected> readExpected(const fs::path& file) {
    std::vector<Expected> out;
    std::istringstream lines(test::readText(file));
    for (std::string line; std::getline(lines, line);) {
        if (line.empty() || line.front() == '#') continue;
        Expected expected;
        const auto bar = line.find(" | ");
        expected.location = line.substr(0, bar);
        if (bar != std::string::npos) expected.words = line.substr(bar + 3);
        out.push_back(std::move(expected));
    }
    return out;
}

std::string locationOf(const config::ConfigError& e) {
    return e.file + ":" + std::to_string(e.line) + ":" + std::to_string(e.column) + " " +
           (e.keyPath.empty() ? "-" : e.keyPath) + " " + e.code;
}

config::ConfigErrors loadBroken(const fs::path& caseDir) {
    test::ConfigCopy copy;
    fs::copy(caseDir, copy.dir(), fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    for (const char* meta : {"expected.txt", "remove.txt"}) fs::remove(copy.dir() / meta);
    if (fs::exists(caseDir / "remove.txt")) {
        std::istringstream names(test::readText(caseDir / "remove.txt"));
        for (std::string name; std::getline(names, name);) {
            if (!name.empty()) REQUIRE(fs::remove(copy.dir() / name));
        }
    }
    auto loaded = config::loadConfig(copy.dir());
    REQUIRE_FALSE(loaded.ok());
    return loaded.error();
}

std::vector<fs::path> brokenCases() {
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(test::configTestDir() / "broken")) {
        if (entry.is_directory()) cases.push_back(entry.path());
    }
    std::sort(cases.begin(), cases.end());
    return cases;
}

}  // namespace

TEST_CASE("the minimal fixture every broken case starts from loads cleanly") {
    auto loaded = config::loadConfig(test::minimalFixture());
    if (!loaded) {
        for (const auto& error : loaded.error()) MESSAGE(error.format());
    }
    CHECK(loaded.ok());
}

TEST_CASE("each broken config reports exactly its errors at the expected file, line, column and key") {
    const auto cases = brokenCases();
    REQUIRE(cases.size() >= 13);
    for (const auto& caseDir : cases) {
        SUBCASE(caseDir.filename().string().c_str()) {
            REQUIRE(fs::exists(caseDir / "expected.txt"));
            const auto expected = readExpected(caseDir / "expected.txt");
            REQUIRE_FALSE(expected.empty());
            const auto errors = loadBroken(caseDir);
            std::multiset<std::string> want, got;
            for (const auto& e : expected) want.insert(e.location);
            for (const auto& e : errors) got.insert(locationOf(e));
            std::string reported;
            for (const auto& e : errors) reported += "\n" + locationOf(e) + "  " + e.format();
            INFO("reported:" << reported);
            CHECK(want == got);
            for (const auto& e : expected) {
                if (e.words.empty()) continue;
                const auto it = std::find_if(errors.begin(), errors.end(),
                                             [&](const auto& error) { return locationOf(error) == e.location; });
                if (it == errors.end()) continue;  // already failed above
                CAPTURE(e.location);
                CHECK((it->message + " " + it->hint).find(e.words) != std::string::npos);
            }
        }
    }
}

TEST_CASE("every error is written in Vietnamese first, then English, and names its file") {
    for (const auto& caseDir : brokenCases()) {
        for (const auto& error : loadBroken(caseDir)) {
            CAPTURE(error.format());
            CHECK_FALSE(error.file.empty());
            CHECK(error.message.find(" / ") != std::string::npos);
            CHECK_FALSE(error.code.empty());
        }
    }
}
