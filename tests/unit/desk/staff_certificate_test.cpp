// The desk's staff certificate folder: the operator is the certificate's CN, and a folder that
// cannot identify an operator (files missing, not a certificate, a CN that is no operator ID) or
// a portal address that is not https is refused before any connection, in words staff can act on.
#include <doctest/doctest.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstdio>
#include <fstream>

#include "kiosk/desk/staff_portal.hpp"
#include "support/temp_dir.hpp"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

// A self-signed certificate for `cn` in `folder`/client.pem, with an empty ca.pem, client.key and
// signing.key beside it (operatorOf reads only the certificate; the TLS files are checked by the
// handshake, the signing key when the client is made).
void writeCertificate(const fs::path& folder, const std::string& cn) {
    fs::create_directories(folder);
    EVP_PKEY* key = EVP_EC_gen("P-256");
    REQUIRE(key != nullptr);
    X509* cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
    X509_set_pubkey(cert, key);
    X509_NAME* name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.c_str()), -1, -1,
                               0);
    X509_set_issuer_name(cert, name);
    REQUIRE(X509_sign(cert, key, EVP_sha256()) > 0);
    std::FILE* out = std::fopen((folder / "client.pem").c_str(), "wb");
    REQUIRE(out != nullptr);
    PEM_write_X509(out, cert);
    std::fclose(out);
    X509_free(cert);
    EVP_PKEY_free(key);
    std::ofstream(folder / "ca.pem") << "";
    std::ofstream(folder / "client.key") << "";
    std::ofstream(folder / "signing.key") << "";
}

}  // namespace

TEST_CASE("the operator is the staff certificate's CN") {
    test::TempDir dir("desk-cert");
    writeCertificate(dir.path() / "staff", "STAFF-UNIT-01");
    const auto who = desk::operatorOf({dir.path() / "staff", "https://127.0.0.1:1/api/v1"});
    REQUIRE(who);
    CHECK(*who == "STAFF-UNIT-01");
}

TEST_CASE("a folder that cannot name an operator is refused, saying what is wrong") {
    test::TempDir dir("desk-cert");
    const auto refused = [](const fs::path& folder) {
        const auto who = desk::operatorOf({folder, "https://127.0.0.1:1/api/v1"});
        REQUIRE_FALSE(who);
        CHECK(who.error().code == "desk.certificate");
        return who.error().message;
    };
    CHECK(refused(dir.path() / "nothing").find("ca.pem missing") != std::string::npos);
    writeCertificate(dir.path() / "odd", "Nguyễn Văn A");  // a person's name, not an operator ID
    CHECK(refused(dir.path() / "odd").find("not an operator ID") != std::string::npos);
    writeCertificate(dir.path() / "garbage", "STAFF-UNIT-02");
    std::ofstream(dir.path() / "garbage" / "client.pem") << "-----BEGIN CERTIFICATE-----\nAAAA\n";
    CHECK(refused(dir.path() / "garbage").find("not a certificate") != std::string::npos);
    // Without the operator's signing key no staff write could be made: said before any connection.
    writeCertificate(dir.path() / "unsigned", "STAFF-UNIT-03");
    fs::remove(dir.path() / "unsigned" / "signing.key");
    CHECK(refused(dir.path() / "unsigned").find("signing.key missing") != std::string::npos);
}

TEST_CASE("a signing key that is not an Ed25519 private key is refused before any connection") {
    test::TempDir dir("desk-cert");
    writeCertificate(dir.path() / "staff", "STAFF-UNIT-01");
    const auto client = desk::connectStaffPortal({dir.path() / "staff", "https://127.0.0.1:1/api/v1"});
    REQUIRE_FALSE(client);
    CHECK(client.error().code == "desk.certificate");
    CHECK(client.error().message.find("signing.key is not an Ed25519 private key") != std::string::npos);
}

TEST_CASE("the portal must be reached over https") {
    test::TempDir dir("desk-cert");
    writeCertificate(dir.path() / "staff", "STAFF-UNIT-01");
    const auto client = desk::connectStaffPortal({dir.path() / "staff", "http://127.0.0.1:8443/api/v1"});
    REQUIRE_FALSE(client);
    CHECK(client.error().code == "desk.portal_url");
}
