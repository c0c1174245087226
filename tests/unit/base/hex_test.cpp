// Hex is how digests, key ids, salts and random ids are written: it must agree with what every
// other tool prints (RFC 4648 §8's examples, sha256sum's output) and refuse anything else.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "kiosk/base/hex.hpp"

using namespace kiosk;

TEST_CASE("toHex writes the RFC 4648 base16 examples in lower case") {
    CHECK(toHex(std::string_view("")) == "");
    CHECK(toHex(std::string_view("f")) == "66");
    CHECK(toHex(std::string_view("fo")) == "666f");
    CHECK(toHex(std::string_view("foo")) == "666f6f");
    CHECK(toHex(std::string_view("foobar")) == "666f6f626172");
}

TEST_CASE("toHex writes every byte value as two digits, high nibble first") {
    const std::vector<unsigned char> bytes{0x00, 0x01, 0x0f, 0x10, 0x7f, 0x80, 0xab, 0xff};
    CHECK(toHex(bytes) == "00010f107f80abff");
}

TEST_CASE("appendHex writes upper case when asked") {
    std::string out = "%";
    appendHex(out, 0xc3, HexCase::Upper);
    appendHex(out, 0x0a, HexCase::Upper);
    CHECK(out == "%C30A");
    appendHex(out, 0xc3);
    CHECK(out == "%C30Ac3");
}

TEST_CASE("fromHex gives back every byte value, in either case") {
    std::vector<unsigned char> all;
    for (int i = 0; i < 256; ++i) all.push_back(static_cast<unsigned char>(i));
    const std::string text = toHex(all);
    CHECK(fromHex(text, 256) == all);
    std::string upper = text;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    CHECK(fromHex(upper, 256) == all);
}

TEST_CASE("fromHex refuses text of another length or with a non-hex character") {
    CHECK_FALSE(fromHex("666f6f", 2));
    CHECK_FALSE(fromHex("666f", 3));
    CHECK_FALSE(fromHex("66 f", 2));
    CHECK_FALSE(fromHex("6g6f", 2));
    CHECK_FALSE(fromHex("-1ff", 2));  // from_chars-style parsing would take a sign
    CHECK_FALSE(fromHex("0x6f", 2));
    CHECK(fromHex("", 0) == std::vector<unsigned char>{});
}

TEST_CASE("isHex checks the exact number of digits") {
    const std::string digest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    CHECK(isHex(digest, 64));
    CHECK(isHex("E3B0C442", 8));
    CHECK_FALSE(isHex(digest, 63));
    CHECK_FALSE(isHex(digest + "0", 64));
    CHECK_FALSE(isHex(digest.substr(0, 63) + "g", 64));
}
