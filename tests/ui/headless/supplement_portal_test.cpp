// "Bổ sung hồ sơ" end to end with the real reference portal on loopback and the real kiosk-sync:
// staff ask for two named documents; at the kiosk the citizen opens the look-up with the
// receipt's QR, scans one page into each requested slot (the file capture backend, pages made
// by the test), checks and sends; the supplement is sealed into the outbox and its receipt is
// printed. Until kiosk-sync delivers it the screen says it is waiting to be sent; kiosk-sync is
// killed with SIGKILL in the middle of delivering it, started again, and the portal's export then
// holds it exactly once, with both documents in their slots; the look-up shows what the portal's
// signed answer says it received. Every widget is found by its ID; the taps are counted.
#include <doctest/doctest.h>

#include <imgui.h>

#include <csignal>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "kiosk/receipt/printer.hpp"
#include "kiosk_client.hpp"
#include "outbox_status.hpp"
#include "page_photo.hpp"
#include "support/paths.hpp"
#include "support/pdf_text.hpp"
#include "support/ui_driver.hpp"
#include "sync_harness.hpp"
#include "ui/headless/birth_flow.hpp"

using namespace kiosk;
using namespace kiosk::test;
using namespace std::chrono_literals;

namespace {

const std::vector<std::string> kAsked = {"giay_chung_sinh", "giay_cam_doan_viec_sinh"};

std::string vi(const UiDriver& ui, const std::string& key) { return ui.session().config->locales.vi.at(key); }

// Two photographed pages for the file capture backend, taken in turn.
config::CaptureSettings scannerWithPages(const std::filesystem::path& folder) {
    std::filesystem::create_directories(folder);
    for (int i = 1; i <= 2; ++i) {
        scanners::cardgen::PagePhotoStyle style;
        style.rotationDeg = 3.0 * i;
        style.seed = static_cast<unsigned>(70 + i);
        const auto bytes = scanners::cardgen::photographPage(style);
        std::ofstream(folder / ("page-" + std::to_string(i) + ".jpg"), std::ios::binary)
            .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    }
    config::CaptureSettings capture;
    capture.backend = config::CaptureBackend::File;
    capture.path = folder.string();
    return capture;
}

// Keeps the PDF it was given (the real CUPS path is tests/integration/receipt's).
class KeepingPrinter final : public receipt::Printer {
public:
    Result<int> print(const std::string&, const std::string& jobTitle, const std::string& pdf) override {
        std::lock_guard lock(m_mutex);
        m_title = jobTitle;
        m_pdf = pdf;
        return 7;
    }
    std::string pdf() const {
        std::lock_guard lock(m_mutex);
        return m_pdf;
    }
    std::string title() const {
        std::lock_guard lock(m_mutex);
        return m_title;
    }

private:
    mutable std::mutex m_mutex;
    std::string m_title;
    std::string m_pdf;
};

// One filing delivered to the portal (delays on every kiosk request, so kiosk-sync can be
// killed mid-delivery), accepted, then sent back by staff for two named documents.
struct Commune {
    TempDir dir{"ui-supplement-portal"};
    std::filesystem::path portalData = dir.path() / "portal";
    PortalProcess portal{portalData, {"--faults", "delay_ms=150-250"}};
    SyncKiosk sync{portalData};
    std::string localReference;
    std::string clientFilingId;
    std::string filingId;
    std::string maHoSo;
    std::string secret;
    std::shared_ptr<config::Config> config;
    std::unique_ptr<outbox::Outbox> box;
    std::unique_ptr<OutboxStatusSource> status;

    explicit Commune(std::string printer = "mot-cua") {
        auto shipped = shippedConfigWithCapture(scannerWithPages(dir.path() / "scanner"));
        config = std::make_shared<config::Config>(*shipped);
        config->kiosk.printer.name = std::move(printer);
        auto opened = outbox::Outbox::open(outbox::OutboxOptions::inDirectory(sync.dataDir(), config->kiosk.kioskId));
        REQUIRE(opened.ok());
        box = std::move(*opened);
        submitBirthRegistration();
        REQUIRE(sync.run({"--drain"}) == 0);
        for (const auto& line : exportFilings(portalData)) {
            const auto row = nlohmann::json::parse(line);
            if (row["client_filing_id"] == clientFilingId) filingId = row["filing_id"];
        }
        REQUIRE_FALSE(filingId.empty());
        const StaffClient staff = staffClient(portalData, portal.url());
        REQUIRE(staff.post("/filings/" + filingId + "/actions", R"({"action":"accept"})").status == 201);
        const nlohmann::json ask = {{"action", "request_supplement"},
                                    {"note", "Bổ sung giấy chứng sinh và giấy cam đoan"},
                                    {"documents", kAsked}};
        REQUIRE(staff.post("/filings/" + filingId + "/actions", ask.dump()).status == 201);
        REQUIRE(sync.run({"--once"}) == 0);
        status = std::make_unique<OutboxStatusSource>(*box);
        const auto view = box->statusOf(localReference);
        REQUIRE(view.ok());
        REQUIRE(view->has_value());
        REQUIRE((*view)->status == "supplement_requested");
        maHoSo = (*view)->maHoSo;
        secret = (*view)->lookupSecret;
    }

    // A birth registration of the shipped service, stored as the kiosk stores one (synthetic).
    void submitBirthRegistration() {
        core::Filing filing;
        filing.serviceId = "dang-ky-khai-sinh";
        filing.serviceCode = "1.001193";
        filing.answers["nguoi_yeu_cau.ho_ten"] = "Nguyễn Thị Thử";
        filing.answers["nguoi_yeu_cau.so_dinh_danh"] = "001190012345";
        filing.applicantIdNumber = "001190012345";
        auto stored = box->submit(filing);
        REQUIRE(stored.ok());
        localReference = stored->localReference;
        auto summary = box->findByReference(localReference);
        REQUIRE(summary.ok());
        REQUIRE(summary->has_value());
        clientFilingId = (*summary)->clientFilingId;
    }
};

// "Quét trang" on a slot, then frames (real time for the worker) until the page is in.
void scanInto(UiDriver& ui, const std::string& slot) {
    ui.click("field." + slot + ".scan");
    for (int frames = 0; frames < 1500; ++frames) {
        ui.frame();
        if (ui.has("field." + slot + ".pages") && ui.has("field." + slot + ".scan")) return;
        std::this_thread::sleep_for(10ms);
    }
    INFO(ui.dump());
    FAIL("the page never arrived");
}

// The receipt's QR read by the USB scanner on the look-up screen: no taps, no typing.
void readReceiptQr(UiDriver& ui, const std::string& payload) {
    for (size_t i = 0; i < payload.size(); i += 4) {
        ImGui::GetIO().AddInputCharactersUTF8(payload.substr(i, 4).c_str());
        ui.frame();
    }
    ui.app().noteEnter();
    ui.frame();
    ui.frame();
}

}  // namespace

TEST_CASE("staff ask for two documents; the citizen adds them at the kiosk and the look-up shows what the portal got") {
    Commune c;
    UiDriver ui(c.config, *c.box);
    ui.app().setStatusSource(c.status.get());
    auto printer = std::make_unique<KeepingPrinter>();
    KeepingPrinter& paper = *printer;
    ui.app().setReceiptPrinter(std::move(printer));
    ui.frame();
    const int tapsBefore = ui.touches().taps;
    const int keysBefore = ui.touches().keys;

    ui.click("home.lookup");
    readReceiptQr(ui, c.maHoSo + "#" + c.secret);
    INFO(ui.dump());
    REQUIRE(ui.has("lookup.supplement_start"));
    ui.click("lookup.supplement_start");
    REQUIRE(ui.session().screen == core::Screen::Supplement);
    // One slot per document asked for, by the service file's names; the staff's note above.
    CHECK(ui.label("supplement.slot.0") == "Giấy chứng sinh");
    CHECK(ui.label("supplement.slot.1") == "Giấy cam đoan về việc sinh");
    CHECK_FALSE(ui.has("supplement.slot.2"));
    CHECK(ui.label("supplement.note") == "Bổ sung giấy chứng sinh và giấy cam đoan");

    // "Tiếp tục" with nothing scanned says so and stays.
    ui.click("nav.continue");
    CHECK(ui.label("supplement.nothing_scanned") == vi(ui, "supplement.nothing_scanned"));
    const int scanTaps = 2;
    CHECK(ui.label("supplement.intro").find("Cán bộ cần 2 loại giấy tờ") == 0);
    scanInto(ui, "bo_sung.giay_chung_sinh");
    // Only one scanned: the check names the other as not scanned; back to scan it.
    ui.click("nav.continue");
    CHECK(ui.label("supplement.check.1") == "• Giấy cam đoan về việc sinh: chưa quét");
    ui.click("nav.back");
    REQUIRE(ui.session().screen == core::Screen::Supplement);
    scanInto(ui, "bo_sung.giay_cam_doan_viec_sinh");
    CHECK_FALSE(ui.has("supplement.nothing_scanned"));
    ui.click("nav.continue");
    REQUIRE(ui.session().screen == core::Screen::SupplementCheck);
    CHECK(ui.label("supplement.check.0") == "• Giấy chứng sinh: 1 trang");
    CHECK(ui.label("supplement.check.1") == "• Giấy cam đoan về việc sinh: 1 trang");
    ui.click("supplement.send");
    REQUIRE(ui.session().screen == core::Screen::SupplementReceipt);
    // Sealed in the outbox, the pages gone from the session; not sent yet, and the screen says so.
    auto pending = c.box->supplementsOf(c.localReference);
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 1);
    CHECK(pending->front().delivery == "pending");
    CHECK(ui.session().documentPages.empty());
    CHECK(ui.label("supplement.delivery") == vi(ui, "supplement.waiting"));
    CHECK_FALSE(ui.has("supplement.delivery.document.0"));
    CHECK(ui.label("supplement.paper_title") == "GIẤY TIẾP NHẬN BỔ SUNG HỒ SƠ");
    CHECK(ui.label("supplement.paper_code") == "Mã hồ sơ: " + c.maHoSo);
    // As on the filing's receipt: the look-up code beside it, and the QR holding both.
    REQUIRE_FALSE(c.secret.empty());
    CHECK(ui.label("supplement.lookup_secret") == "Mã tra cứu: " + c.secret);
    CHECK(ui.label("supplement.qr") == c.maHoSo + "#" + c.secret);

    ui.click("supplement.print");
    const auto printing = [&ui] {
        return !ui.has("supplement.print_result") ||
               ui.label("supplement.print_result") == vi(ui, "supplement.printing");
    };
    for (int frames = 0; frames < 500 && printing(); ++frames) {
        ui.frame();
        std::this_thread::sleep_for(10ms);
    }
    CHECK(ui.label("supplement.print_result") == vi(ui, "supplement.printed"));
    const TempDir pdfDir{"supplement-pdf"};
    std::ofstream(pdfDir.path() / "paper.pdf", std::ios::binary) << paper.pdf();
    const std::string printed = squeezed(pdfText(pdfDir.path() / "paper.pdf"));
    CHECK(printed.find("GIẤY TIẾP NHẬN BỔ SUNG HỒ SƠ") != std::string::npos);
    CHECK(printed.find(c.maHoSo) != std::string::npos);
    CHECK(printed.find("Mã tra cứu: " + c.secret) != std::string::npos);
    CHECK(printed.find("Giấy chứng sinh: 1 trang") != std::string::npos);
    CHECK(printed.find("Giấy cam đoan về việc sinh: 1 trang") != std::string::npos);

    // kiosk-sync starts delivering, and is killed once the portal has taken a page of it.
    const pid_t running = c.sync.start({"--drain"});
    const bool midway = c.portal.logShows("/supplements/", 30s);
    CHECK(SyncKiosk::stop(running, SIGKILL) == 128 + SIGKILL);  // killed, not finished by itself
    CHECK(midway);
    REQUIRE(c.sync.run({"--drain"}) == 0);
    INFO(c.sync.log());

    // Exactly once at the portal, with both documents in their slots; the filing is back in work.
    int found = 0;
    for (const auto& line : exportFilings(c.portalData)) {
        const auto row = nlohmann::json::parse(line);
        if (row["filing_id"] != c.filingId) continue;
        ++found;
        CHECK(row["status"] == "processing");
        REQUIRE(row["supplements"].size() == 1);
        const auto& sent = row["supplements"][0];
        CHECK(sent["client_supplement_id"] == pending->front().clientSupplementId);
        REQUIRE(sent["documents"].size() == 2);
        CHECK(sent["documents"][0]["slot_id"] == kAsked[0]);
        CHECK(sent["documents"][1]["slot_id"] == kAsked[1]);
    }
    CHECK(found == 1);

    // The receipt screen follows the status cache: now it says what the portal received.
    ui.app().noteStatusChanged();
    ui.frame();
    CHECK(ui.label("supplement.delivery").find("Tỉnh đã nhận phần bổ sung lúc") == 0);
    CHECK(ui.label("supplement.delivery.document.0").find("• Giấy chứng sinh: 1 trang (") == 0);
    CHECK(ui.label("supplement.delivery.document.1").find("• Giấy cam đoan về việc sinh: 1 trang (") == 0);

    // Back to the filing: the look-up lists what the portal confirmed, and no longer offers it.
    ui.click("supplement.view_filing");
    REQUIRE(ui.session().screen == core::Screen::Lookup);
    CHECK(ui.label("lookup.supplement.0").find("Tỉnh đã nhận phần bổ sung lúc") == 0);
    CHECK(ui.label("lookup.supplement.0.document.0").find("• Giấy chứng sinh: 1 trang (") == 0);
    CHECK(ui.label("lookup.supplement.0.document.1").find("KB)") != std::string::npos);
    CHECK_FALSE(ui.has("lookup.supplement_start"));

    const int taps = ui.touches().taps - tapsBefore;
    const int keys = ui.touches().keys - keysBefore;
    const int detours = 3;  // see below
    MESSAGE("taps from \"Tra cứu hồ sơ\" to the delivered supplement shown: "
            << taps - detours << " (" << scanTaps << " of them \"Quét trang\"; the test's 3 detours not counted), "
            << keys << " keys");
    // Counted: Tra cứu hồ sơ, Bổ sung hồ sơ, 2 × Quét trang, Tiếp tục, Gửi bổ sung, In giấy tiếp
    // nhận bổ sung, Xem lại hồ sơ, and the test's 3 detours ("Tiếp tục" with nothing scanned,
    // then with one document left, and "Quay lại" from the check).
    CHECK(taps - scanTaps - detours == 6);
    CHECK(keys == 0);

    // "Xong": the next citizen starts from nothing.
    ui.click("nav.back");
    CHECK(ui.session().screen == core::Screen::Home);
    CHECK_FALSE(ui.session().supplement.has_value());
    CHECK_FALSE(ui.session().lookupResult.has_value());
    CHECK(ui.session().documentPages.empty());
}

TEST_CASE("with no printer the supplement's receipt is kept, sealed, for staff to print at the desk") {
    Commune c("");
    UiDriver ui(c.config, *c.box);
    ui.app().setStatusSource(c.status.get());
    ui.frame();
    ui.click("home.lookup");
    readReceiptQr(ui, c.maHoSo + "#" + c.secret);
    REQUIRE(ui.has("lookup.supplement_start"));
    ui.click("lookup.supplement_start");
    scanInto(ui, "bo_sung.giay_chung_sinh");
    scanInto(ui, "bo_sung.giay_cam_doan_viec_sinh");
    ui.click("nav.continue");
    ui.click("supplement.send");
    REQUIRE(ui.session().screen == core::Screen::SupplementReceipt);
    CHECK_FALSE(ui.has("supplement.print"));
    for (int frames = 0; frames < 500 && !ui.has("supplement.kept"); ++frames) {
        ui.frame();
        std::this_thread::sleep_for(10ms);
    }
    CHECK(ui.label("supplement.kept") == vi(ui, "supplement.at_desk"));
    CHECK(ui.label("supplement.qr") == c.maHoSo + "#" + c.secret);

    // The copy staff print with `kiosk-admin supplement-receipt`, by the code the citizen reads out;
    // the filing's own kept receipt is another thing.
    auto kept = c.box->keptSupplementReceipt(c.maHoSo);
    REQUIRE(kept.ok());
    const TempDir pdfDir{"supplement-kept"};
    std::ofstream(pdfDir.path() / "kept.pdf", std::ios::binary) << *kept;
    const std::string text = squeezed(pdfText(pdfDir.path() / "kept.pdf"));
    CHECK(text.find("GIẤY TIẾP NHẬN BỔ SUNG HỒ SƠ") != std::string::npos);
    CHECK(text.find(c.maHoSo) != std::string::npos);
    CHECK(text.find("Mã tra cứu: " + c.secret) != std::string::npos);
    CHECK(text.find("Giấy cam đoan về việc sinh: 1 trang") != std::string::npos);
    CHECK(c.box->keptReceipt(c.maHoSo).error().code == "outbox.no_receipt");
}
