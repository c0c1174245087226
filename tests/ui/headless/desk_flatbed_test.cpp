// The desk's flatbed: at the one-stop desk the papers a citizen hands over are scanned from the
// desk's SANE scanner (kiosk.toml [document_scanner]) into their slots, page by page, while the
// card reader stays [capture]. SANE's own "test" backend is the scanner: a real SANE device from
// a config folder made for this run (dll.conf, test.conf), so the machine's SANE config plays no
// part. The scanner unplugged midway (its backend taken out of dll.conf) is told in plain
// Vietnamese and loses no page; the filing, its receipt printed, reaches the reference portal on
// loopback through the desk PC's kiosk-sync with the slot among its digitised components.
// Without SANE's test backend the test reports itself skipped (exit 77), never passed.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <thread>

#include <nlohmann/json.hpp>

#include "kiosk/capture/source.hpp"
#include "outbox_status.hpp"
#include "sync_harness.hpp"
#include "ui/headless/desk_intake.hpp"

using namespace kiosk;
using namespace kiosk::test;
using core::Screen;

namespace {

const std::string kSlot = "anh_giay_to#1";

// SANE looks SANE_CONFIG_DIR up once per process and reads dll.conf at each sane_init: one
// folder for the whole run, whose dll.conf says whether the scanner is "plugged in".
class SaneFolder {
public:
    SaneFolder() {
        jam(false);
        plugIn(true);
        ::setenv("SANE_CONFIG_DIR", m_dir.path().c_str(), 1);
    }
    void plugIn(bool in) { std::ofstream(m_dir.path() / "dll.conf") << (in ? "test\n" : ""); }
    // The test backend's own fault: every read ends with a paper jam.
    void jam(bool jammed) {
        std::ofstream(m_dir.path() / "test.conf")
            << "number_of_devices 1\nmode Gray\ndepth 8\nresolution 150\ntest-picture \"Grid\"\n"
               "geometry_max 300.0\nbr_x 148.0\nbr_y 210.0\n"
            << (jammed ? "enable-test-options true\nread-status-code \"SANE_STATUS_JAMMED\"\n" : "");
    }

private:
    TempDir m_dir{"desk-sane"};
};

config::CaptureSettings flatbed() {
    config::CaptureSettings s;
    s.backend = config::CaptureBackend::Sane;
    s.path = "";  // the first scanner SANE finds, as at a desk with one flatbed
    s.dpi = 150;
    return s;
}

// Presses "Quét trang" on the slot and draws frames until the scanner is ready again.
void scan(DeskDriver& desk) {
    desk.click("field." + kSlot + ".scan");
    for (int frames = 0; frames < 3000; ++frames) {
        desk.frame();
        if (desk.has("field." + kSlot + ".scan")) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    INFO(desk.dump());
    FAIL("the scanner never finished");
}

size_t pagesIn(DeskDriver& desk) {
    const auto& pages = sessionOf(desk).documentPages;
    const auto it = pages.find(kSlot);
    return it == pages.end() ? 0 : it->second.size();
}

}  // namespace

TEST_CASE("a certified copy's original scanned from the desk's SANE flatbed, page by page, to the portal") {
    SaneFolder sane;
    if (const auto probe = capture::makeSaneSource("", 150)->take(); !probe.ok()) {
        std::cout << "SKIPPED: SANE's test backend is not available here: " << probe.error().message << std::endl;
        std::exit(77);
    }
    TempDir dir("ui-desk-flatbed");
    PortalProcess portal(dir.path() / "portal");
    SyncKiosk deskSync(dir.path() / "portal");
    auto edited = std::make_shared<config::Config>(*deskConfig(config::CaptureSettings{}));
    edited->kiosk.documentScanner = flatbed();
    const std::shared_ptr<const config::Config> config = edited;
    auto opened = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(deskSync.dataDir(), config->kiosk.kioskId));
    REQUIRE(opened.ok());
    auto box = std::move(*opened);
    OutboxStatusSource status(*box);
    auto tray = std::make_shared<PaperTray>();
    auto deskDriver = openDesk(dir.path() / "portal", portal, config, *box, status, tray);
    DeskDriver& desk = *deskDriver;

    desk.click("desk.intake");
    desk.click("catalogue.service.chung-thuc-ban-sao");
    REQUIRE(sessionOf(desk).screen == Screen::Identity);
    desk.type("Lê Thị Hoa");  // no card reader here: the officer types from the card
    desk.press(ImGuiKey_Tab);
    desk.type("066190001234");
    desk.click("nav.continue");
    REQUIRE(sessionOf(desk).screen == Screen::Page);
    desk.click("field.da_hieu_luu_y.co");
    desk.click("nav.continue");
    desk.click("nav.continue");  // the applicant, from the identity typed
    INFO(desk.dump());
    REQUIRE(desk.has("field." + kSlot + ".scan"));

    scan(desk);
    CHECK(pagesIn(desk) == 1);
    CHECK(desk.label("field." + kSlot + ".pages") == "Đã quét 1 trang");

    // The scanner unplugged: said in plain words, the page already scanned kept.
    sane.plugIn(false);
    scan(desk);
    REQUIRE(desk.has("field." + kSlot + ".error"));
    CHECK(
        desk.label("field." + kSlot + ".error") ==
        "Không tìm thấy thiết bị quét giấy tờ: máy chưa bật hoặc chưa cắm dây. Các trang đã quét vẫn được giữ nguyên.");
    CHECK(pagesIn(desk) == 1);
    CHECK(desk.label("field." + kSlot + ".pages") == "Đã quét 1 trang");

    // Plugged in again but jammed: said too, the page kept.
    sane.plugIn(true);
    sane.jam(true);
    scan(desk);
    REQUIRE(desk.has("field." + kSlot + ".error"));
    CHECK(desk.label("field." + kSlot + ".error") ==
          "Thiết bị quét không quét được trang này (hết giấy, kẹt giấy hoặc nắp đang mở). Các trang đã quét vẫn "
          "được giữ nguyên.");
    CHECK(pagesIn(desk) == 1);

    // Cleared: the next page joins the first.
    sane.jam(false);
    scan(desk);
    CHECK_FALSE(desk.has("field." + kSlot + ".error"));
    CHECK(pagesIn(desk) == 2);
    CHECK(desk.label("field." + kSlot + ".pages") == "Đã quét 2 trang");

    desk.click("field.ten_giay_to#1");
    desk.type("Giấy khai sinh");
    // Enter moves on box by box (the page count is the scanner's) to the number of copies.
    for (int i = 0; i < 4 && !desk.find("field.so_ban#1")->focused; ++i) desk.enter();
    REQUIRE(desk.find("field.so_ban#1")->focused);
    desk.type("1");
    desk.click("nav.continue");
    REQUIRE(sessionOf(desk).screen == Screen::CheckAnswers);
    desk.enter();
    desk.click("consent.yes");
    desk.enter();
    INFO(desk.dump());
    REQUIRE(sessionOf(desk).screen == Screen::Receipt);
    desk.click("payment.at_desk");  // the fee is paid at the desk, in cash
    for (int frames = 0; frames < 3000 && tray->pdfs().empty(); ++frames) {
        desk.frame();
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    CHECK(tray->pdfs().size() == 1);  // the citizen's receipt, printed as it showed

    REQUIRE(deskSync.run({"--drain"}) == 0);
    const auto lines = exportFilings(dir.path() / "portal");
    REQUIRE(lines.size() == 1);
    const auto line = nlohmann::json::parse(lines[0]);
    CHECK(line["channel"] == "desk");
    CHECK(line["attachments"].size() == 2);
    CHECK(line["digitised_components"] == nlohmann::json::array({"ban_chinh"}));
    CHECK(line["all_components_digitised"] == true);
}
