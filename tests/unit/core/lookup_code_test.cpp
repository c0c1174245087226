// The look-up key: the letters and digits of what was typed, enough of them to say which filing.
#include <doctest/doctest.h>

#include "kiosk/core/lookup_code.hpp"

using kiosk::core::lookupKey;

TEST_CASE("a typed code keeps its letters and digits, upper-cased") {
    CHECK(lookupKey("261207-0001") == "2612070001");
    CHECK(lookupKey(" 000.00.00.h66-261207-0001 ") == "0000000H662612070001");
    CHECK(lookupKey("261207 0001") == "2612070001");
    CHECK(lookupKey("kiosk-demo-01-261207-0001") == "KIOSKDEMO012612070001");
}

TEST_CASE("too little to tell filings apart, or characters no code has, give no key") {
    CHECK_FALSE(lookupKey("0001").has_value());
    CHECK_FALSE(lookupKey("61207-0001").has_value());  // nine letters and digits
    CHECK_FALSE(lookupKey("").has_value());
    CHECK_FALSE(lookupKey("261207-0001%").has_value());  // not a wildcard for the cache's LIKE
    CHECK_FALSE(lookupKey("261207_0001x").has_value());
    CHECK_FALSE(lookupKey("261207-0001đ").has_value());
}
