#pragma once
// Envelope encryption for filings at rest: AES-256-GCM through OpenSSL's EVP interface, one
// random data key per filing, wrapped by the kiosk's master key (portal-integration.md §6.1).
#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/base/result.hpp"

namespace kiosk::outbox {

inline constexpr std::size_t kKeyBytes = 32;
inline constexpr std::size_t kIvBytes = 12;
inline constexpr std::size_t kTagBytes = 16;

// A 256-bit key that is zeroised (OPENSSL_cleanse) when it goes away; it cannot be copied.
class SecretKey {
public:
    SecretKey() = default;
    SecretKey(SecretKey&& other) noexcept;
    SecretKey& operator=(SecretKey&& other) noexcept;
    SecretKey(const SecretKey&) = delete;
    SecretKey& operator=(const SecretKey&) = delete;
    ~SecretKey();

    // A fresh key from the OpenSSL CSPRNG.
    static Result<SecretKey> random();
    // Takes a key from `bytes` (which must be kKeyBytes long); the caller wipes its copy.
    static SecretKey fromBytes(std::span<const unsigned char, kKeyBytes> bytes);

    std::span<const unsigned char, kKeyBytes> bytes() const { return m_bytes; }
    // A short public name for the key (hex of a hash), so a wrong key is recognised as such.
    std::string id() const;

private:
    std::array<unsigned char, kKeyBytes> m_bytes{};
};

struct Sealed {
    std::vector<unsigned char> iv;          // 12 random bytes
    std::vector<unsigned char> ciphertext;  // as long as the plaintext
    std::vector<unsigned char> tag;         // 16 bytes
};

// Fills `out` from the OpenSSL CSPRNG.
Result<void> randomBytes(std::span<unsigned char> out);

// A random (version 4) UUID in its 36-character text form.
Result<std::string> newUuidV4();

// Encrypts `plaintext` under `key` with a fresh random IV; `aad` is authenticated, not stored.
Result<Sealed> seal(const SecretKey& key, std::span<const unsigned char> plaintext, std::string_view aad);

// Decrypts and authenticates; any change to ciphertext, IV, tag, AAD or key is an error and no
// plaintext is returned. The caller wipes the plaintext when done.
Result<std::vector<unsigned char>> unseal(const SecretKey& key, const Sealed& sealed, std::string_view aad);

}  // namespace kiosk::outbox
