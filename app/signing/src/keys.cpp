#include "kiosk/signing/keys.hpp"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <sys/stat.h>

#include <fstream>
#include <iterator>

#include "kiosk/base/secure_wipe.hpp"

namespace kiosk::signing {

namespace {

constexpr std::size_t kSignatureBytes = 64;
constexpr std::size_t kPublicKeyBytes = 32;

Error keyError(std::string code, std::string message) {
    return Error{std::move(code), std::move(message), {}};
}

Error notEd25519() {
    return keyError("signing.bad_key",
                    "Khóa không phải Ed25519 hoặc không đọc được / Not a readable Ed25519 key");
}

PkeyPtr wrap(EVP_PKEY* key) { return PkeyPtr(key, EVP_PKEY_free); }

struct BioDeleter {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

BioPtr memoryBio(std::string_view text) {
    return BioPtr(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
}

std::string drain(BIO* bio) {
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? std::string(data, static_cast<std::size_t>(length)) : std::string();
}

Result<std::string> readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return keyError("signing.key_file",
                        "Không đọc được tệp khóa / Cannot read the key file: " + path.string());
    }
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

Result<PublicKey> PublicKey::fromPem(std::string_view pem) {
    if (pem.size() > 1 << 16) return notEd25519();
    BioPtr bio = memoryBio(pem);
    if (!bio) return notEd25519();
    EVP_PKEY* key = PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    if (key == nullptr) return notEd25519();
    PkeyPtr owned = wrap(key);
    if (!EVP_PKEY_is_a(key, "ED25519")) return notEd25519();
    return PublicKey(std::move(owned));
}

Result<PublicKey> PublicKey::fromRaw(std::string_view raw32) {
    if (raw32.size() != kPublicKeyBytes) return notEd25519();
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(raw32.data()), raw32.size());
    if (key == nullptr) return notEd25519();
    return PublicKey(wrap(key));
}

std::string PublicKey::toPem() const {
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1) return {};
    return drain(bio.get());
}

std::string PublicKey::raw() const {
    std::string out(kPublicKeyBytes, '\0');
    std::size_t length = out.size();
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char*>(out.data()),
                                    &length) != 1) {
        return {};
    }
    out.resize(length);
    return out;
}

bool PublicKey::verify(std::string_view message, std::string_view signature) const {
    if (signature.size() != kSignatureBytes) return false;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    if (ctx == nullptr) return false;
    // Ed25519 is one-shot: no digest name, no streaming updates (portal-integration.md §4.3).
    bool ok = EVP_DigestVerifyInit_ex(ctx, nullptr, nullptr, nullptr, nullptr, m_key.get(),
                                      nullptr) == 1 &&
              EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.data()),
                               signature.size(),
                               reinterpret_cast<const unsigned char*>(message.data()),
                               message.size()) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

Result<PrivateKey> PrivateKey::generate() {
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (key == nullptr) {
        return keyError("signing.keygen",
                        "Không tạo được khóa Ed25519 / Could not generate an Ed25519 key");
    }
    return PrivateKey(wrap(key));
}

Result<PrivateKey> PrivateKey::fromPem(std::string_view pem) {
    if (pem.size() > 1 << 16) return notEd25519();
    BioPtr bio = memoryBio(pem);
    if (!bio) return notEd25519();
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    if (key == nullptr) return notEd25519();
    PkeyPtr owned = wrap(key);
    if (!EVP_PKEY_is_a(key, "ED25519")) return notEd25519();
    return PrivateKey(std::move(owned));
}

std::string PrivateKey::toPem() const {
    BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio) return {};
    if (PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
        1) {
        return {};
    }
    return drain(bio.get());
}

Result<PublicKey> PrivateKey::publicKey() const {
    // A separate public-only key, so a PublicKey never carries the secret half around.
    std::string raw(kPublicKeyBytes, '\0');
    std::size_t length = raw.size();
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char*>(raw.data()),
                                    &length) != 1) {
        return notEd25519();
    }
    raw.resize(length);
    return PublicKey::fromRaw(raw);
}

Result<std::string> PrivateKey::sign(std::string_view message) const {
    std::string signature(kSignatureBytes, '\0');
    std::size_t length = signature.size();
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    bool ok = ctx != nullptr &&
              EVP_DigestSignInit_ex(ctx, nullptr, nullptr, nullptr, nullptr, m_key.get(),
                                    nullptr) == 1 &&
              EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(signature.data()), &length,
                             reinterpret_cast<const unsigned char*>(message.data()),
                             message.size()) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok || length != kSignatureBytes) {
        return keyError("signing.sign_failed", "Không ký được yêu cầu / Signing failed");
    }
    return signature;
}

Result<PrivateKey> loadPrivateKey(const std::filesystem::path& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        return keyError("signing.key_file",
                        "Không tìm thấy tệp khóa / Key file not found: " + path.string());
    }
    if ((info.st_mode & 077) != 0) {
        return keyError("signing.key_permissions",
                        "Tệp khóa bí mật không được để người khác đọc; hãy chạy chmod 600 " +
                            path.string() + " / Private key file is readable by others");
    }
    auto pem = readFile(path);
    if (!pem) return pem.error();
    auto key = PrivateKey::fromPem(*pem);
    secureWipe(*pem);
    return key;
}

Result<PublicKey> loadPublicKey(const std::filesystem::path& path) {
    auto pem = readFile(path);
    if (!pem) return pem.error();
    return PublicKey::fromPem(*pem);
}

}  // namespace kiosk::signing
