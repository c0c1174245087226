// Kiosks keep their request-signing key in a PEM file written at enrollment; a key that
// round-trips wrongly, a non-Ed25519 key, or a private key file others can read must be caught
// when it is loaded, not when the portal starts refusing every request.
#include <doctest/doctest.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "kiosk/signing/keys.hpp"

using namespace kiosk::signing;
namespace fs = std::filesystem;

namespace {

fs::path tempDir() {
    fs::path dir = fs::temp_directory_path() / ("signing-keys-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

void writeFile(const fs::path& path, const std::string& text, mode_t mode) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    ::chmod(path.c_str(), mode);
}

std::string ecPrivateKeyPem() {
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    std::string pem(data, static_cast<std::size_t>(length));
    BIO_free(bio);
    EVP_PKEY_free(key);
    return pem;
}

}  // namespace

TEST_CASE("a generated key survives a PEM round trip and still signs verifiably") {
    auto key = PrivateKey::generate();
    REQUIRE(key);
    auto again = PrivateKey::fromPem(key->toPem());
    REQUIRE(again);
    auto signature = again->sign("message");
    REQUIRE(signature);
    CHECK(signature->size() == 64);
    auto pub = PublicKey::fromPem(key->publicKey()->toPem());
    REQUIRE(pub);
    CHECK(pub->verify("message", *signature));
    CHECK_FALSE(pub->verify("messagE", *signature));
}

TEST_CASE("two generated keys differ and do not verify each other's signatures") {
    auto a = PrivateKey::generate();
    auto b = PrivateKey::generate();
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->publicKey()->raw() != b->publicKey()->raw());
    CHECK_FALSE(b->publicKey()->verify("m", *a->sign("m")));
}

TEST_CASE("a raw 32-byte public key is accepted and other lengths are refused") {
    auto key = PrivateKey::generate();
    const std::string raw = key->publicKey()->raw();
    REQUIRE(raw.size() == 32);
    auto pub = PublicKey::fromRaw(raw);
    REQUIRE(pub);
    CHECK(pub->verify("x", *key->sign("x")));
    CHECK_FALSE(PublicKey::fromRaw(raw.substr(1)));
}

TEST_CASE("keys that are not Ed25519 or not PEM are refused") {
    auto ec = PrivateKey::fromPem(ecPrivateKeyPem());
    REQUIRE_FALSE(ec);
    CHECK(ec.error().code == "signing.bad_key");
    CHECK_FALSE(PrivateKey::fromPem("not a key"));
    CHECK_FALSE(PublicKey::fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"));
}

TEST_CASE("a private key file readable by others is refused with a chmod hint") {
    const fs::path dir = tempDir();
    auto key = PrivateKey::generate();
    writeFile(dir / "open.key", key->toPem(), 0644);
    auto loaded = loadPrivateKey(dir / "open.key");
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().code == "signing.key_permissions");
    CHECK(loaded.error().message.find("chmod 600") != std::string::npos);

    writeFile(dir / "closed.key", key->toPem(), 0600);
    auto ok = loadPrivateKey(dir / "closed.key");
    REQUIRE(ok);
    CHECK(ok->publicKey()->raw() == key->publicKey()->raw());

    writeFile(dir / "signing.pub", key->publicKey()->toPem(), 0644);
    auto pub = loadPublicKey(dir / "signing.pub");
    REQUIRE(pub);
    CHECK(pub->raw() == key->publicKey()->raw());

    CHECK(loadPrivateKey(dir / "missing.key").error().code == "signing.key_file");
    fs::remove_all(dir);
}
