#include "kiosk/signing/digest.hpp"

#include <openssl/crypto.h>
#include <openssl/sha.h>

#include "kiosk/base/hex.hpp"
#include "kiosk/signing/base64.hpp"
#include "kiosk/signing/structured_fields.hpp"

namespace kiosk::signing {

std::string sha256(std::string_view bytes) {
    std::string out(SHA256_DIGEST_LENGTH, '\0');
    SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
           reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

std::string sha256Hex(std::string_view bytes) { return toHex(sha256(bytes)); }

std::string sha256Hex(std::span<const unsigned char> bytes) {
    return sha256Hex(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

bool isSha256Hex(std::string_view text) { return isHex(text, 2 * SHA256_DIGEST_LENGTH); }

std::string contentDigest(std::string_view body) {
    return "sha-256=:" + base64Encode(sha256(body)) + ":";
}

bool contentDigestMatches(std::string_view header, std::string_view body) {
    auto dict = sf::parseDictionary(header);
    if (!dict) return false;
    const sf::Member* member = sf::findMember(*dict, "sha-256");
    if (member == nullptr) return false;
    const auto* item = std::get_if<sf::Item>(&member->value);
    if (item == nullptr || item->value.kind != sf::BareItem::Kind::Bytes) return false;
    const std::string expected = sha256(body);
    return item->value.text.size() == expected.size() &&
           CRYPTO_memcmp(item->value.text.data(), expected.data(), expected.size()) == 0;
}

}  // namespace kiosk::signing
