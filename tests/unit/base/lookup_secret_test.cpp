// The look-up code as a person types it off the receipt.
#include <doctest/doctest.h>

#include "kiosk/base/lookup_secret.hpp"

using kiosk::readLookupSecret;

TEST_CASE("the alphabet holds no character a reader could take for another") {
    for (const char c : std::string_view("0O1IL2Z5S8BUVQD")) {
        CHECK(kiosk::kLookupSecretAlphabet.find(c) == std::string_view::npos);
    }
}

TEST_CASE("a typed look-up code is upper-cased, spaces and dashes dropped") {
    CHECK(readLookupSecret("K7M3PX") == "K7M3PX");
    CHECK(readLookupSecret("k7m 3px") == "K7M3PX");
    CHECK(readLookupSecret(" K7M-3PX ") == "K7M3PX");
}

TEST_CASE("anything else is not a look-up code") {
    CHECK_FALSE(readLookupSecret("").has_value());
    CHECK_FALSE(readLookupSecret("K7M3P").has_value());    // too short
    CHECK_FALSE(readLookupSecret("K7M3PXX").has_value());  // too long
    CHECK_FALSE(readLookupSecret("K7M3P0").has_value());   // 0 is never in one
    CHECK_FALSE(readLookupSecret("K7M3PÁ").has_value());
}
