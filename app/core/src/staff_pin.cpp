#include "kiosk/core/staff_pin.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <stdexcept>

#include "kiosk/core/staff_pin_hash.hpp"

namespace kiosk::core {
namespace {

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;

std::vector<unsigned char> derive(const std::string& pin, const std::vector<unsigned char>& salt, int iterations) {
    std::vector<unsigned char> out(kHashBytes);
    if (PKCS5_PBKDF2_HMAC(pin.data(), static_cast<int>(pin.size()), salt.data(), static_cast<int>(salt.size()),
                          iterations, EVP_sha256(), static_cast<int>(out.size()), out.data()) != 1) {
        throw std::runtime_error("PBKDF2-HMAC-SHA256 failed");
    }
    return out;
}

}  // namespace

bool acceptableNewStaffPin(const std::string& pin) {
    return pin.size() >= 6 && pin.size() <= 12 &&
           std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string hashStaffPin(const std::string& pin, int iterations) {
    StaffPinHash hash;
    hash.iterations = iterations;
    hash.salt.resize(kSaltBytes);
    if (RAND_bytes(hash.salt.data(), static_cast<int>(hash.salt.size())) != 1) {
        throw std::runtime_error("no random bytes for the PIN's salt");
    }
    hash.hash = derive(pin, hash.salt, iterations);
    return formatStaffPinHash(hash);
}

bool verifyStaffPin(const std::string& pin, const std::string& storedHash) {
    const auto stored = parseStaffPinHash(storedHash);
    if (!stored) return false;
    auto typed = derive(pin, stored->salt, stored->iterations);
    const bool same = CRYPTO_memcmp(typed.data(), stored->hash.data(), kHashBytes) == 0;
    OPENSSL_cleanse(typed.data(), typed.size());
    return same;
}

}  // namespace kiosk::core
