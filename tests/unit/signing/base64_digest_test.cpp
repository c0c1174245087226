// The body is bound to a request's signature through Content-Digest (RFC 9530), and every byte
// sequence in the signature headers is base64: both must agree byte for byte with other
// implementations, so they are checked against the RFCs' own examples.
#include <doctest/doctest.h>

#include "kiosk/signing/base64.hpp"
#include "kiosk/signing/digest.hpp"

using namespace kiosk::signing;

TEST_CASE("base64 encodes the RFC 4648 test vectors") {
    CHECK(base64Encode("") == "");
    CHECK(base64Encode("f") == "Zg==");
    CHECK(base64Encode("fo") == "Zm8=");
    CHECK(base64Encode("foo") == "Zm9v");
    CHECK(base64Encode("foob") == "Zm9vYg==");
    CHECK(base64Encode("fooba") == "Zm9vYmE=");
    CHECK(base64Encode("foobar") == "Zm9vYmFy");
}

TEST_CASE("base64 decoding gives back every byte value") {
    std::string all;
    for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
    for (std::size_t length = 0; length < all.size(); length += 37) {
        const std::string part = all.substr(0, length);
        const auto decoded = base64Decode(base64Encode(part));
        REQUIRE(decoded);
        CHECK(*decoded == part);
    }
}

TEST_CASE("base64 decoding refuses text that is not padded base64") {
    CHECK_FALSE(base64Decode("Zm9"));        // wrong length
    CHECK_FALSE(base64Decode("Zm9v!A=="));   // character outside the alphabet
    CHECK_FALSE(base64Decode("Z=9v"));       // padding in the middle
    CHECK_FALSE(base64Decode("Zg==Zm9v"));   // padding before the end
    CHECK_FALSE(base64Decode("Zm9-"));       // base64url is a different alphabet
}

TEST_CASE("Content-Digest of the RFC 9530 example body matches the RFC") {
    CHECK(contentDigest(R"({"hello": "world"})") ==
          "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:");
}

TEST_CASE("sha256Hex of the empty string is the well-known digest") {
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("a Content-Digest matches only the body it was computed over") {
    const std::string body = R"({"client_filing_id":"abc"})";
    CHECK(contentDigestMatches(contentDigest(body), body));
    CHECK_FALSE(contentDigestMatches(contentDigest(body), body + " "));
    CHECK_FALSE(contentDigestMatches(contentDigest(""), body));
}

TEST_CASE("a Content-Digest with other algorithms is judged by its sha-256 member") {
    const std::string body = "scan bytes";
    CHECK(contentDigestMatches("sha-512=:AAAA:, " + contentDigest(body), body));
    CHECK_FALSE(contentDigestMatches("sha-512=:AAAA:", body));
    CHECK_FALSE(contentDigestMatches("sha-256=\"not bytes\"", body));
    CHECK_FALSE(contentDigestMatches("sha-256=:%%%:", body));
    CHECK_FALSE(contentDigestMatches("", body));
}
