#include "kiosk/signing/http_signature.hpp"

#include <openssl/rand.h>

#include <algorithm>

#include "kiosk/base/text.hpp"
#include "kiosk/signing/base64.hpp"
#include "kiosk/signing/digest.hpp"
#include "kiosk/signing/structured_fields.hpp"

namespace kiosk::signing {

namespace {

using std::chrono::seconds;
using std::chrono::sys_seconds;

Error sigError(std::string code, std::string message) {
    return Error{std::move(code), std::move(message), {}};
}

Error missing(std::string_view what) {
    return sigError("signing.missing",
                    "Yêu cầu thiếu chữ ký hoặc trường " + std::string(what) +
                        " / Missing signature or " + std::string(what));
}

Error malformed(std::string_view why) {
    return sigError("signing.malformed", "Chữ ký không đúng định dạng / Malformed signature: " +
                                             std::string(why));
}

std::string randomNonce() {
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1) return {};
    return base64Encode(std::string_view(reinterpret_cast<const char*>(bytes), sizeof bytes));
}

// The parsed Signature-Input member and matching Signature bytes of one label.
struct ParsedSignature {
    std::string label;
    std::vector<CoveredComponent> components;  // names and ;req, values not yet resolved
    sf::Parameters params;
    std::string signature;
};

Result<ParsedSignature> parseSignature(const HeaderLookup& header) {
    const auto input = header("signature-input");
    const auto signature = header("signature");
    if (!input) return missing("Signature-Input");
    if (!signature) return missing("Signature");
    auto inputs = sf::parseDictionary(*input);
    if (!inputs) return inputs.error();
    auto signatures = sf::parseDictionary(*signature);
    if (!signatures) return signatures.error();
    // One signature per message keeps the choice of which to trust out of the attacker's hands.
    if (inputs->size() != 1 || signatures->size() != 1) {
        return malformed("exactly one signature label is expected");
    }
    const sf::Member& in = inputs->front();
    const sf::Member& sig = signatures->front();
    if (in.key != sig.key) return malformed("Signature-Input and Signature labels differ");
    const auto* list = std::get_if<sf::InnerList>(&in.value);
    if (list == nullptr) return malformed("Signature-Input member is not an inner list");
    const auto* sigItem = std::get_if<sf::Item>(&sig.value);
    if (sigItem == nullptr || sigItem->value.kind != sf::BareItem::Kind::Bytes) {
        return malformed("Signature member is not a byte sequence");
    }
    ParsedSignature parsed{in.key, {}, list->params, sigItem->value.text};
    for (const auto& item : list->items) {
        if (item.value.kind != sf::BareItem::Kind::String) {
            return malformed("a component identifier is not a string");
        }
        CoveredComponent component{item.value.text, false, {}};
        for (const auto& p : item.params) {
            if (p.key != "req" || p.value.kind != sf::BareItem::Kind::Boolean || !p.value.boolean) {
                return malformed("unsupported component parameter ;" + p.key);
            }
            component.req = true;
        }
        for (const auto& seen : parsed.components) {
            if (seen.name == component.name && seen.req == component.req) {
                return malformed("component listed twice: " + component.name);
            }
        }
        parsed.components.push_back(std::move(component));
    }
    for (const auto& p : parsed.params) {
        const bool integer = p.key == "created" || p.key == "expires";
        const bool text = p.key == "nonce" || p.key == "keyid" || p.key == "alg" || p.key == "tag";
        if (!integer && !text) return malformed("unknown parameter " + p.key);
        const auto kind = integer ? sf::BareItem::Kind::Integer : sf::BareItem::Kind::String;
        if (p.value.kind != kind) return malformed("parameter " + p.key + " has the wrong type");
    }
    return parsed;
}

const std::string* textParam(const sf::Parameters& params, std::string_view key) {
    const sf::BareItem* item = sf::findParam(params, key);
    return item != nullptr ? &item->text : nullptr;
}

const std::int64_t* intParam(const sf::Parameters& params, std::string_view key) {
    const sf::BareItem* item = sf::findParam(params, key);
    return item != nullptr ? &item->integer : nullptr;
}

// Checks alg and keyid; returns the keyid.
Result<std::string> checkAlgAndKey(const ParsedSignature& parsed, std::string_view expectedKeyId) {
    const std::string* alg = textParam(parsed.params, "alg");
    if (alg == nullptr || *alg != kAlgorithm) return malformed("alg must be \"ed25519\"");
    const std::string* keyId = textParam(parsed.params, "keyid");
    if (keyId == nullptr) return malformed("keyid is missing");
    if (*keyId != expectedKeyId) {
        return sigError("signing.key_mismatch",
                        "Khóa ký không khớp với chứng thư của máy / The signing keyid does not "
                        "match the client certificate");
    }
    return *keyId;
}

Result<void> checkSignatureBytes(const ParsedSignature& parsed, const PublicKey& key) {
    const std::string params =
        signatureParamsValue(parsed.components, sf::serialize(parsed.params));
    const std::string base = signatureBase(parsed.components, params);
    if (!key.verify(base, parsed.signature)) {
        return sigError("signing.invalid",
                        "Chữ ký không hợp lệ / The signature does not verify");
    }
    return {};
}

std::string serializedRequestParams(const SignOptions& options, const std::string& nonce) {
    sf::Parameters params;
    const auto created = options.created.time_since_epoch().count();
    params.push_back({"created", sf::makeInteger(created)});
    params.push_back({"expires", sf::makeInteger(created + options.lifetime.count())});
    params.push_back({"nonce", sf::makeString(nonce)});
    params.push_back({"keyid", sf::makeString(options.keyId)});
    params.push_back({"alg", sf::makeString(std::string(kAlgorithm))});
    return sf::serialize(params);
}

bool isPrintableAscii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c <= 0x7E; });
}

}  // namespace

std::string signatureParamsValue(const std::vector<CoveredComponent>& components,
                                 std::string_view serializedParameters) {
    sf::InnerList list;
    for (const auto& c : components) {
        sf::Item item{sf::makeString(c.name), {}};
        if (c.req) item.params.push_back({"req", sf::makeBoolean(true)});
        list.items.push_back(std::move(item));
    }
    return sf::serialize(list) + std::string(serializedParameters);
}

std::string signatureBase(const std::vector<CoveredComponent>& components,
                          std::string_view signatureParams) {
    std::string base;
    for (const auto& c : components) {
        base += '"';
        base += c.name;
        base += '"';
        if (c.req) base += ";req";
        base += ": ";
        base += c.value;
        base += '\n';
    }
    base += "\"@signature-params\": ";
    base += signatureParams;
    return base;
}

std::vector<std::string> requestComponents(bool withIdempotencyKey) {
    std::vector<std::string> names{"@method", "@target-uri", "content-digest", "content-type"};
    if (withIdempotencyKey) names.emplace_back("idempotency-key");
    return names;
}

Result<SignatureHeaders> signRequest(const OutgoingRequest& request, const PrivateKey& key,
                                     const SignOptions& options) {
    // Every value goes into a header line: anything outside printable ASCII would be refused
    // by the portal or split the signature base.
    for (std::string_view v : {std::string_view(request.method), std::string_view(request.targetUri),
                               std::string_view(request.contentType),
                               std::string_view(request.idempotencyKey),
                               std::string_view(options.keyId)}) {
        if (!isPrintableAscii(v)) return malformed("a signed value is not printable ASCII");
    }
    if (request.method.empty() || request.targetUri.empty() || options.keyId.empty()) {
        return malformed("method, target URI and keyid are required");
    }
    const std::string nonce = options.nonce.empty() ? randomNonce() : options.nonce;
    if (nonce.empty() || !isPrintableAscii(nonce)) return malformed("no usable nonce");

    SignatureHeaders headers;
    headers.contentDigest = contentDigest(request.body);
    std::vector<CoveredComponent> components{
        {"@method", false, request.method},
        {"@target-uri", false, request.targetUri},
        {"content-digest", false, headers.contentDigest},
        {"content-type", false, std::string(text::trimAsciiSpace(request.contentType))},
    };
    if (!request.idempotencyKey.empty()) {
        components.push_back({"idempotency-key", false, std::string(text::trimAsciiSpace(request.idempotencyKey))});
    }
    const std::string params =
        signatureParamsValue(components, serializedRequestParams(options, nonce));
    auto signature = key.sign(signatureBase(components, params));
    if (!signature) return signature.error();
    headers.signatureInput = options.label + "=" + params;
    headers.signature = options.label + "=" + sf::serialize(sf::makeBytes(*signature));
    return headers;
}

Result<std::string> claimedKeyId(const HeaderLookup& header) {
    auto parsed = parseSignature(header);
    if (!parsed) return parsed.error();
    const std::string* keyId = textParam(parsed->params, "keyid");
    if (keyId == nullptr) return malformed("keyid is missing");
    return *keyId;
}

Result<VerifiedSignature> verifyRequest(const IncomingRequest& request, const PublicKey& key,
                                        const VerifyPolicy& policy, NonceCache& nonces) {
    auto parsed = parseSignature(request.header);
    if (!parsed) return parsed.error();
    auto keyId = checkAlgAndKey(*parsed, policy.expectedKeyId);
    if (!keyId) return keyId.error();

    for (const auto& required : policy.requiredComponents) {
        const bool covered = std::any_of(parsed->components.begin(), parsed->components.end(),
                                         [&](const auto& c) { return c.name == required && !c.req; });
        if (!covered) return malformed("component not covered: " + required);
    }
    for (auto& component : parsed->components) {
        if (component.req) return malformed(";req is only for responses");
        if (component.name == "@method") {
            component.value = request.method;
        } else if (component.name == "@target-uri") {
            component.value = request.targetUri;
        } else if (!component.name.empty() && component.name.front() == '@') {
            return malformed("unsupported derived component " + component.name);
        } else {
            const auto value = request.header(component.name);
            if (!value) return missing(component.name);
            component.value = std::string(text::trimAsciiSpace(*value));
        }
    }
    const auto digest = request.header("content-digest");
    if (!digest) return missing("Content-Digest");
    if (!contentDigestMatches(*digest, request.body)) {
        return sigError("signing.digest_mismatch",
                        "Nội dung không khớp với Content-Digest / The body does not match "
                        "Content-Digest");
    }

    const std::int64_t* created = intParam(parsed->params, "created");
    if (created == nullptr) return malformed("created is missing");
    const std::string* nonce = textParam(parsed->params, "nonce");
    if (nonce == nullptr || nonce->empty() || nonce->size() > 128) {
        return malformed("nonce is missing or too long");
    }
    const sys_seconds createdAt{seconds(*created)};
    const std::int64_t* expires = intParam(parsed->params, "expires");
    const bool tooOld = createdAt < policy.now - policy.maxAge;
    const bool inFuture = createdAt > policy.now + policy.maxFuture;
    const bool expired = expires != nullptr && sys_seconds(seconds(*expires)) < policy.now;
    if (tooOld || inFuture || expired) {
        return sigError("signing.expired",
                        "Chữ ký đã hết hạn hoặc đồng hồ của máy bị lệch; hãy chỉnh giờ rồi gửi lại "
                        "/ Signature expired or the kiosk clock is off; re-sync the clock and retry");
    }

    auto valid = checkSignatureBytes(*parsed, key);
    if (!valid) return valid.error();

    // Keep the nonce as long as a request carrying it could still pass the age check.
    const sys_seconds keepUntil = std::max(createdAt, policy.now) + policy.maxAge + policy.maxFuture;
    // The same signature again is the same request again (it covers method, URI, body digest
    // and idempotency key): harmless, since every kiosk write is idempotent. Anything else
    // carrying a used nonce is a replay.
    const NonceUse use = nonces.remember(*keyId, *nonce, parsed->signature, keepUntil, policy.now);
    if (use == NonceUse::Reused) {
        return sigError("signing.nonce_reused",
                        "Yêu cầu này đã được gửi trước đó (nonce đã dùng) / Replayed request: "
                        "the nonce was already used");
    }
    return VerifiedSignature{parsed->label, *keyId, *nonce, createdAt, use == NonceUse::SameRequest};
}

Result<SignatureHeaders> signResponse(const ResponseBinding& response, const PrivateKey& key,
                                      const ResponseSignOptions& options) {
    SignatureHeaders headers;
    headers.contentDigest = contentDigest(response.body);
    const std::vector<CoveredComponent> components{
        {"@status", false, std::to_string(response.status)},
        {"content-digest", false, headers.contentDigest},
        {"@method", true, response.requestMethod},
        {"@target-uri", true, response.requestTargetUri},
        {"content-digest", true, std::string(text::trimAsciiSpace(response.requestContentDigest))},
    };
    sf::Parameters params;
    params.push_back({"created", sf::makeInteger(options.created.time_since_epoch().count())});
    params.push_back({"keyid", sf::makeString(options.keyId)});
    params.push_back({"alg", sf::makeString(std::string(kAlgorithm))});
    const std::string value = signatureParamsValue(components, sf::serialize(params));
    auto signature = key.sign(signatureBase(components, value));
    if (!signature) return signature.error();
    headers.signatureInput = options.label + "=" + value;
    headers.signature = options.label + "=" + sf::serialize(sf::makeBytes(*signature));
    return headers;
}

Result<VerifiedSignature> verifyResponse(const ResponseBinding& response, const HeaderLookup& header,
                                         const PublicKey& key, std::string_view expectedKeyId) {
    auto parsed = parseSignature(header);
    if (!parsed) return parsed.error();
    auto keyId = checkAlgAndKey(*parsed, expectedKeyId);
    if (!keyId) return keyId.error();
    bool coversStatus = false;
    bool coversBody = false;
    bool coversMethod = false;
    bool coversTarget = false;
    bool coversRequestDigest = false;
    for (auto& c : parsed->components) {
        if (!c.req && c.name == "@status") {
            c.value = std::to_string(response.status);
            coversStatus = true;
        } else if (c.req && c.name == "@method") {
            c.value = response.requestMethod;
            coversMethod = true;
        } else if (c.req && c.name == "@target-uri") {
            c.value = response.requestTargetUri;
            coversTarget = true;
        } else if (c.req && c.name == "content-digest") {
            c.value = std::string(text::trimAsciiSpace(response.requestContentDigest));
            coversRequestDigest = true;
        } else if (!c.req && !c.name.empty() && c.name.front() != '@') {
            const auto value = header(c.name);
            if (!value) return missing(c.name);
            c.value = std::string(text::trimAsciiSpace(*value));
            coversBody = coversBody || c.name == "content-digest";
        } else {
            return malformed("unsupported component " + c.name);
        }
    }
    // Without the request's method and URI a receipt would prove nothing about which filing it
    // answers (docs/portal-api.md §2.3).
    if (!coversStatus || !coversBody || !coversMethod || !coversTarget || !coversRequestDigest) {
        return malformed(
            "a receipt must cover @status, content-digest, @method;req, @target-uri;req and "
            "content-digest;req");
    }
    const auto digest = header("content-digest");
    if (!digest || !contentDigestMatches(*digest, response.body)) {
        return sigError("signing.digest_mismatch",
                        "Nội dung biên nhận không khớp với Content-Digest / The receipt body does "
                        "not match Content-Digest");
    }
    auto valid = checkSignatureBytes(*parsed, key);
    if (!valid) return valid.error();
    const std::int64_t* created = intParam(parsed->params, "created");
    const std::string* nonce = textParam(parsed->params, "nonce");
    return VerifiedSignature{parsed->label, *keyId, nonce != nullptr ? *nonce : std::string(),
                             sys_seconds(seconds(created != nullptr ? *created : 0))};
}

}  // namespace kiosk::signing
