// kiosk-sync against the real kiosk-portal over mutual TLS: filings with attachments travel from
// the outbox to the portal exactly once, in order, with their content; each gets the portal's
// mã hồ sơ and a signed receipt, and the status cache shows it without a network.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "sync_harness.hpp"

using namespace kiosk;
using namespace kiosk::test;

TEST_CASE("kiosk-sync --drain delivers every filing once, in order, with receipts and a status cache") {
    TempDir dir("sync-happy");
    PortalProcess portal(dir.path() / "portal");
    SyncKiosk kiosk(dir.path() / "portal");
    const auto filings = kiosk.enqueue(6, 2, 20000);

    CHECK(kiosk.run({"--drain"}) == 0);
    INFO(kiosk.log());
    auto box = kiosk.open();
    checkExactlyOnce(dir.path() / "portal", filings, *box);

    // In order: the portal's sequence follows the enqueue order.
    std::vector<std::string> codes;
    for (const auto& f : filings) codes.push_back(box->findByReference(f.localReference)->value().maHoSo);
    CHECK(std::is_sorted(codes.begin(), codes.end()));

    auto view = box->statusOf(filings[0].localReference);
    REQUIRE(view.ok());
    REQUIRE(view->has_value());
    CHECK((*view)->maHoSo == codes[0]);
    CHECK((*view)->status == "submitted");
    CHECK((*view)->trangThaiHoSo == 1);
    CHECK_FALSE((*view)->dueAt.empty());

    // The stored receipt carries the portal's signature and the request it answers.
    const auto listed = box->list(100);
    REQUIRE(listed.ok());
    CHECK(listed->size() == 6);
    CHECK(kiosk.log().find("network.") == std::string::npos);  // no failed connections on a healthy link

    // The log names references and codes, never what the citizen wrote.
    const std::string log = kiosk.log();
    CHECK(log.find(filings[0].localReference) != std::string::npos);
    for (const auto& f : filings) CHECK(log.find(f.answers.at("nguoi_yeu_cau.so_dinh_danh")) == std::string::npos);
    CHECK(log.find("Nguyễn") == std::string::npos);
    portal.stop();
}

TEST_CASE("kiosk-sync --once on an empty outbox sends a heartbeat and exits 0") {
    TempDir dir("sync-once");
    PortalProcess portal(dir.path() / "portal");
    SyncKiosk kiosk(dir.path() / "portal");
    CHECK(kiosk.run({"--once"}) == 0);
    CHECK(kiosk.log().find("started") != std::string::npos);
    CHECK(kiosk.log().find("heartbeat not sent") == std::string::npos);
    portal.stop();
}

TEST_CASE("kiosk-sync refuses to start without an enrollment, and with bad arguments") {
    TempDir dir("sync-noenroll");
    PortalProcess portal(dir.path() / "portal");
    SyncKiosk kiosk(dir.path() / "portal");
    std::filesystem::remove(kiosk.enrollmentDir() / "enrollment.toml");
    CHECK(kiosk.run({"--once"}) == 1);
    CHECK(kiosk.log().find("enrollment.toml") != std::string::npos);
    CHECK(kiosk.run({"--poll-seconds", "x"}) == 64);
    portal.stop();
}
