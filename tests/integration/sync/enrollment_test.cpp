// portal_client::readEnrollment on the folders the real kiosk-portal writes: accepted as written, and
// each way a copy can go wrong is named (missing, key permissions, a certificate from another
// portal, keys that do not belong together, a field out of shape).
#include <doctest/doctest.h>

#include <fstream>

#include "kiosk/portal_client/enrollment.hpp"
#include "sync_harness.hpp"

using namespace kiosk;
using namespace kiosk::test;
namespace fs = std::filesystem;

TEST_CASE("the enrollment folder kiosk-portal writes is read as it is, and damage is named") {
    TempDir dir("sync-enroll");
    // Both stay up for the test: only their folders are needed.
    PortalProcess portal(dir.path() / "portal", {"--enroll", kKioskId, "--enroll", "KIOSK-OTHER"});
    PortalProcess other(dir.path() / "other");
    SyncKiosk kiosk(dir.path() / "portal");
    const fs::path folder = kiosk.enrollmentDir();

    auto read = portal_client::readEnrollment(folder);
    REQUIRE_MESSAGE(read.ok(), read.error().message);
    CHECK(read->kioskId == kKioskId);
    CHECK(read->portalUrl.rfind("https://127.0.0.1:", 0) == 0);
    CHECK(read->agencyCode == "000.00.00.H66");
    CHECK(read->clientKey == folder / "client.key");
    CHECK(portal_client::enrollmentDirectory("/srv/kiosk-config") == fs::path("/srv/kiosk-config/enrollment"));
    for (const auto& name : portal_client::enrollmentFileNames()) CHECK(fs::exists(folder / name));

    SUBCASE("missing") {
        CHECK(portal_client::readEnrollment(dir.path() / "nowhere").error().code == "enrollment.missing");
    }
    SUBCASE("a private key others can read") {
        fs::permissions(folder / "signing.key", fs::perms::others_read, fs::perm_options::add);
        CHECK(portal_client::readEnrollment(folder).error().code == "enrollment.permissions");
    }
    SUBCASE("a client certificate from another portal's CA") {
        fs::copy_file(dir.path() / "other" / "enroll" / kKioskId / "client.pem", folder / "client.pem",
                      fs::copy_options::overwrite_existing);
        CHECK(portal_client::readEnrollment(folder).error().code == "enrollment.certificate");
    }
    SUBCASE("another kiosk's certificate and key") {
        for (const char* f : {"client.pem", "client.key"}) {
            fs::copy_file(dir.path() / "portal" / "enroll" / "KIOSK-OTHER" / f, folder / f, fs::copy_options::overwrite_existing);
        }
        CHECK(portal_client::readEnrollment(folder).error().code == "enrollment.certificate");
    }
    SUBCASE("a signing key that does not match its public key") {
        fs::copy_file(dir.path() / "portal" / "enroll" / "KIOSK-OTHER" / "signing.key", folder / "signing.key",
                      fs::copy_options::overwrite_existing);
        CHECK(portal_client::readEnrollment(folder).error().code == "enrollment.key_mismatch");
    }
    SUBCASE("a plain http URL") {
        kiosk.setPortalUrl("http://127.0.0.1:1/api/v1");
        const auto bad = portal_client::readEnrollment(folder);
        CHECK(bad.error().code == "enrollment.field");
        CHECK(bad.error().where == "portal_url");
    }
    SUBCASE("a file name that leaves the folder") {
        std::ofstream(folder / "enrollment.toml", std::ios::app) << "";
        std::ifstream in(folder / "enrollment.toml");
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        in.close();
        text.replace(text.find("\"ca.pem\""), 8, "\"../ca.pem\"");
        std::ofstream(folder / "enrollment.toml") << text;
        CHECK(portal_client::readEnrollment(folder).error().code == "enrollment.field");
    }
}
