#include "kiosk/outbox/crypto.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <limits>
#include <memory>
#include <string_view>
#include <vector>

#include "kiosk/base/hex.hpp"
#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/signing/digest.hpp"

namespace kiosk::outbox {
namespace {

struct CipherCtxDeleter {
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
struct CipherDeleter {
    void operator()(EVP_CIPHER* cipher) const { EVP_CIPHER_free(cipher); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;
using Cipher = std::unique_ptr<EVP_CIPHER, CipherDeleter>;

Error cryptoError(const char* where) {
    return Error{"outbox.crypto",
                 "Máy không mã hóa được hồ sơ. Vui lòng báo cán bộ. (Encryption failed on the kiosk.)", where};
}

Error tampered() {
    return Error{"outbox.tampered",
                 "Dữ liệu hồ sơ đã bị thay đổi hoặc sai khóa; không đọc được. "
                 "(Filing data was altered or the key is wrong.)",
                 "unseal"};
}

// Where GCM's final call may write (it writes nothing); never arithmetic on a null pointer.
unsigned char* endOf(std::vector<unsigned char>& buffer, int used) {
    static unsigned char nothing = 0;
    return buffer.empty() ? &nothing : buffer.data() + used;
}

bool fitsInt(std::size_t n) { return n <= static_cast<std::size_t>(std::numeric_limits<int>::max()); }

}  // namespace

SecretKey::SecretKey(SecretKey&& other) noexcept : m_bytes(other.m_bytes) {
    OPENSSL_cleanse(other.m_bytes.data(), other.m_bytes.size());
}

SecretKey& SecretKey::operator=(SecretKey&& other) noexcept {
    if (this != &other) {
        m_bytes = other.m_bytes;
        OPENSSL_cleanse(other.m_bytes.data(), other.m_bytes.size());
    }
    return *this;
}

SecretKey::~SecretKey() { OPENSSL_cleanse(m_bytes.data(), m_bytes.size()); }

Result<SecretKey> SecretKey::random() {
    SecretKey key;
    if (auto ok = randomBytes(key.m_bytes); !ok) return ok.error();
    return key;
}

SecretKey SecretKey::fromBytes(std::span<const unsigned char, kKeyBytes> bytes) {
    SecretKey key;
    std::copy(bytes.begin(), bytes.end(), key.m_bytes.begin());
    return key;
}

std::string SecretKey::id() const {
    // Domain-separated so the id is never the hash of the bare key material.
    constexpr std::string_view kDomain = "kiosk-key-id:";
    std::vector<unsigned char> input;
    input.reserve(kDomain.size() + m_bytes.size());
    input.insert(input.end(), kDomain.begin(), kDomain.end());
    input.insert(input.end(), m_bytes.begin(), m_bytes.end());
    std::string digest = signing::sha256Hex(input);
    secureWipe(input);
    return digest.substr(0, 16);
}

Result<void> randomBytes(std::span<unsigned char> out) {
    if (!fitsInt(out.size()) || RAND_bytes(out.data(), static_cast<int>(out.size())) != 1) {
        return Error{"outbox.random", "Máy không tạo được số ngẫu nhiên an toàn. Vui lòng báo cán bộ. "
                                      "(The kiosk could not get secure random numbers.)",
                     "RAND_bytes"};
    }
    return {};
}

Result<std::string> newUuidV4() {
    std::array<unsigned char, 16> b{};
    if (auto ok = randomBytes(b); !ok) return ok.error();
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40);  // version 4
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80);  // RFC 4122 variant
    const std::string h = toHex(b);
    return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) + "-" + h.substr(20);
}

Result<Sealed> seal(const SecretKey& key, std::span<const unsigned char> plaintext, std::string_view aad) {
    if (!fitsInt(plaintext.size()) || !fitsInt(aad.size())) return cryptoError("seal: too large");
    Sealed out;
    out.iv.resize(kIvBytes);
    if (auto ok = randomBytes(out.iv); !ok) return ok.error();
    Cipher cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!cipher || !ctx) return cryptoError("seal: init");
    if (EVP_EncryptInit_ex2(ctx.get(), cipher.get(), key.bytes().data(), out.iv.data(), nullptr) != 1) {
        return cryptoError("seal: init");
    }
    int len = 0;
    if (EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.data()),
                          static_cast<int>(aad.size())) != 1) {
        return cryptoError("seal: aad");
    }
    out.ciphertext.resize(plaintext.size());
    int written = 0;
    if (!plaintext.empty() && EVP_EncryptUpdate(ctx.get(), out.ciphertext.data(), &written, plaintext.data(),
                                                static_cast<int>(plaintext.size())) != 1) {
        return cryptoError("seal: update");
    }
    int finalLen = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), endOf(out.ciphertext, written), &finalLen) != 1) {
        return cryptoError("seal: final");
    }
    out.tag.resize(kTagBytes);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, static_cast<int>(kTagBytes), out.tag.data()) != 1) {
        return cryptoError("seal: tag");
    }
    return out;
}

Result<std::vector<unsigned char>> unseal(const SecretKey& key, const Sealed& sealed, std::string_view aad) {
    if (sealed.iv.size() != kIvBytes || sealed.tag.size() != kTagBytes) return tampered();
    if (!fitsInt(sealed.ciphertext.size()) || !fitsInt(aad.size())) return tampered();
    Cipher cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!cipher || !ctx) return cryptoError("unseal: init");
    if (EVP_DecryptInit_ex2(ctx.get(), cipher.get(), key.bytes().data(), sealed.iv.data(), nullptr) != 1) {
        return cryptoError("unseal: init");
    }
    int len = 0;
    if (EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.data()),
                          static_cast<int>(aad.size())) != 1) {
        return tampered();
    }
    std::vector<unsigned char> plaintext(sealed.ciphertext.size());
    int written = 0;
    if (!sealed.ciphertext.empty() &&
        EVP_DecryptUpdate(ctx.get(), plaintext.data(), &written, sealed.ciphertext.data(),
                          static_cast<int>(sealed.ciphertext.size())) != 1) {
        secureWipe(plaintext);
        return tampered();
    }
    // EVP's ctrl takes a non-const pointer even for SET_TAG; it only reads the tag.
    std::array<unsigned char, kTagBytes> tag{};
    std::copy(sealed.tag.begin(), sealed.tag.end(), tag.begin());
    int finalLen = 0;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, static_cast<int>(kTagBytes), tag.data()) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), endOf(plaintext, written), &finalLen) != 1) {
        // A failed tag check means tampering or a wrong key: the output must never be used.
        secureWipe(plaintext);
        return tampered();
    }
    return plaintext;
}

}  // namespace kiosk::outbox
