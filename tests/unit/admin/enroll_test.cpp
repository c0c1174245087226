// enroll installs what kiosk-portal wrote for this kiosk, keys private, and refuses a folder for
// another kiosk or with a file missing without touching the enrollment already in place.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include "admin_support.hpp"
#include "reference_portal/pki.hpp"

using namespace kiosk;
using namespace kiosk::test;
namespace fs = std::filesystem;

namespace {

constexpr const char* kKiosk = "KIOSK-DEMO-01";  // kiosk_id in the shipped kiosk.toml

struct Fixture {
    TempDir dir;
    fs::path config = dir.path() / "kiosk-config";
    fs::path portal = dir.path() / "portal-data";

    Fixture() {
        fs::copy(shippedConfig(), config, fs::copy_options::recursive);
        // `packaging/dev.sh run` enrols the developer's own checkout; that is not shipped config.
        fs::remove_all(config / "enrollment");
    }

    // What kiosk-portal writes on first start, made by its own code.
    fs::path enrollFolder(const std::string& kioskId, const std::string& url = "https://127.0.0.1:8443/api/v1") {
        REQUIRE(reference_portal::ensurePortalPki(portal).ok());
        REQUIRE(reference_portal::ensureKioskEnrollment(portal, kioskId).ok());
        REQUIRE(reference_portal::writeEnrollmentToml(portal, kioskId, url, "000.00.00.H66").ok());
        return portal / "enroll" / kioskId;
    }
    AdminRun enroll(const fs::path& folder) {
        return runAdmin({"--config", config.string(), "enroll", folder.string()});
    }
    AdminRun enrollWithData(const fs::path& folder, const fs::path& data) {
        return runAdmin({"--config", config.string(), "--data", data.string(), "enroll", folder.string()});
    }
    fs::path installed() const { return config / "enrollment"; }
};

uid_t ownerOf(const fs::path& path) {
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_uid;
}

unsigned modeOf(const fs::path& path) {
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

}  // namespace

TEST_CASE("enroll copies the portal's folder verbatim with private keys") {
    Fixture f;
    const auto source = f.enrollFolder(kKiosk);
    const auto result = f.enroll(source);
    REQUIRE_MESSAGE(result.status == 0, result.err);
    CHECK(result.out.find("Đã cài đăng ký cho kiosk KIOSK-DEMO-01") != std::string::npos);
    for (const char* name : {"enrollment.toml", "ca.pem", "client.pem", "client.key", "signing.key", "signing.pub",
                             "portal-signing.pub"}) {
        CAPTURE(name);
        REQUIRE(fs::exists(f.installed() / name));
        CHECK(readText(f.installed() / name) == readText(source / name));
    }
    CHECK(modeOf(f.installed() / "client.key") == 0600);
    CHECK(modeOf(f.installed() / "signing.key") == 0600);
    CHECK(modeOf(f.installed()) == 0700);
    CHECK_FALSE(fs::exists(f.config / ".enrollment.new"));
}

TEST_CASE("enroll again replaces the enrollment, e.g. when the portal moved") {
    Fixture f;
    REQUIRE(f.enroll(f.enrollFolder(kKiosk)).status == 0);
    const auto moved = f.enrollFolder(kKiosk, "https://127.0.0.1:9443/api/v1");
    const auto result = f.enroll(moved);
    REQUIRE_MESSAGE(result.status == 0, result.err);
    CHECK(readText(f.installed() / "enrollment.toml").find("9443") != std::string::npos);
    CHECK_FALSE(fs::exists(f.config / ".enrollment.new"));
}

TEST_CASE("a folder made for another kiosk is refused and the current enrollment stays") {
    Fixture f;
    REQUIRE(f.enroll(f.enrollFolder(kKiosk)).status == 0);
    const std::string before = readText(f.installed() / "client.pem");
    const auto result = f.enroll(f.enrollFolder("KIOSK-KHAC-02"));
    CHECK(result.status == 1);
    CHECK(result.err.find("dành cho kiosk 'KIOSK-KHAC-02'") != std::string::npos);
    CHECK(result.err.find("kiosk_id = 'KIOSK-DEMO-01'") != std::string::npos);
    CHECK(readText(f.installed() / "client.pem") == before);
    CHECK_FALSE(fs::exists(f.config / ".enrollment.new"));
}

TEST_CASE("a folder with a file missing is refused, naming the file") {
    Fixture f;
    const auto source = f.enrollFolder(kKiosk);
    fs::remove(source / "signing.key");
    const auto result = f.enroll(source);
    CHECK(result.status == 1);
    CHECK(result.err.find("Thiếu tệp signing.key") != std::string::npos);
    CHECK_FALSE(fs::exists(f.installed()));
    CHECK_FALSE(fs::exists(f.config / ".enrollment.new"));
}

TEST_CASE("a client key that does not match its certificate is refused") {
    Fixture f;
    const auto source = f.enrollFolder(kKiosk);
    // Another kiosk's key in this kiosk's folder: the copy is complete but does not belong.
    const auto other = f.enrollFolder("KIOSK-KHAC-02");
    fs::copy_file(other / "client.key", source / "client.key", fs::copy_options::overwrite_existing);
    const auto result = f.enroll(source);
    CHECK(result.status == 1);
    CHECK(result.err.find("[enrollment.") != std::string::npos);
    CHECK_FALSE(fs::exists(f.installed()));
}

TEST_CASE("a folder that does not exist is refused") {
    Fixture f;
    const auto result = f.enroll(f.dir.path() / "khong-co");
    CHECK(result.status == 1);
    CHECK(result.err.find("Thiếu tệp enrollment.toml") != std::string::npos);
}

TEST_CASE("an enrolled config folder still loads: enrollment/ is not part of the configuration") {
    Fixture f;
    REQUIRE(f.enroll(f.enrollFolder(kKiosk)).status == 0);
    const auto status = runAdmin({"--config", f.config.string(), "example-filing", "chung-thuc-chu-ky"});
    CHECK_MESSAGE(status.status == 0, status.err);
}

TEST_CASE("root enrolling an installed kiosk gives the enrollment to the data folder's owner, who runs kiosk-sync") {
    if (::geteuid() != 0) {
        MESSAGE("not root: ownership is only handed over when root enrols; nothing to check");
        return;
    }
    Fixture f;
    const fs::path data = f.dir.path() / "data";
    fs::create_directories(data);
    const uid_t kioskUser = 65534;  // any user that is not root; the package's `kiosk` on site
    REQUIRE(::chown(data.c_str(), kioskUser, kioskUser) == 0);
    const auto result = f.enrollWithData(f.enrollFolder(kKiosk), data);
    REQUIRE_MESSAGE(result.status == 0, result.err);
    CHECK(ownerOf(f.installed()) == kioskUser);
    CHECK(ownerOf(f.installed() / "client.key") == kioskUser);
    CHECK(modeOf(f.installed() / "client.key") == 0600);
    // A data folder that root owns (a developer enrolling as root) changes nothing.
    REQUIRE(::chown(data.c_str(), 0, 0) == 0);
    REQUIRE(f.enrollWithData(f.enrollFolder(kKiosk), data).status == 0);
    CHECK(ownerOf(f.installed() / "client.key") == 0);
}
