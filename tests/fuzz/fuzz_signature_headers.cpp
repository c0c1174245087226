// Fuzz target: RFC 8941 dictionaries and the RFC 9421 signature headers. The input is split at
// its first two newlines into Signature-Input, Signature and Content-Digest. Invariants: a
// dictionary that parses serializes to text that parses to the same members, and checking a
// receipt or a request with these headers never crashes (it may only refuse).
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "kiosk/signing/http_signature.hpp"
#include "kiosk/signing/nonce_cache.hpp"
#include "kiosk/signing/structured_fields.hpp"

using namespace kiosk::signing;

namespace {

std::string serializeDictionary(const sf::Dictionary& dict) {
    std::string out;
    for (const auto& member : dict) {
        if (!out.empty()) out += ", ";
        out += member.key;
        if (const auto* item = std::get_if<sf::Item>(&member.value)) {
            out += "=" + sf::serialize(item->value) + sf::serialize(item->params);
        } else {
            out += "=" + sf::serialize(std::get<sf::InnerList>(member.value));
        }
    }
    return out;
}

const PrivateKey& portalKey() {
    static const PrivateKey key = *PrivateKey::generate();
    return key;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    if (auto dict = sf::parseDictionary(text)) {
        const std::string canonical = serializeDictionary(*dict);
        auto again = sf::parseDictionary(canonical);
        if (!again || serializeDictionary(*again) != canonical) std::abort();
    }
    const auto first = text.find('\n');
    const auto second = first == std::string::npos ? first : text.find('\n', first + 1);
    const std::string input = text.substr(0, first);
    const std::string signature = first == std::string::npos ? "" : text.substr(first + 1, second - first - 1);
    const std::string digest = second == std::string::npos ? "" : text.substr(second + 1);
    const HeaderLookup headers = [&](std::string_view name) -> std::optional<std::string> {
        if (name == "signature-input") return input;
        if (name == "signature") return signature;
        if (name == "content-digest" || name == "idempotency-key" || name == "content-type") return digest;
        return std::nullopt;
    };
    const std::chrono::sys_seconds now{std::chrono::seconds(1763778000)};
    const ResponseBinding binding{202, "{}", "POST", "https://portal/api/v1/filings/f-1/submit", digest};
    (void)verifyResponse(binding, headers, *portalKey().publicKey(), "kiosk-portal");
    MemoryNonceCache nonces;
    const IncomingRequest request{"POST", "https://portal/api/v1/filings", "{}", headers};
    (void)verifyRequest(request, *portalKey().publicKey(), VerifyPolicy{"K1", requestComponents(true), now}, nonces);
    return 0;
}
