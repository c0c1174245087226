// Every string key the code asks for must exist in locales/vi.toml (else a citizen would read
// a raw key like "consent.title"), en.toml may not invent keys, and a translation must keep
// the same {placeholders} or the kiosk would print them literally.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "ui/headless/small_config.hpp"

namespace {

std::set<std::string> keysUsedInCode() {
    // Keys reach the locales only through t("..."), fmt("...", ...) and localText(config, "...").
    const std::regex call(R"re(\b(?:t|fmt|localText)\((?:[A-Za-z_>.*-]+,\s*)?"([a-z0-9_]+(?:\.[a-z0-9_]+)+)")re");
    std::set<std::string> keys;
    for (const char* dir : {"app/ui", "app/core"}) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(kiosk::test::sourceDir() / dir)) {
            if (entry.path().extension() != ".cpp" && entry.path().extension() != ".hpp") continue;
            std::ifstream in(entry.path());
            std::stringstream text;
            text << in.rdbuf();
            const std::string source = text.str();
            for (std::sregex_iterator it(source.begin(), source.end(), call), end; it != end; ++it) {
                keys.insert((*it)[1]);
            }
        }
    }
    return keys;
}

std::set<std::string> placeholders(const std::string& s) {
    std::set<std::string> out;
    const std::regex brace(R"(\{([a-z_]+)\})");
    for (std::sregex_iterator it(s.begin(), s.end(), brace), end; it != end; ++it) out.insert((*it)[1]);
    return out;
}

}  // namespace

TEST_CASE("every locale key used in the code exists in vi.toml") {
    const auto vi = kiosk::test::shippedLocale("vi");
    const auto used = keysUsedInCode();
    REQUIRE(used.size() > 100);  // the scan found the screens' keys at all
    for (const auto& key : used) {
        INFO(key);
        CHECK(vi.count(key) == 1);
    }
}

TEST_CASE("en.toml has no keys that vi.toml lacks, and keeps the placeholders") {
    const auto vi = kiosk::test::shippedLocale("vi");
    const auto en = kiosk::test::shippedLocale("en");
    for (const auto& entry : en) {
        const auto& key = entry.first;
        INFO(key);
        REQUIRE(vi.count(key) == 1);
        CHECK(placeholders(entry.second) == placeholders(vi.at(key)));
    }
}

// ui::Strings' variants ("desk_intake.": the kiosk's screens worded for the officer at the desk)
// say the same thing to another reader: each must stand for a key the screens ask for, with its
// placeholders, or the officer would silently read the citizen's words or a raw "{name}".
TEST_CASE("each desk_intake variant overlays a kiosk key and keeps its placeholders") {
    const auto vi = kiosk::test::shippedLocale("vi");
    const auto en = kiosk::test::shippedLocale("en");
    const std::string prefix = "desk_intake.";
    int variants = 0;
    for (const auto& entry : vi) {
        const std::string& key = entry.first;
        const std::string& value = entry.second;
        if (key.rfind(prefix, 0) != 0) continue;
        ++variants;
        const std::string base = key.substr(prefix.size());
        INFO(key);
        REQUIRE(vi.count(base) == 1);
        CHECK(placeholders(value) == placeholders(vi.at(base)));
        CHECK(en.count(key) == 1);  // the English desk is worded for the officer too
        CHECK(value.find("Chạm") == std::string::npos);
        CHECK(value.find("chạm") == std::string::npos);
    }
    CHECK(variants > 20);
}

// Nothing the desk's intake shows tells the officer to touch the screen: every string of the
// screens it runs that says "chạm" has its desk_intake variant.
TEST_CASE("the desk's intake never says chạm: each such string of its screens has an officer's variant") {
    const auto vi = kiosk::test::shippedLocale("vi");
    const std::set<std::string> intakeScreens{"catalogue", "pre",     "identity", "field",   "address",
                                              "document",  "check",   "delivery", "consent", "send",
                                              "payment",   "receipt", "leave",    "idle",    "signature"};
    for (const auto& entry : vi) {
        const std::string& key = entry.first;
        if (intakeScreens.count(key.substr(0, key.find('.'))) == 0) continue;
        const bool touch = entry.second.find("chạm") != std::string::npos ||
                           entry.second.find("Chạm") != std::string::npos;
        INFO(key);
        if (touch) CHECK(vi.count("desk_intake." + key) == 1);
    }
}
