// The one-stop desk's intake ("Tiếp nhận hồ sơ" in `kiosk --desk`): an officer files a birth
// registration for the citizen at the desk with the kiosk's own flow, worked with the physical
// keyboard (Tab, Enter) and a few clicks. The card is read by the configured camera (the file
// backend, a card generated here), the two documents are scanned into their slots, the receipt
// is printed as soon as it shows, and the filing goes through the desk PC's real outbox and
// kiosk-sync (a real process) to the reference portal on loopback, which records it with the
// channel "desk". Every click and key beyond the answers themselves is counted: README, "Status".
#include <doctest/doctest.h>

#include <thread>

#include <nlohmann/json.hpp>

#include "integration/portal/kiosk_client.hpp"
#include "kiosk/outbox/audit_store.hpp"
#include "outbox_status.hpp"
#include "sync_harness.hpp"
#include "ui/headless/card_camera.hpp"
#include "ui/headless/desk_intake.hpp"
#include "unit/admin/admin_support.hpp"

using namespace kiosk;
using namespace kiosk::test;
using core::Screen;

namespace {

// The target: a birth registration at the desk, card read and two documents scanned.
constexpr int kDeskTarget = 25;

}  // namespace

TEST_CASE("a birth registration taken in at the desk with the keyboard, filed on the channel desk") {
    TempDir dir("ui-desk-intake");
    PortalProcess portal(dir.path() / "portal");
    SyncKiosk deskSync(dir.path() / "portal");  // the desk PC's kiosk-sync, enrolled like a kiosk's
    const CardCamera camera = cardCamera(dir, 2024, scanners::CardType::CanCuoc2024);
    const auto config = deskConfig(camera.capture);
    auto opened = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(deskSync.dataDir(), config->kiosk.kioskId));
    REQUIRE(opened.ok());
    auto box = std::move(*opened);
    OutboxStatusSource status(*box);
    auto tray = std::make_shared<PaperTray>();
    auto deskDriver = openDesk(dir.path() / "portal", portal, config, *box, status, tray);
    DeskDriver& desk = *deskDriver;
    auto audit = outbox::AuditStore::open(
        outbox::OutboxOptions::inDirectory(deskSync.dataDir(), config->kiosk.kioskId));
    REQUIRE(audit.ok());
    desk.app().setAuditLog(audit->get());
    const std::string childDob = localDateDaysAgo(70);  // late: the fee exemption's proof is asked for
    int answers = 0;  // clicks that are answers (a choice picked), not counted against the target
    const auto answer = [&](std::string_view id) {
        desk.click(id);
        ++answers;
    };

    desk.click("desk.intake");
    REQUIRE(desk.app().intake() != nullptr);
    CHECK(sessionOf(desk).screen == Screen::Catalogue);
    CHECK_FALSE(desk.has("key.a"));  // no on-screen keyboard at the desk
    desk.click("catalogue.service.dang-ky-khai-sinh");
    // The service's page for citizens is passed: the pre-question comes at once.
    answer("field.tre_duoi_6_tuoi.co");
    answer("field.muon_lien_thong.khong");
    desk.enter();
    REQUIRE(sessionOf(desk).screen == Screen::Identity);

    desk.click("identity.scan.take");
    waitForLabel(desk, "identity.scan.take", "Chụp mặt sau");
    desk.click("identity.scan.take");
    // The read is used at once and the applicant's page shows what the card gave.
    for (int frames = 0; frames < 12000 && sessionOf(desk).screen == Screen::Identity; ++frames) {
        desk.frame();
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    CHECK(sessionOf(desk).identity.idNumber.value == camera.person.idNumber);
    onPage(desk, "nguoi_yeu_cau");
    CHECK(sessionOf(desk).answers.at("so_dinh_danh") == camera.person.idNumber);
    desk.enter();
    onPage(desk, "nguoi_yeu_cau_noi_o");
    const auto& answersNow = sessionOf(desk).answers;
    const auto commune = answersNow.find("noi_cu_tru.commune");
    if (commune == answersNow.end() || commune->second.empty()) {  // the card's address is elsewhere
        desk.click("field.noi_cu_tru.province");  // opening the list is a step, picking in it an answer
        answer("picker.66");
        answer("picker.24175");
        CHECK(desk.find("field.noi_cu_tru.street")->focused);  // back on the page, the street types
        desk.type("Thôn 1");
    }
    answer("field.quan_he_voi_tre.me");
    desk.enter();

    onPage(desk, "tre");
    // The page's first box has the keyboard already; Enter moves to the next box.
    CHECK(desk.find("field.ho_ten_tre")->focused);
    desk.type("Lê Minh An");
    desk.enter();
    CHECK(desk.find("field.ngay_sinh_tre")->focused);
    desk.type(childDob);
    CHECK(desk.label("field.ngay_sinh_tre") == childDob);
    answer("field.gioi_tinh_tre.nam");
    desk.enter();  // nothing highlighted: the page's main button, "Tiếp tục"

    onPage(desk, "tre_dan_toc");
    answer("field.dan_toc_tre.kinh");
    desk.enter();
    onPage(desk, "tre_noi_sinh");
    answer("field.noi_sinh.suggestion.1");
    answer("field.que_quan.place.24175");
    desk.enter();
    onPage(desk, "me");
    desk.enter();
    onPage(desk, "me_giay_to");
    answer("field.dan_toc_me.kinh");
    if (desk.has("field.noi_cu_tru_me.same")) answer("field.noi_cu_tru_me.same");
    desk.enter();
    onPage(desk, "cha_hoi");
    answer("field.co_thong_tin_cha.khong");
    desk.enter();
    onPage(desk, "giay_to_sinh");
    answer("field.loai_giay_to_sinh.chung_sinh");
    desk.enter();

    onPage(desk, "quet_giay_to_sinh");
    desk.click("field.anh_giay_chung_sinh.scan");
    waitForPages(desk, "anh_giay_chung_sinh", 1);
    desk.enter();
    onPage(desk, "mien_le_phi");
    answer("field.dien_mien_le_phi.ho_ngheo");
    desk.click("field.anh_giay_to_mien_le_phi.scan");
    waitForPages(desk, "anh_giay_to_mien_le_phi", 1);
    desk.enter();
    onPage(desk, "ban_sao");
    desk.enter();
    onPage(desk, "cam_doan");
    answer("field.dong_y_cam_doan.co");
    desk.enter();

    REQUIRE(sessionOf(desk).screen == Screen::CheckAnswers);
    desk.enter();
    REQUIRE(sessionOf(desk).screen == Screen::Consent);
    desk.enter();
    REQUIRE(sessionOf(desk).screen == Screen::Send);
    desk.enter();
    REQUIRE(sessionOf(desk).screen == Screen::Receipt);
    const std::string reference = sessionOf(desk).reference;
    // Printed without a press, as the receipt came up.
    for (int frames = 0; frames < 12000 && tray->pdfs().empty(); ++frames) {
        desk.frame();
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    REQUIRE(tray->pdfs().size() == 1);
    // The intake is done: the filing is stored and the citizen holds the receipt.
    const int toReceipt = desk.steps() - answers;
    desk.enter();  // "Xong": back to the desk's list, the session wiped
    CHECK(desk.app().intake() == nullptr);
    CHECK(desk.has("desk.intake"));
    MESSAGE("desk intake of a birth registration, card read and two documents scanned: "
            << toReceipt << " keys and clicks beyond the answers from \"Tiếp nhận hồ sơ\" to the printed receipt, "
            << desk.steps() - answers << " with the Enter that closes it (" << answers
            << " choices picked and the typed answers not counted)");
    CHECK(toReceipt <= kDeskTarget);

    // The stored filing says where it was made, and carries both documents.
    auto stored = box->findByReference(reference);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    auto filing = box->decryptPayload((*stored)->clientFilingId);
    REQUIRE(filing.ok());
    CHECK(filing->filing.channel == core::Channel::Desk);
    CHECK(filing->filing.attachments.size() == 2);
    CHECK(filing->filing.answers.at("ngay_sinh_tre") == childDob);
    // Both documents were scanned at the desk: every component digitised at the source.
    const std::vector<std::string> scanned{"giay_chung_sinh", "giay_to_mien_le_phi"};
    REQUIRE(filing->filing.digitisation.has_value());
    CHECK(filing->filing.digitisation->components == scanned);
    CHECK(filing->filing.digitisation->all);

    // kiosk-sync delivers it; the portal keeps the channel and shows it to staff.
    REQUIRE(deskSync.run({"--drain"}) == 0);
    const auto lines = exportFilings(dir.path() / "portal");
    REQUIRE(lines.size() == 1);
    const auto line = nlohmann::json::parse(lines[0]);
    CHECK(line["channel"] == "desk");
    CHECK(line["attachments"].size() == 2);
    CHECK(line["digitised_components"] == nlohmann::json(scanned));
    CHECK(line["all_components_digitised"] == true);  // HoSoCoThanhPhanSoHoa
    const StaffClient staff = staffClient(dir.path() / "portal", portal.url());
    const auto queue = staff.get("/filings").json()["filings"];
    REQUIRE(queue.size() == 1);
    CHECK(queue[0]["channel"] == "desk");
    CHECK(queue[0]["all_components_digitised"] == true);

    // The intake is in the staff audit log: the officer, the filing's reference and the service,
    // nothing about the citizen; the chain holds (kiosk-admin audit verify).
    const AdminRun verified = runAdmin({"--data", deskSync.dataDir().string(), "audit", "verify"});
    CHECK_MESSAGE(verified.status == 0, verified.err);
    const AdminRun shown = runAdmin({"--data", deskSync.dataDir().string(), "audit", "show"});
    REQUIRE(shown.status == 0);
    int intakes = 0;
    for (const auto& entry : nlohmann::json::parse(shown.out)) {
        if (entry["kind"] != "desk.intake") continue;
        ++intakes;
        CHECK(entry["operator_id"] == "STAFF-DEMO-01");
        CHECK(entry["filing_id"] == reference);
        CHECK(entry["detail"] == "dang-ky-khai-sinh");
    }
    CHECK(intakes == 1);
    CHECK(shown.out.find(camera.person.idNumber) == std::string::npos);
    CHECK(shown.out.find("Lê Minh An") == std::string::npos);
}

TEST_CASE("at the desk's intake Tab reaches boxes, options and buttons; Space and Enter press; Esc goes back") {
    TempDir dir("ui-desk-intake-keys");
    PortalProcess portal(dir.path() / "portal");
    const auto config = deskConfig(config::CaptureSettings{});
    auto opened = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(dir.path() / "desk", config->kiosk.kioskId));
    REQUIRE(opened.ok());
    auto box = std::move(*opened);
    OutboxStatusSource status(*box);
    auto desk = openDesk(dir.path() / "portal", portal, config, *box, status, std::make_shared<PaperTray>());
    desk->click("desk.intake");
    // The desk's own header, not the kiosk's toolbar for citizens: who is signed in at which desk
    // PC, and the way back to the list; no text size, contrast, read-aloud, language or help call.
    REQUIRE(desk->has("desk.header.who"));
    CHECK(desk->label("desk.header.who").find("STAFF-DEMO-01") != std::string::npos);
    CHECK(desk->label("desk.header.who").find(config->kiosk.kioskId) != std::string::npos);
    CHECK(desk->has("toolbar.home"));
    for (const char* citizens :
         {"toolbar.text_size", "toolbar.contrast", "toolbar.read_aloud", "toolbar.lang.en", "toolbar.call_staff"}) {
        CHECK_FALSE(desk->has(citizens));
    }
    // Worded for the officer (desk_intake.* in the locales), not for a citizen at a touch screen.
    CHECK(desk->label("catalogue.title") == "Chọn thủ tục cần tiếp nhận");
    desk->click("catalogue.service.dang-ky-khai-sinh");
    REQUIRE(sessionOf(*desk).screen == Screen::PreQuestions);

    // Tab: the first option; Space picks it, and the question it opens joins the round.
    desk->press(ImGuiKey_Tab);
    desk->press(ImGuiKey_Space);
    CHECK(desk->find("field.tre_duoi_6_tuoi.co")->checked);
    REQUIRE(desk->has("field.muon_lien_thong.khong"));
    desk->press(ImGuiKey_Tab);        // tre_duoi_6_tuoi.khong
    desk->press(ImGuiKey_Tab);        // muon_lien_thong.co
    desk->press(ImGuiKey_Tab);        // muon_lien_thong.khong
    desk->press(ImGuiKey_Tab, true);  // Shift+Tab: back to muon_lien_thong.co
    desk->press(ImGuiKey_Tab);
    desk->enter();  // Enter on a highlighted option picks it
    CHECK(desk->find("field.muon_lien_thong.khong")->checked);
    CHECK_FALSE(desk->find("field.muon_lien_thong.co")->checked);
    desk->press(ImGuiKey_Tab);  // on to the bar: Quay lại
    desk->press(ImGuiKey_Tab);  // Tiếp tục
    desk->press(ImGuiKey_Space);
    REQUIRE(sessionOf(*desk).screen == Screen::Identity);

    // No capture device here: the identity step's first box has the keyboard; Tab and Shift+Tab
    // move it between the boxes.
    CHECK(desk->find("identity.full_name")->focused);
    desk->type("Lê Thị Hoa");
    desk->press(ImGuiKey_Tab);
    CHECK(desk->find("identity.id_number")->focused);
    desk->type("06619000123");
    desk->press(ImGuiKey_Tab, true);
    CHECK(desk->find("identity.full_name")->focused);
    CHECK(desk->label("identity.full_name") == "Lê Thị Hoa");
    CHECK(desk->label("identity.id_number") == "06619000123");
    // What comes in the same frame as the key that moves on (a fast typist; a reader typing a
    // value, then Enter) stays in the box it was typed into, not the next one.
    desk->typeThenPress(" Mai", ImGuiKey_Enter);
    CHECK(desk->find("identity.id_number")->focused);
    desk->typeThenPress("4", ImGuiKey_Tab, true);
    CHECK(desk->find("identity.full_name")->focused);
    CHECK(desk->label("identity.full_name") == "Lê Thị Hoa Mai");
    CHECK(desk->label("identity.id_number") == "066190001234");
    // Enter from the last box presses "Tiếp tục" in the same frame: the date goes in first.
    desk->click("identity.issue_date");
    desk->typeThenPress("01/07/2024", ImGuiKey_Enter);
    REQUIRE(sessionOf(*desk).screen == Screen::Page);
    CHECK(sessionOf(*desk).identityInput.at("issue_date") == "01/07/2024");
    desk->press(ImGuiKey_Escape);
    REQUIRE(sessionOf(*desk).screen == Screen::Identity);

    // Esc is "Quay lại", twice back to the catalogue (the service's citizen page is passed both
    // ways), and out of the catalogue the intake closes with nothing kept.
    desk->press(ImGuiKey_Escape);
    REQUIRE(sessionOf(*desk).screen == Screen::PreQuestions);
    desk->press(ImGuiKey_Escape);
    REQUIRE(sessionOf(*desk).screen == Screen::Catalogue);
    desk->press(ImGuiKey_Escape);
    CHECK(desk->app().intake() == nullptr);
    CHECK(desk->has("desk.intake"));
    CHECK(box->statusCounts()->pending == 0);
}
