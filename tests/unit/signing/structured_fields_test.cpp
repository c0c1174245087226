// Signature-Input is an RFC 8941 dictionary, and the portal rebuilds "@signature-params" from
// the parsed value rather than copying it from the wire (portal-integration.md §4.1). These
// tests pin the parser and the canonical serialization on the RFC 9421 shapes and on bad input.
#include <doctest/doctest.h>

#include "kiosk/signing/structured_fields.hpp"

using namespace kiosk::signing;

TEST_CASE("a Signature-Input member parses into its components and parameters") {
    auto dict = sf::parseDictionary(
        R"(sig1=("@method" "@target-uri" "content-digest");created=1618884473;nonce="b3k2";keyid="K-1";alg="ed25519")");
    REQUIRE(dict);
    REQUIRE(dict->size() == 1);
    CHECK(dict->front().key == "sig1");
    const auto* list = std::get_if<sf::InnerList>(&dict->front().value);
    REQUIRE(list != nullptr);
    REQUIRE(list->items.size() == 3);
    CHECK(list->items[1].value.text == "@target-uri");
    const auto* created = sf::findParam(list->params, "created");
    REQUIRE(created != nullptr);
    CHECK(created->integer == 1618884473);
    CHECK(sf::findParam(list->params, "keyid")->text == "K-1");
}

TEST_CASE("serializing a parsed inner list gives the canonical text back") {
    const std::string text =
        R"(("@status" "content-digest" "@method";req "content-digest";req);created=1;keyid="a\"b";alg="ed25519")";
    auto dict = sf::parseDictionary("sig=" + text);
    REQUIRE(dict);
    CHECK(sf::serialize(std::get<sf::InnerList>(dict->front().value)) == text);
}

TEST_CASE("extra spaces around members are allowed and not part of the canonical form") {
    auto dict = sf::parseDictionary(R"(  a=:AAEC:,   b=("x"  "y");n=2 , c )");
    REQUIRE(dict);
    REQUIRE(dict->size() == 3);
    CHECK(std::get<sf::Item>(dict->at(0).value).value.text == std::string("\x00\x01\x02", 3));
    CHECK(sf::serialize(std::get<sf::InnerList>(dict->at(1).value)) == R"(("x" "y");n=2)");
    CHECK(std::get<sf::Item>(dict->at(2).value).value.boolean);
}

TEST_CASE("malformed dictionaries are refused with signing.malformed") {
    for (const char* bad : {"sig1=(\"a\"", "sig1=\"unterminated", "Sig1=:AA==:", "a=1.5",
                            "a=:not base64!:", "a=1,", "a=(\"x\")trailing", "a=\"\xC3\xA9\"",
                            "a=1234567890123456", "a=?2"}) {
        auto dict = sf::parseDictionary(bad);
        CHECK_MESSAGE(!dict, bad);
        if (!dict) CHECK(dict.error().code == "signing.malformed");
    }
}

TEST_CASE("a repeated dictionary key keeps the last value") {
    auto dict = sf::parseDictionary("a=1, b=2, a=3");
    REQUIRE(dict);
    REQUIRE(dict->size() == 2);
    CHECK(std::get<sf::Item>(sf::findMember(*dict, "a")->value).value.integer == 3);
}
