// JSON from outside is measured before it is parsed: deeper than the limit is refused without
// building the value, brackets inside strings do not count, and ordinary documents parse.
#include <doctest/doctest.h>

#include "kiosk/base/bounded_json.hpp"

TEST_CASE("nesting up to the limit parses; one level more is refused") {
    const auto nested = [](int depth) { return std::string(depth, '[') + std::string(depth, ']'); };
    CHECK(kiosk::jsonNestingWithin(nested(32), 32));
    CHECK_FALSE(kiosk::jsonNestingWithin(nested(33), 32));
    CHECK(kiosk::parseBoundedJson(nested(33)).is_discarded());
    CHECK(kiosk::parseBoundedJson(nested(32)).is_array());
    CHECK(kiosk::parseBoundedJson(std::string(1'000'000, '[')).is_discarded());
}

TEST_CASE("brackets inside strings, escaped quotes included, do not count") {
    const std::string text = R"({"a":"[[[[[[\"[[[[{{{{","b":[1,{"c":[]}]})";
    CHECK(kiosk::jsonNestingWithin(text, 4));
    CHECK_FALSE(kiosk::jsonNestingWithin(text, 3));
    const auto value = kiosk::parseBoundedJson(text);
    REQUIRE(value.is_object());
    CHECK(value["a"] == "[[[[[[\"[[[[{{{{");
}

TEST_CASE("text that is not JSON is a discarded value, not an exception") {
    CHECK(kiosk::parseBoundedJson("{\"a\":").is_discarded());
    CHECK(kiosk::parseBoundedJson("").is_discarded());
    CHECK(kiosk::parseBoundedJson("\xff\xfe").is_discarded());
}
