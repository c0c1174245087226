#include "kiosk/portal_client/enrollment.hpp"

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <toml++/toml.h>

#include "kiosk/base/secure_wipe.hpp"
#include "kiosk/signing/keys.hpp"

namespace kiosk::portal_client {
namespace fs = std::filesystem;
namespace {

constexpr const char* kFix = " Chạy lại `kiosk-admin enroll` với thư mục kiosk-portal đã tạo. (Run `kiosk-admin enroll` again.)";

Error fail(const char* code, const std::string& vi, const std::string& en, const std::string& where) {
    return Error{code, vi + " (" + en + ")." + kFix, where};
}

bool isKioskId(std::string_view id) {
    return !id.empty() && id.size() <= 64 && id.front() != '.' && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    });
}

bool isPlainFileName(std::string_view name) {
    return !name.empty() && name.size() <= 128 && name != "." && name != ".." &&
           name.find('/') == std::string_view::npos && name.find('\0') == std::string_view::npos;
}

std::optional<std::string> readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    if (!in.good() && !in.eof()) return std::nullopt;
    return std::move(text).str();
}

struct X509Free {
    void operator()(X509* x) const { X509_free(x); }
};
struct PkeyFree {
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

X509Ptr loadCertificate(const std::string& pem) {
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), BIO_free);
    if (!bio) return nullptr;
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

PkeyPtr loadTlsKey(std::string& pem) {
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), BIO_free);
    PkeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    secureWipe(pem);
    return key;
}

std::string commonName(X509* cert) {
    char buffer[256] = {};
    const int n = X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, buffer, sizeof buffer);
    return n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string();
}

// The certificate chain and key checks of readEnrollment, on files already known readable.
std::optional<Error> checkCertificates(const Enrollment& e) {
    const auto caPem = readText(e.caCert);
    const auto certPem = readText(e.clientCert);
    X509Ptr ca = caPem ? loadCertificate(*caPem) : nullptr;
    X509Ptr cert = certPem ? loadCertificate(*certPem) : nullptr;
    if (!ca) return fail("enrollment.certificate", "Tệp chứng thư CA không đọc được", "ca certificate unreadable", e.caCert.filename().string());
    if (!cert) {
        return fail("enrollment.certificate", "Tệp chứng thư của kiosk không đọc được", "client certificate unreadable",
                    e.clientCert.filename().string());
    }
    EVP_PKEY* caKey = X509_get0_pubkey(ca.get());
    if (!caKey || X509_verify(cert.get(), caKey) != 1 || X509_check_issued(ca.get(), cert.get()) != X509_V_OK) {
        return fail("enrollment.certificate", "Chứng thư của kiosk không do CA của cổng cấp",
                    "client certificate not issued by the enrollment's CA", e.clientCert.filename().string());
    }
    if (commonName(cert.get()) != e.kioskId) {
        return fail("enrollment.certificate", "Chứng thư của kiosk mang mã kiosk khác với kiosk_id",
                    "client certificate CN differs from kiosk_id", e.clientCert.filename().string());
    }
    if (X509_cmp_current_time(X509_get0_notBefore(cert.get())) >= 0 ||
        X509_cmp_current_time(X509_get0_notAfter(cert.get())) <= 0) {
        return fail("enrollment.certificate", "Chứng thư của kiosk chưa có hiệu lực hoặc đã hết hạn (kiểm tra cả đồng hồ máy)",
                    "client certificate not yet valid or expired; check the clock too", e.clientCert.filename().string());
    }
    auto keyPem = readText(e.clientKey);
    if (!keyPem) return fail("enrollment.file", "Không đọc được khóa TLS của kiosk", "cannot read the TLS key", e.clientKey.filename().string());
    PkeyPtr key = loadTlsKey(*keyPem);
    if (!key || X509_check_private_key(cert.get(), key.get()) != 1) {
        return fail("enrollment.key_mismatch", "Khóa TLS của kiosk không khớp với chứng thư",
                    "client key does not match the client certificate", e.clientKey.filename().string());
    }
    return std::nullopt;
}

std::optional<Error> checkSigningKeys(const Enrollment& e) {
    auto privateKey = signing::loadPrivateKey(e.signingKey);
    if (!privateKey) {
        return fail("enrollment.file", "Khóa ký Ed25519 của kiosk không đọc được", "signing key unreadable or not Ed25519",
                    e.signingKey.filename().string());
    }
    auto publicKey = signing::loadPublicKey(e.signingPublicKey);
    auto derived = privateKey->publicKey();
    if (!publicKey || !derived || derived->raw() != publicKey->raw()) {
        return fail("enrollment.key_mismatch", "Khóa ký của kiosk không khớp với khóa công khai",
                    "signing key does not match signing public key", e.signingPublicKey.filename().string());
    }
    if (!signing::loadPublicKey(e.portalSigningPublicKey)) {
        return fail("enrollment.file", "Khóa công khai của cổng không đọc được", "portal signing key unreadable or not Ed25519",
                    e.portalSigningPublicKey.filename().string());
    }
    return std::nullopt;
}

}  // namespace

fs::path enrollmentDirectory(const fs::path& configDir) { return configDir / "enrollment"; }

const std::vector<std::string>& enrollmentFileNames() {
    static const std::vector<std::string> names = {"enrollment.toml", "ca.pem",      "client.pem",        "client.key",
                                                   "signing.key",     "signing.pub", "portal-signing.pub"};
    return names;
}

Result<Enrollment> readEnrollment(const fs::path& directory) {
    const fs::path tomlPath = directory / "enrollment.toml";
    const auto text = readText(tomlPath);
    if (!text) {
        return fail("enrollment.missing", "Kiosk chưa được đăng ký với cổng dịch vụ công: thiếu " + tomlPath.string(),
                    "kiosk not enrolled: enrollment.toml missing", tomlPath.string());
    }
    toml::table table;
#if TOML_EXCEPTIONS
    try {
        table = toml::parse(std::string_view(*text), tomlPath.string());
    } catch (const toml::parse_error& e) {
        return fail("enrollment.syntax", "Tệp enrollment.toml sai cú pháp", "enrollment.toml syntax error",
                    "enrollment.toml:" + std::to_string(e.source().begin.line));
    }
#else
    auto parsed = toml::parse(std::string_view(*text), tomlPath.string());
    if (!parsed) {
        return fail("enrollment.syntax", "Tệp enrollment.toml sai cú pháp", "enrollment.toml syntax error",
                    "enrollment.toml:" + std::to_string(parsed.error().source().begin.line));
    }
    table = std::move(parsed).table();
#endif
    const auto field = [&table](const char* name) -> std::optional<std::string> {
        auto value = table[name].value<std::string>();
        if (!value || value->empty()) return std::nullopt;
        return value;
    };
    const auto badField = [](const char* name) {
        return fail("enrollment.field", std::string("Tệp enrollment.toml thiếu hoặc sai trường ") + name,
                    std::string("enrollment.toml: missing or invalid ") + name, name);
    };

    Enrollment e;
    e.directory = directory;
    auto kioskId = field("kiosk_id");
    if (!kioskId || !isKioskId(*kioskId)) return badField("kiosk_id");
    e.kioskId = *kioskId;
    auto url = field("portal_url");
    if (!url || url->rfind("https://", 0) != 0 || url->size() <= 8 || url->size() > 512 ||
        std::any_of(url->begin(), url->end(), [](char c) { return c <= 0x20 || c >= 0x7f; })) {
        return badField("portal_url");
    }
    while (!url->empty() && url->back() == '/') url->pop_back();
    e.portalUrl = *url;
    auto agency = field("agency_code");
    if (!agency || agency->size() > 64) return badField("agency_code");
    e.agencyCode = *agency;

    const std::pair<const char*, fs::path*> files[] = {
        {"ca_cert", &e.caCert},
        {"client_cert", &e.clientCert},
        {"client_key", &e.clientKey},
        {"signing_key", &e.signingKey},
        {"signing_public_key", &e.signingPublicKey},
        {"portal_signing_public_key", &e.portalSigningPublicKey},
    };
    for (const auto& [name, target] : files) {
        auto fileName = field(name);
        if (!fileName || !isPlainFileName(*fileName)) return badField(name);
        *target = directory / *fileName;
        struct stat info {};
        if (::stat(target->c_str(), &info) != 0 || !S_ISREG(info.st_mode) || info.st_size == 0) {
            return fail("enrollment.file", "Thiếu tệp đăng ký " + *fileName, "enrollment file missing or empty", *fileName);
        }
    }
    for (const fs::path* secret : {&e.clientKey, &e.signingKey}) {
        struct stat info {};
        if (::stat(secret->c_str(), &info) != 0 || (info.st_mode & 077) != 0) {
            return Error{"enrollment.permissions",
                         "Tệp khóa bí mật " + secret->filename().string() +
                             " để người khác đọc được. Sửa bằng: chmod 600 " + secret->string() +
                             " (Private key readable by group or others.)",
                         secret->filename().string()};
        }
    }
    if (auto problem = checkCertificates(e)) return *problem;
    if (auto problem = checkSigningKeys(e)) return *problem;
    return e;
}

}  // namespace kiosk::portal_client
