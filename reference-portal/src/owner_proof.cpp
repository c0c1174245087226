#include "owner_proof.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <algorithm>
#include <fstream>

#include "kiosk/base/bounded_json.hpp"
#include "kiosk/base/hex.hpp"
#include "kiosk/base/lookup_secret.hpp"
#include "reference_portal/pki.hpp"
#include "routes.hpp"

namespace kiosk::reference_portal {
namespace {

constexpr std::string_view kField = "\"lookup_code\":\"";
constexpr std::chrono::seconds kFirstWait{60};
constexpr std::chrono::seconds kLongestWait{3600};

bool sameText(const std::string& a, const std::string& b) {
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

// Where the code's characters start in `body`, or npos.
std::size_t codeAt(const std::string& body) {
    const auto at = body.find(kField);
    if (at == std::string::npos || at + kField.size() + kLookupSecretLength > body.size()) return std::string::npos;
    return at + kField.size();
}

std::string applicantIdOf(const FilingRow& filing) {
    const auto request = parseBoundedJson(filing.requestJson);
    if (!request.is_object()) return {};
    const auto applicant = request.find("applicant");
    if (applicant == request.end() || !applicant->is_object()) return {};
    const auto id = applicant->find("id_number");
    return id != applicant->end() && id->is_string() ? id->get<std::string>() : std::string();
}

}  // namespace

Result<std::string> loadOrCreateLookupKey(const std::filesystem::path& file) {
    if (!std::filesystem::exists(file)) {
        unsigned char bytes[32];
        if (RAND_bytes(bytes, sizeof bytes) != 1) {
            return Error{"portal.random", "Không tạo được khóa mã tra cứu / Cannot make the look-up key", ""};
        }
        std::string key = toHex(std::span<const unsigned char>(bytes, sizeof bytes));
        OPENSSL_cleanse(bytes, sizeof bytes);
        if (auto wrote = writeFileAtomically(file, key + "\n", 0600); !wrote) return wrote.error();
    }
    std::ifstream in(file);
    std::string key;
    std::getline(in, key);
    if (!isHex(key, 64)) {
        return Error{"portal.lookup_key",
                     "Tệp khóa mã tra cứu hỏng / The look-up key file is damaged: " + file.string(), ""};
    }
    return key;
}

std::string lookupCodeFor(const std::string& key, const std::string& filingId) {
    const std::string message = "lookup-code/v1/" + filingId;
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(message.data()),
         message.size(), mac, &length);
    // 64 bits of the MAC, written in base 21: the bias of the modulo is below 2^-37.
    std::uint64_t n = 0;
    for (int i = 0; i < 8; ++i) n = (n << 8) | mac[i];
    std::string code;
    for (std::size_t i = 0; i < kLookupSecretLength; ++i) {
        code += kLookupSecretAlphabet[n % kLookupSecretAlphabet.size()];
        n /= kLookupSecretAlphabet.size();
    }
    OPENSSL_cleanse(mac, sizeof mac);
    return code;
}

std::string blankLookupCode(std::string body) {
    if (const auto at = codeAt(body); at != std::string::npos)
        body.replace(at, kLookupSecretLength, kLookupSecretLength, '_');
    return body;
}

std::string restoreLookupCode(const std::string& key, std::string body, const std::string& filingId) {
    if (const auto at = codeAt(body); at != std::string::npos)
        body.replace(at, kLookupSecretLength, lookupCodeFor(key, filingId));
    return body;
}

ProofCheck checkOwnerProof(PortalContext& ctx, const Call& call, const FilingRow& filing) {
    if (call.who.role == Role::Staff) return {ProofResult::Proven, {}};
    const std::string typed = call.http.get_header_value("Lookup-Code");
    const std::string card = call.http.get_header_value("Applicant-Id-Number");
    if (typed.empty() && card.empty()) return {};
    if (!card.empty()) {
        const std::string applicant = applicantIdOf(filing);
        return {!applicant.empty() && sameText(card, applicant) ? ProofResult::Proven : ProofResult::Wrong, {}};
    }
    LookupAttempts& attempts = ctx.lookupAttempts[call.who.id];
    if (call.now < attempts.refusingUntil) {
        return {ProofResult::Throttled,
                std::chrono::duration_cast<std::chrono::seconds>(attempts.refusingUntil - call.now)};
    }
    const auto code = readLookupSecret(typed);
    if (code && sameText(*code, lookupCodeFor(ctx.lookupKey, filing.filingId))) {
        attempts.wrongInARow = 0;
        return {ProofResult::Proven, {}};
    }
    ++attempts.wrongInARow;
    if (attempts.wrongInARow < LookupAttempts::kFreeWrong) return {ProofResult::Wrong, {}};
    const int doublings = std::min(attempts.wrongInARow - LookupAttempts::kFreeWrong, 6);
    const auto wait = std::min(kFirstWait * (1 << doublings), kLongestWait);
    attempts.refusingUntil = call.now + wait;
    return {ProofResult::Throttled, wait};
}

std::optional<ApiResponse> refusedProof(const ProofCheck& check, const Call& call) {
    if (check.result == ProofResult::Wrong) {
        return problem(403, "owner_proof_wrong",
                       "Mã tra cứu hoặc số căn cước không khớp với hồ sơ / The look-up code or ID number does not "
                       "match the filing",
                       call.instance);
    }
    if (check.result != ProofResult::Throttled) return std::nullopt;
    ApiResponse answer = problem(429, "too_many_attempts",
                                 "Máy này đã nhập sai mã tra cứu nhiều lần; chờ " +
                                     std::to_string(check.retryAfter.count()) +
                                     " giây / Too many wrong look-up codes from this kiosk; wait " +
                                     std::to_string(check.retryAfter.count()) + " s",
                                 call.instance);
    answer.headers.emplace_back("Retry-After", std::to_string(check.retryAfter.count()));
    return answer;
}

}  // namespace kiosk::reference_portal
