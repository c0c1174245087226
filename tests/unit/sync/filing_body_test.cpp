// The create body is rebuilt on every attempt and must not change by a byte (the portal
// fingerprints it under the Idempotency-Key); it carries what --export hands back; and the
// command line gives the documented defaults and refuses what it does not know.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "kiosk/sync/filing_body.hpp"
#include "kiosk/sync/options.hpp"

using namespace kiosk;
using namespace std::chrono;

namespace {

outbox::OpenedFiling makeOpened() {
    outbox::OpenedFiling opened;
    opened.clientFilingId = "6f1c2a4e-0b7d-4c1e-9a51-1d2f3e4a5b6c";
    opened.localReference = "KIOSK01-251122-0007";
    opened.createdAt = sys_days{year{2025} / 11 / 22} + hours{2} + minutes{15};
    opened.filing.serviceId = "khai-sinh";
    opened.filing.serviceCode = "1.001193";
    opened.filing.feeVnd = 8000;
    opened.filing.dueWorkingDays = 0;
    opened.filing.answers["z.last"] = "Nguyễn Thị Ánh";
    opened.filing.answers["a.first"] = "Dòng 1\nDòng 2 \"trích\"";
    opened.filing.attachments.push_back({"giay_chung_sinh-1.jpg", "image/jpeg", {1, 2, 3}, "giay_chung_sinh", 1});
    opened.attachmentSha256 = {std::string(64, 'a')};
    return opened;
}

}  // namespace

TEST_CASE("the create body is the same bytes every time and holds what the portal needs") {
    const auto opened = makeOpened();
    const std::string first = sync::createFilingBody(opened);
    CHECK(first == sync::createFilingBody(opened));
    const auto body = nlohmann::json::parse(first);
    CHECK(body["client_filing_id"] == opened.clientFilingId);
    CHECK(body["local_reference"] == opened.localReference);
    CHECK(body["service_code"] == "1.001193");
    CHECK(body["kiosk_created_at"] == "2025-11-22T09:15:00+07:00");
    CHECK(body["answers"]["a.first"] == "Dòng 1\nDòng 2 \"trích\"");
    REQUIRE(body["documents"].size() == 1);
    CHECK(body["documents"][0]["sha256"] == std::string(64, 'a'));
    CHECK(body["documents"][0]["length"] == 3);
    CHECK(body["fees"][0]["amount"] == 8000);
    CHECK(body["due_working_days"] == 0);  // "ngay trong ngày": the portal counts from it
    // Answers in key order, whatever order they were typed in.
    CHECK(first.find("a.first") < first.find("z.last"));
    CHECK(body["channel"] == "kiosk");
}

TEST_CASE("a filing taken in at the one-stop desk says so: channel desk") {
    auto opened = makeOpened();
    opened.filing.channel = core::Channel::Desk;
    CHECK(nlohmann::json::parse(sync::createFilingBody(opened))["channel"] == "desk");
}

TEST_CASE("what was digitised at the source travels with the filing, each document naming its component") {
    auto opened = makeOpened();
    // A filing stored before digitisation was recorded keeps the body it was first sent with.
    auto body = nlohmann::json::parse(sync::createFilingBody(opened));
    CHECK_FALSE(body.contains("digitised_components"));
    CHECK_FALSE(body.contains("all_components_digitised"));
    CHECK_FALSE(body["documents"][0].contains("component_code"));

    opened.filing.digitisation = core::Digitisation{{"giay_chung_sinh"}, true};
    body = nlohmann::json::parse(sync::createFilingBody(opened));
    CHECK(body["digitised_components"] == nlohmann::json::array({"giay_chung_sinh"}));
    CHECK(body["all_components_digitised"] == true);
    CHECK(body["documents"][0]["component_code"] == "giay_chung_sinh");
}

TEST_CASE("a filing a staff member helped with at the kiosk: channel kiosk_assisted, assisted_by, originals_seen") {
    auto opened = makeOpened();
    CHECK_FALSE(nlohmann::json::parse(sync::createFilingBody(opened)).contains("assisted_by"));
    opened.filing.channel = core::Channel::KioskAssisted;
    opened.filing.assistedBy = "CB-01";
    const auto body = nlohmann::json::parse(sync::createFilingBody(opened));
    CHECK(body["channel"] == "kiosk_assisted");
    CHECK(body["assisted_by"] == "CB-01");
    CHECK_FALSE(body.contains("originals_seen"));
    opened.filing.originalsSeen = {"giay_chung_sinh"};
    CHECK(nlohmann::json::parse(sync::createFilingBody(opened))["originals_seen"] ==
          nlohmann::json::array({"giay_chung_sinh"}));
}

TEST_CASE("no fee, no fee line; invalid UTF-8 is replaced rather than thrown") {
    auto opened = makeOpened();
    opened.filing.feeVnd = 0;
    opened.filing.dueWorkingDays.reset();
    opened.filing.answers["bad"] = std::string("\xff\xfe", 2);
    const auto body = nlohmann::json::parse(sync::createFilingBody(opened));
    CHECK(body["fees"].empty());
    CHECK_FALSE(body.contains("due_working_days"));
    CHECK(body["answers"]["bad"] != "");
}

TEST_CASE("Vietnam time crosses midnight correctly") {
    CHECK(sync::vietnamTime(sys_days{year{2025} / 12 / 31} + hours{17} + seconds{5}) == "2026-01-01T00:00:05+07:00");
}

TEST_CASE("command line: defaults and refusals") {
    auto options = sync::parseOptions({"--config", "/srv/kiosk/kiosk-config", "--drain"});
    REQUIRE(options.ok());
    CHECK(options->dataDir == std::filesystem::path("/srv/kiosk/kiosk-data"));
    CHECK(options->drain);
    CHECK_FALSE(options->once);
    CHECK_FALSE(options->pollSeconds);
    CHECK(sync::parseOptions({"--config", "/srv/kiosk/kiosk-config/"})->dataDir == std::filesystem::path("/srv/kiosk/kiosk-data"));
    options = sync::parseOptions({"--config", "c", "--data", "d", "--once", "--poll-seconds", "5", "--backoff-base-ms", "50"});
    REQUIRE(options.ok());
    CHECK(options->dataDir == std::filesystem::path("d"));
    CHECK(options->pollSeconds == 5);
    CHECK(options->backoffBase == milliseconds{50});
    CHECK(sync::parseOptions({})->configDir == std::filesystem::path("/etc/kiosk"));
    CHECK(sync::parseOptions({})->dataDir == std::filesystem::path("/var/lib/kiosk"));
    CHECK(sync::parseOptions({"--config", "c", "--poll-seconds", "0"}).error().code == "sync.usage");
    CHECK(sync::parseOptions({"--config", "c", "--poll-seconds", "5x"}).error().code == "sync.usage");
    CHECK(sync::parseOptions({"--config", "c", "--insecure"}).error().code == "sync.usage");
    CHECK(sync::parseOptions({"--config"}).error().code == "sync.usage");
    CHECK(sync::parseOptions({"--help"})->help);
}
