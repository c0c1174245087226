// The rating after the receipt, end to end with the real reference portal on loopback and
// kiosk-sync as a real process: a face under 3 with a reason arrives at the portal once; "Bỏ qua"
// and 30 s without a touch before a face send nothing; a face given and then left alone is sent
// with the reasons ticked so far. The kiosk's clock is the test's (UiDriver::clock).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "outbox_status.hpp"
#include "support/ui_driver.hpp"
#include "sync_harness.hpp"
#include "ui/headless/birth_flow.hpp"
#include "ui/headless/fee_filing_walk.hpp"
#include "ui/headless/status_fixture.hpp"

using namespace kiosk;
using namespace kiosk::test;
using core::Screen;
using namespace std::chrono_literals;

namespace {

std::shared_ptr<const config::Config> configWithFeeService(const std::filesystem::path& dir) {
    return configWithService(dir, "thu-phi-mau.toml", kFeeService);
}

// Files the fee procedure (paid at the desk) and taps "Xong" on the receipt: the rating asks.
std::string fileAndFinish(UiDriver& ui) {
    std::string reference = fileFeeService(ui, FeeChoice::AtTheDesk);
    ui.click("receipt.done");
    INFO(ui.dump());
    REQUIRE(ui.session().screen == Screen::Rating);
    return reference;
}

std::string clientId(outbox::Outbox& box, const std::string& reference) {
    auto found = box.findByReference(reference);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return (*found)->clientFilingId;
}

}  // namespace

TEST_CASE("a low rating with a reason reaches the portal once; skipping and the 30 s timeout behave") {
    TempDir dir("ui-rating");
    PortalProcess portal(dir.path() / "portal");
    SyncKiosk kiosk(dir.path() / "portal");
    const auto config = configWithFeeService(dir.path() / "kiosk-config");
    auto opened = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(kiosk.dataDir(), config->kiosk.kioskId));
    REQUIRE(opened.ok());
    auto box = std::move(*opened);
    OutboxStatusSource status(*box);
    UiDriver ui(config, *box);
    ui.app().setStatusSource(&status);

    // 1. "Không hài lòng" with "Phải chờ lâu": the words under the faces, reasons, thanks.
    const std::string rated = fileAndFinish(ui);
    CHECK(ui.label("rating.5") == "Rất hài lòng");
    CHECK(ui.label("rating.4") == "Hài lòng");
    CHECK(ui.label("rating.3") == "Bình thường");
    CHECK(ui.label("rating.2") == "Không hài lòng");
    CHECK(ui.label("rating.1") == "Rất không hài lòng");
    CHECK(ui.label("rating.closes") == "Màn hình này tự đóng sau 30 giây.");
    ui.click("rating.2");
    REQUIRE(ui.has("rating.reason.cho_lau"));
    CHECK_FALSE(ui.has("rating.1"));  // nothing typed, only the reasons from kiosk.toml
    ui.click("rating.reason.cho_lau");
    ui.click("rating.send");
    CHECK(ui.has("rating.thanks"));
    ui.click("rating.done");
    CHECK(ui.session().screen == Screen::Home);

    // 2. "Bỏ qua": nothing kept, straight home.
    const std::string skipped = fileAndFinish(ui);
    ui.click("rating.skip");
    CHECK(ui.session().screen == Screen::Home);

    // 3. Nobody touches it: still there after 29 s, gone after 30, nothing kept.
    const std::string ignored = fileAndFinish(ui);
    ui.wait(29s);
    CHECK(ui.session().screen == Screen::Rating);
    CHECK(ui.label("rating.closes") == "Màn hình này tự đóng sau 1 giây.");
    ui.wait(1s);
    CHECK(ui.session().screen == Screen::Home);

    // 4. A face, a tick, then walking away: the 30 s count from the last touch and the rating
    //    given is kept with its tick.
    const std::string leftAlone = fileAndFinish(ui);
    ui.click("rating.3");
    ui.wait(20s);
    ui.click("rating.reason.may_loi");
    ui.wait(20s);
    CHECK(ui.session().screen == Screen::Rating);
    ui.wait(11s);
    CHECK(ui.session().screen == Screen::Home);

    // kiosk-sync delivers the filings, then the ratings; a second pass sends nothing again.
    REQUIRE(kiosk.run({"--drain"}) == 0);
    REQUIRE(kiosk.run({"--once"}) == 0);
    REQUIRE(kiosk.run({"--once"}) == 0);
    INFO(kiosk.log());
    auto left = box->ratingsToSync();
    REQUIRE(left.ok());
    CHECK(left->empty());

    std::map<std::string, nlohmann::json> ratings;
    for (const auto& line : exportFilings(dir.path() / "portal")) {
        const auto filing = nlohmann::json::parse(line);
        ratings[filing["client_filing_id"]] = filing["ratings"];
    }
    REQUIRE(ratings.size() == 4);
    const auto& low = ratings[clientId(*box, rated)];
    REQUIRE(low.size() == 1);
    CHECK(low[0]["score"] == 2);
    CHECK(low[0]["moment"] == "receipt");
    CHECK(low[0]["reasons"] == nlohmann::json::array({"cho_lau"}));
    CHECK(ratings[clientId(*box, skipped)].empty());
    CHECK(ratings[clientId(*box, ignored)].empty());
    const auto& walkedAway = ratings[clientId(*box, leftAlone)];
    REQUIRE(walkedAway.size() == 1);
    CHECK(walkedAway[0]["score"] == 3);
    CHECK(walkedAway[0]["reasons"] == nlohmann::json::array({"may_loi"}));
}
