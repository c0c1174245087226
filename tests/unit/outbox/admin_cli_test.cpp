// kiosk-admin is how an administrator looks into a kiosk's outbox and checks a VietQR setting:
// its JSON must be right, must never show personal data, must not create an outbox by looking,
// and must find the data folder where the documentation says it is.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "kiosk/admin/cli.hpp"
#include "outbox_support.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

struct Output {
    int status = -1;
    std::string out, err;
};

Output runAdmin(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    const int status = admin::run(args, out, err);
    return {status, out.str(), err.str()};
}

}  // namespace

TEST_CASE("outbox status prints the counts and the database as JSON") {
    TempDir dir;
    const auto data = dir.path() / "kiosk-data";
    {
        auto box = outbox::Outbox::open(optionsIn(data));
        REQUIRE(box.ok());
        for (int i = 0; i < 3; ++i) REQUIRE((*box)->submit(makeFiling(makeCitizen(), 0)).ok());
        const auto claimed = (*box)->claimNextPending();
        REQUIRE(claimed.ok());
        REQUIRE(claimed->has_value());
        REQUIRE((*box)->markDelivered((*claimed)->clientFilingId, {"MHS-1", "{}"}).ok());
    }
    const auto result = runAdmin({"--data", data.string(), "outbox", "status"});
    REQUIRE(result.status == 0);
    const auto j = nlohmann::json::parse(result.out);
    CHECK(j["pending"] == 2);
    CHECK(j["delivered"] == 1);
    CHECK(j["failed"] == 0);
    CHECK(j["db"] == (data / "outbox.db").string());
}

TEST_CASE("outbox list shows references and states but no personal data") {
    TempDir dir;
    const auto data = dir.path() / "kiosk-data";
    const auto citizen = makeCitizen();
    std::string reference;
    {
        auto box = outbox::Outbox::open(optionsIn(data));
        REQUIRE(box.ok());
        auto stored = (*box)->submit(makeFiling(citizen));
        REQUIRE(stored.ok());
        reference = stored->localReference;
    }
    const auto result = runAdmin({"--data", data.string(), "outbox", "list", "--limit", "10"});
    REQUIRE(result.status == 0);
    const auto j = nlohmann::json::parse(result.out);
    REQUIRE(j.size() == 1);
    CHECK(j[0]["local_reference"] == reference);
    CHECK(j[0]["status"] == "pending");
    CHECK(j[0]["ma_ho_so"].is_null());
    CHECK(result.out.find(citizen.fullName) == std::string::npos);
    CHECK(result.out.find(citizen.idNumber) == std::string::npos);
}

TEST_CASE("looking at a kiosk without an outbox fails and creates nothing") {
    TempDir dir;
    const auto data = dir.path() / "kiosk-data";
    const auto result = runAdmin({"--data", data.string(), "outbox", "status"});
    CHECK(result.status == 1);
    CHECK(result.err.find("Không có hộp thư đi") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(data));
}

TEST_CASE("the data folder defaults to kiosk-data beside the config folder, /var/lib/kiosk when installed") {
    CHECK(defaultDataDirFor("/srv/kiosk/kiosk-config") == "/srv/kiosk/kiosk-data");
    CHECK(defaultDataDirFor("/srv/kiosk/kiosk-config/") == "/srv/kiosk/kiosk-data");
    CHECK(defaultDataDirFor("kiosk-config") == "kiosk-data");
    CHECK(defaultDataDirFor("/etc/kiosk/") == "/var/lib/kiosk");
    const auto installed = admin::parseArguments({"outbox", "status"});
    REQUIRE(installed.ok());
    CHECK(installed->configDir == "/etc/kiosk");
    CHECK(installed->dataDir == "/var/lib/kiosk");
    const auto parsed = admin::parseArguments({"--config", "site/kiosk-config", "outbox", "status"});
    REQUIRE(parsed.ok());
    CHECK(parsed->dataDir == "site/kiosk-data");
    const auto explicitData = admin::parseArguments({"--config", "site/kiosk-config", "--data", "/var/lib/kiosk"});
    REQUIRE(explicitData.ok());
    CHECK(explicitData->dataDir == "/var/lib/kiosk");
}

TEST_CASE("vietqr prints the payload a bank app will scan, read back field by field") {
    const auto result = runAdmin(
        {"vietqr", "--bin", "970415", "--account", "0011001932418", "--amount", "120000", "--reference", "ung ho lu lut"});
    REQUIRE(result.status == 0);
    const auto j = nlohmann::json::parse(result.out);
    CHECK(j["payload"] ==
          "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN"
          "62170813ung ho lu lut6304C15C");
    CHECK(j["amount_in_words"] == "một trăm hai mươi nghìn đồng");
    CHECK(j["crc"] == "C15C");
}

TEST_CASE("a wrong vietqr setting or an unknown command is explained") {
    const auto badBin =
        runAdmin({"vietqr", "--bin", "9704", "--account", "1", "--amount", "1000", "--reference", "x"});
    CHECK(badBin.status == 1);
    CHECK(badBin.err.find("vietqr.bad_bin") != std::string::npos);
    const auto missing = runAdmin({"vietqr", "--bin", "970415"});
    CHECK(missing.status == 1);
    CHECK(missing.err.find("--account") != std::string::npos);
    const auto unknown = runAdmin({"outbox", "drop"});
    CHECK(unknown.status == 2);
    CHECK(unknown.err.find("Cách dùng") != std::string::npos);
}
