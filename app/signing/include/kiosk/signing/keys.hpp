#pragma once
// Ed25519 keys (OpenSSL 3 EVP): the kiosk's request-signing key and the portal's acknowledgement key.
// PEM on disk: PKCS#8 for private keys, SubjectPublicKeyInfo for public keys.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "kiosk/base/result.hpp"

typedef struct evp_pkey_st EVP_PKEY;

namespace kiosk::signing {

using PkeyPtr = std::shared_ptr<EVP_PKEY>;

class PublicKey {
public:
    // Reads a SubjectPublicKeyInfo PEM; refuses any key that is not Ed25519.
    static Result<PublicKey> fromPem(std::string_view pem);
    // Wraps the 32 raw public-key bytes.
    static Result<PublicKey> fromRaw(std::string_view raw32);

    // SubjectPublicKeyInfo PEM text.
    std::string toPem() const;
    // The 32 raw public-key bytes.
    std::string raw() const;
    // True when `signature` (64 bytes) is a valid Ed25519 signature of `message`.
    bool verify(std::string_view message, std::string_view signature) const;

private:
    explicit PublicKey(PkeyPtr key) : m_key(std::move(key)) {}
    PkeyPtr m_key;
};

class PrivateKey {
public:
    // A fresh key from the system's random source.
    static Result<PrivateKey> generate();
    // Reads an unencrypted PKCS#8 PEM; refuses any key that is not Ed25519.
    static Result<PrivateKey> fromPem(std::string_view pem);

    // Unencrypted PKCS#8 PEM; secret: the caller wipes it (kiosk::secureWipe) after writing.
    std::string toPem() const;
    // The matching public key.
    Result<PublicKey> publicKey() const;
    // The 64-byte Ed25519 signature of `message`.
    Result<std::string> sign(std::string_view message) const;

private:
    explicit PrivateKey(PkeyPtr key) : m_key(std::move(key)) {}
    PkeyPtr m_key;  // OpenSSL cleanses Ed25519 key material when the key is freed
};

// Reads a private key file, refusing one that group or others may read (it must be 0600 or stricter).
Result<PrivateKey> loadPrivateKey(const std::filesystem::path& path);
// Reads a public key file.
Result<PublicKey> loadPublicKey(const std::filesystem::path& path);

}  // namespace kiosk::signing
