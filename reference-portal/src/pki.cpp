#include "reference_portal/pki.hpp"

#include <fcntl.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <memory>
#include <string_view>

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/signing/digest.hpp"
#include "kiosk/signing/keys.hpp"

namespace kiosk::reference_portal {

namespace fs = std::filesystem;

namespace {

using PkeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;

constexpr long kDay = 24 * 60 * 60;

Error pkiError(std::string what) {
    return Error{"portal.pki", "Không tạo được chứng thư phát triển / Could not create the "
                               "development PKI: " + what,
                 {}};
}

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string bioText(BIO* bio) {
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? std::string(data, static_cast<std::size_t>(length)) : std::string();
}

std::string keyPem(EVP_PKEY* key) {
    BioPtr bio(BIO_new(BIO_s_secmem()), BIO_free);
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioText(bio.get());
}

std::string certPem(X509* cert) {
    BioPtr bio(BIO_new(BIO_s_mem()), BIO_free);
    PEM_write_bio_X509(bio.get(), cert);
    return bioText(bio.get());
}

PkeyPtr loadKey(const fs::path& path) {
    std::string pem = readText(path);
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), BIO_free);
    PkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), EVP_PKEY_free);
    secureWipe(pem);
    return key;
}

X509Ptr loadCert(const fs::path& path) {
    const std::string pem = readText(path);
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), BIO_free);
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), X509_free);
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value) {
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (ext == nullptr) return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

enum class Kind { Ca, Server, Client };

// A certificate for `key`, issued by (issuer, issuerKey) or self-signed when issuer is null.
X509Ptr makeCertificate(EVP_PKEY* key, const std::string& commonName, const std::string& unit,
                        Kind kind, X509* issuer, EVP_PKEY* issuerKey, long days) {
    X509Ptr cert(X509_new(), X509_free);
    if (!cert) return cert;
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7F;  // a positive serial number
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_set_version(cert.get(), 2);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -kDay);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), days * kDay);
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    auto add = [name](const char* field, const std::string& value) {
        X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(value.c_str()), -1, -1, 0);
    };
    add("O", "kiosk-portal development PKI");
    add("OU", unit);
    add("CN", commonName);
    X509* issuerCert = issuer != nullptr ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert));
    bool ok = addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash");
    if (kind == Kind::Ca) {
        ok = ok && addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:TRUE") &&
             addExtension(cert.get(), issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok &&
             addExtension(cert.get(), issuerCert, NID_authority_key_identifier, "keyid:always") &&
             addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(cert.get(), issuerCert, NID_key_usage,
                          "critical,digitalSignature,keyAgreement") &&
             addExtension(cert.get(), issuerCert, NID_ext_key_usage,
                          kind == Kind::Server ? "serverAuth" : "clientAuth");
        if (kind == Kind::Server) {
            ok = ok && addExtension(cert.get(), issuerCert, NID_subject_alt_name,
                                    "DNS:localhost,IP:127.0.0.1,IP:::1");
        }
    }
    if (!ok || X509_sign(cert.get(), issuerKey != nullptr ? issuerKey : key, EVP_sha256()) == 0) {
        cert.reset();
    }
    return cert;
}

PkeyPtr newTlsKey() {
    return PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), EVP_PKEY_free);
}

Result<void> makeDirectory(const fs::path& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return pkiError("mkdir " + dir.string());
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
    return {};
}

// Issues a client certificate for `id` into `dir` unless one is there; returns its fingerprint.
Result<std::string> ensureClientCertificate(const fs::path& dataDir, const fs::path& dir,
                                            const std::string& id, const std::string& unit) {
    if (auto made = makeDirectory(dir); !made) return made.error();
    if (!fs::exists(dir / "client.pem")) {
        PkeyPtr caKey = loadKey(dataDir / "ca.key");
        X509Ptr ca = loadCert(dataDir / "ca.pem");
        PkeyPtr key = newTlsKey();
        if (!caKey || !ca || !key) return pkiError("CA or key for " + id);
        X509Ptr cert = makeCertificate(key.get(), id, unit, Kind::Client, ca.get(), caKey.get(),
                                       2 * 365);
        if (!cert) return pkiError("client certificate for " + id);
        std::string pem = keyPem(key.get());
        auto wrote = writeFileAtomically(dir / "client.key", pem, 0600);
        secureWipe(pem);
        if (!wrote) return wrote.error();
        if (auto w = writeFileAtomically(dir / "client.pem", certPem(cert.get()), 0644); !w) {
            return w.error();
        }
    }
    if (auto w = writeFileAtomically(dir / "ca.pem", readText(dataDir / "ca.pem"), 0644); !w) {
        return w.error();
    }
    X509Ptr cert = loadCert(dir / "client.pem");
    if (!cert) return pkiError("unreadable client.pem for " + id);
    return certificateFingerprint(cert.get());
}

}  // namespace

std::string certificateFingerprint(const X509* cert) {
    if (cert == nullptr) return {};
    unsigned char* der = nullptr;
    const int length = i2d_X509(cert, &der);
    if (length <= 0) return {};
    std::string fingerprint =
        signing::sha256Hex(std::string_view(reinterpret_cast<const char*>(der), static_cast<std::size_t>(length)));
    OPENSSL_free(der);
    return fingerprint;
}

bool isClientId(const std::string& id) {
    return !id.empty() && id.size() <= 64 && id.front() != '.' &&
           std::all_of(id.begin(), id.end(), [](char c) {
               return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '.' || c == '_' || c == '-';
           });
}

Result<void> writeFileAtomically(const fs::path& path, const std::string& text, unsigned mode) {
    const fs::path temp = path.string() + ".tmp";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
                          static_cast<mode_t>(mode));
    if (fd < 0) return pkiError("open " + temp.string());
    ::fchmod(fd, static_cast<mode_t>(mode));
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n <= 0) {
            ::close(fd);
            return pkiError("write " + temp.string());
        }
        written += static_cast<std::size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced || ::rename(temp.c_str(), path.c_str()) != 0) {
        return pkiError("rename " + path.string());
    }
    return {};
}

Result<void> ensurePortalPki(const fs::path& dataDir) {
    if (auto made = makeDirectory(dataDir); !made) return made.error();
    if (!fs::exists(dataDir / "ca.pem")) {
        PkeyPtr key = newTlsKey();
        if (!key) return pkiError("CA key");
        X509Ptr ca = makeCertificate(key.get(), "kiosk-portal development CA", "ca", Kind::Ca,
                                     nullptr, nullptr, 10 * 365);
        if (!ca) return pkiError("CA certificate");
        std::string pem = keyPem(key.get());
        auto wrote = writeFileAtomically(dataDir / "ca.key", pem, 0600);
        secureWipe(pem);
        if (!wrote) return wrote.error();
        if (auto w = writeFileAtomically(dataDir / "ca.pem", certPem(ca.get()), 0644); !w) {
            return w.error();
        }
    }
    if (!fs::exists(dataDir / "server.pem")) {
        PkeyPtr caKey = loadKey(dataDir / "ca.key");
        X509Ptr ca = loadCert(dataDir / "ca.pem");
        PkeyPtr key = newTlsKey();
        if (!caKey || !ca || !key) return pkiError("server key");
        X509Ptr cert = makeCertificate(key.get(), "localhost", "portal", Kind::Server, ca.get(),
                                       caKey.get(), 2 * 365);
        if (!cert) return pkiError("server certificate");
        std::string pem = keyPem(key.get());
        auto wrote = writeFileAtomically(dataDir / "server.key", pem, 0600);
        secureWipe(pem);
        if (!wrote) return wrote.error();
        if (auto w = writeFileAtomically(dataDir / "server.pem", certPem(cert.get()), 0644); !w) {
            return w.error();
        }
    }
    if (!fs::exists(dataDir / "portal-signing.key")) {
        auto key = signing::PrivateKey::generate();
        if (!key) return key.error();
        std::string pem = key->toPem();
        auto wrote = writeFileAtomically(dataDir / "portal-signing.key", pem, 0600);
        secureWipe(pem);
        if (!wrote) return wrote.error();
        if (auto w = writeFileAtomically(dataDir / "portal-signing.pub",
                                         key->publicKey()->toPem(), 0644);
            !w) {
            return w.error();
        }
    }
    return {};
}

namespace {

// The client's Ed25519 request-signing key pair in `dir` (made once, never replaced): every
// write of a kiosk or an operator is signed with it (portal-api.md §2.2). Its public key, PEM.
Result<std::string> ensureSigningKey(const fs::path& dir) {
    if (!fs::exists(dir / "signing.key")) {
        auto key = signing::PrivateKey::generate();
        if (!key) return key.error();
        std::string pem = key->toPem();
        auto wrote = writeFileAtomically(dir / "signing.key", pem, 0600);
        secureWipe(pem);
        if (!wrote) return wrote.error();
        if (auto w = writeFileAtomically(dir / "signing.pub", key->publicKey()->toPem(), 0644);
            !w) {
            return w.error();
        }
    }
    auto pub = signing::loadPublicKey(dir / "signing.pub");
    if (!pub) return pub.error();
    return pub->toPem();
}

}  // namespace

Result<EnrolledClient> ensureKioskEnrollment(const fs::path& dataDir, const std::string& kioskId) {
    if (!isClientId(kioskId)) return pkiError("invalid kiosk id");
    const fs::path dir = dataDir / "enroll" / kioskId;
    auto fingerprint = ensureClientCertificate(dataDir, dir, kioskId, "kiosk");
    if (!fingerprint) return fingerprint.error();
    auto publicKey = ensureSigningKey(dir);
    if (!publicKey) return publicKey.error();
    if (auto w = writeFileAtomically(dir / "portal-signing.pub",
                                     readText(dataDir / "portal-signing.pub"), 0644);
        !w) {
        return w.error();
    }
    return EnrolledClient{kioskId, *fingerprint, *publicKey};
}

Result<EnrolledClient> ensureStaffEnrollment(const fs::path& dataDir, const std::string& operatorId) {
    if (!isClientId(operatorId)) return pkiError("invalid operator id");
    const fs::path dir = dataDir / "staff" / operatorId;
    auto fingerprint = ensureClientCertificate(dataDir, dir, operatorId, "staff");
    if (!fingerprint) return fingerprint.error();
    auto publicKey = ensureSigningKey(dir);
    if (!publicKey) return publicKey.error();
    return EnrolledClient{operatorId, *fingerprint, *publicKey};
}

Result<void> writeEnrollmentToml(const fs::path& dataDir, const std::string& kioskId, const std::string& portalUrl,
                                 const std::string& agencyCode) {
    const std::string text =
        "# Written by kiosk-portal; portal_url is rewritten each time the portal starts.\n"
        "kiosk_id = \"" + kioskId + "\"\n"
        "portal_url = \"" + portalUrl + "\"\n"
        "agency_code = \"" + agencyCode + "\"\n"
        "ca_cert = \"ca.pem\"\n"
        "client_cert = \"client.pem\"\n"
        "client_key = \"client.key\"\n"
        "signing_key = \"signing.key\"\n"
        "signing_public_key = \"signing.pub\"\n"
        "portal_signing_public_key = \"portal-signing.pub\"\n";
    return writeFileAtomically(dataDir / "enroll" / kioskId / "enrollment.toml", text, 0644);
}

}  // namespace kiosk::reference_portal
