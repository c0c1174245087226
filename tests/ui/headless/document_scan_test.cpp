// Document slots in the real kiosk UI (headless ImGui frames): a certified copy whose three
// pages are scanned through the file capture backend (pages generated at test time, tilted on
// a desk). The page count fills so_trang, the fee follows it, and the stored filing carries the
// three pages as grey JPEGs. Also: a page taken back, a blank sheet refused, no device at all.
#include <doctest/doctest.h>

#include <fstream>
#include <thread>

#include "kiosk/capture/preview_source.hpp"
#include "kiosk/ui/stream_texture.hpp"
#include "page_photo.hpp"
#include "support/memory_filing_store.hpp"
#include "support/temp_dir.hpp"
#include "support/ui_driver.hpp"
#include "ui/headless/birth_flow.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using core::Screen;

namespace {

const std::string kSlot = "field.anh_giay_to#1";

config::CaptureSettings fileCapture(const std::filesystem::path& folder) {
    config::CaptureSettings capture;
    capture.backend = config::CaptureBackend::File;
    capture.path = folder.string();
    return capture;
}

// Photos of pages lying on a desk, each tilted its own way; `blankAt` (1-based) is an empty sheet.
void writePages(const std::filesystem::path& folder, int count, int blankAt = 0) {
    std::filesystem::create_directories(folder);
    for (int i = 1; i <= count; ++i) {
        scanners::cardgen::PagePhotoStyle style;
        style.rotationDeg = -6.0 + 4.0 * i;
        style.seed = static_cast<unsigned>(40 + i);
        style.blank = i == blankAt;
        const auto bytes = scanners::cardgen::photographPage(style);
        std::ofstream(folder / ("page-" + std::to_string(i) + ".jpg"), std::ios::binary)
            .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    }
}

// Home → certified copy → identity typed → the page of documents to certify.
void toDocumentsPage(test::UiDriver& ui) {
    ui.frame();
    ui.click("home.start");
    ui.fill("catalogue.search", "chung thuc");
    ui.click("catalogue.service.chung-thuc-ban-sao");
    ui.click("service.start");
    test::typeSampleIdentity(ui);
    ui.click("field.da_hieu_luu_y.co");
    ui.click("nav.continue");
    ui.click("nav.continue");  // the applicant, filled from the identity step
    INFO(ui.dump());
    REQUIRE(ui.has(kSlot + ".at_desk"));  // the slot is on screen, with or without a scanner
}

// Presses "Quét trang" and draws frames (real time passes for the worker) until the slot is
// ready again; the UI keeps drawing meanwhile, with a progress bar. Returns the frames drawn.
int scanPage(test::UiDriver& ui, bool& sawProgress) {
    ui.click(kSlot + ".scan");
    for (int frames = 0; frames < 1500; ++frames) {
        ui.frame();
        if (ui.has(kSlot + ".progress")) sawProgress = true;
        if (ui.has(kSlot + ".scan")) return frames;
        std::this_thread::sleep_for(10ms);
    }
    INFO(ui.dump());
    FAIL("the page never arrived");
    return 0;
}

// Every picture the kiosk put on screen through its page textures (which come and go with the
// screen), and how many were wiped.
struct PageUploads {
    struct Upload {
        int width = 0, height = 0;
        std::vector<unsigned char> rgb;
    };
    std::vector<Upload> uploads;
    int clears = 0;
};

class LoggingTexture final : public ui::StreamTexture {
public:
    explicit LoggingTexture(PageUploads& log) : m_log(log) {}
    ImTextureID upload(int width, int height, const unsigned char* rgb) override {
        m_log.uploads.push_back({width, height, {rgb, rgb + static_cast<size_t>(width) * static_cast<size_t>(height) * 3}});
        return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(9));
    }
    void clear() override { ++m_log.clears; }

private:
    PageUploads& m_log;
};

// The picture of the session's page `index` the kiosk would show at width x height.
std::vector<unsigned char> pictureOf(const test::UiDriver& ui, size_t index, int width, int height) {
    const auto& page = ui.session().documentPages.at("anh_giay_to#1").at(index);
    auto frame = capture::decodeToFrame(page.jpeg, width, height);
    REQUIRE(frame.has_value());
    return frame->rgb;
}

// The certified copy's documents page of a kiosk whose scanner holds `pages` generated pages,
// with the first one scanned and the pictures the screen shows of pages logged.
struct ScannedPageKiosk {
    ScannedPageKiosk(std::string_view name, int pages)
        : dir(name), ui(withPages(dir.path() / "scanner", pages), store) {
        ui.app().setPageTextures([this] { return std::make_unique<LoggingTexture>(log); });
        toDocumentsPage(ui);
        bool sawProgress = false;
        scanPage(ui, sawProgress);
    }

    static std::shared_ptr<const config::Config> withPages(const std::filesystem::path& scanner, int pages) {
        writePages(scanner, pages);
        return test::shippedConfigWithCapture(fileCapture(scanner));
    }

    test::TempDir dir;
    test::MemoryFilingStore store;
    PageUploads log;
    test::UiDriver ui;
};

bool isJpeg(const std::vector<unsigned char>& bytes) {
    return bytes.size() > 4 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[bytes.size() - 2] == 0xFF &&
           bytes[bytes.size() - 1] == 0xD9;
}

}  // namespace

TEST_CASE("three scanned pages count into the certified copy's fee and are filed as JPEGs") {
    test::TempDir dir("ui-document-scan");
    writePages(dir.path() / "scanner", 3);
    test::MemoryFilingStore store;
    test::UiDriver ui(test::shippedConfigWithCapture(fileCapture(dir.path() / "scanner")), store);
    toDocumentsPage(ui);
    ui.fill("field.ten_giay_to#1", "Giấy khai sinh");
    CHECK(ui.label(kSlot + ".scan") == "Quét trang");
    CHECK(ui.has(kSlot + ".at_desk"));  // the desk stays the other way

    bool sawProgress = false;
    for (int i = 0; i < 3; ++i) scanPage(ui, sawProgress);
    CHECK(sawProgress);
    INFO(ui.dump());
    CHECK(ui.label(kSlot + ".pages") == "Đã quét 3 trang");
    CHECK(ui.label(kSlot + ".scan") == "Quét thêm một trang");
    CHECK(ui.has(kSlot + ".remove"));
    CHECK_FALSE(ui.has(kSlot + ".at_desk"));
    CHECK(ui.session().answers.at("so_trang#1") == "3");

    CHECK(ui.label("field.phi_giay_to#1") == "Máy sẽ tự điền khi có đủ thông tin");
    ui.fill("field.so_ban#1", "1");
    // The fee is on the page as soon as it can be worked out, before "Tiếp tục".
    CHECK(ui.label("field.phi_giay_to#1") == "5.000 đồng");
    ui.click("nav.continue");
    REQUIRE(ui.session().screen == Screen::CheckAnswers);
    CHECK(ui.dump().find("Đã quét 3 trang") != std::string::npos);
    // 2 pages at 2.000 đồng and a third at 1.000 đồng, for one copy.
    CHECK(ui.label("check.value.phi_giay_to#1") == "5.000 đồng");
    CHECK(ui.has("check.edit.so_ban#1"));
    CHECK_FALSE(ui.has("check.edit.phi_giay_to#1"));  // worked out by the kiosk, not typed
    ui.click("nav.continue");
    ui.click("consent.yes");
    ui.click("send.submit");
    INFO(ui.dump());
    REQUIRE(ui.session().screen == Screen::Receipt);

    REQUIRE(store.filings.size() == 1);
    const core::Filing& filing = store.filings.front();
    CHECK(filing.feeVnd == 5000);
    CHECK(filing.answers.at("so_trang#1") == "3");
    REQUIRE(filing.attachments.size() == 3);
    for (int n = 1; n <= 3; ++n) {
        const auto& page = filing.attachments[static_cast<size_t>(n - 1)];
        CHECK(page.name == "ban_chinh-1-" + std::to_string(n) + ".jpg");
        CHECK(page.mediaType == "image/jpeg");
        CHECK(isJpeg(page.bytes));
        CHECK(page.bytes.size() < 400u * 1024u);
    }
    // The pages left the session with the rest of the personal data.
    CHECK(ui.session().documentPages.empty());
}

TEST_CASE("the last page can be taken back, and a blank sheet is refused in plain words") {
    test::TempDir dir("ui-document-blank");
    writePages(dir.path() / "scanner", 2, 2);
    test::MemoryFilingStore store;
    test::UiDriver ui(test::shippedConfigWithCapture(fileCapture(dir.path() / "scanner")), store);
    toDocumentsPage(ui);
    bool sawProgress = false;
    scanPage(ui, sawProgress);
    CHECK(ui.label(kSlot + ".pages") == "Đã quét 1 trang");
    scanPage(ui, sawProgress);  // the blank sheet
    REQUIRE(ui.has(kSlot + ".error"));
    CHECK(ui.label(kSlot + ".error").find("Trang giấy trống") != std::string::npos);
    CHECK(ui.label(kSlot + ".pages") == "Đã quét 1 trang");

    ui.click(kSlot + ".remove");
    CHECK_FALSE(ui.has(kSlot + ".pages"));
    CHECK(ui.session().documentPages.empty());
    CHECK(ui.session().answers.count("so_trang#1") == 0);
    CHECK(ui.has(kSlot + ".at_desk"));
}

TEST_CASE("the scan instructions are read aloud with the page") {
    test::TempDir dir("ui-document-read-aloud");
    writePages(dir.path() / "scanner", 1);
    test::MemoryFilingStore store;
    const auto config = test::shippedConfigWithCapture(fileCapture(dir.path() / "scanner"));
    test::UiDriver ui(config, store);
    toDocumentsPage(ui);
    const std::string how = config->locales.vi.at("document.how");
    CHECK(ui.label(kSlot + ".how") == how);
    ui.click("toolbar.read_aloud");
    CHECK(ui.app().lastSaid().text.find(how) != std::string::npos);  // handed to the speaker
}

TEST_CASE("without a scanner the slot says so and the original can be shown at the desk") {
    test::MemoryFilingStore store;
    test::UiDriver ui(test::shippedConfigWithCapture(config::CaptureSettings{}), store);
    toDocumentsPage(ui);
    CHECK_FALSE(ui.has(kSlot + ".scan"));
    CHECK(ui.label(kSlot + ".no_device").find("không có thiết bị quét giấy tờ") != std::string::npos);
    ui.click(kSlot + ".at_desk");
    CHECK(ui.session().answers.at("anh_giay_to#1") == "ban_chinh_tai_quay");
}

TEST_CASE("a scanned page shows as a thumbnail, opens large and can be retaken in place") {
    ScannedPageKiosk kiosk("ui-document-thumbnail", 2);
    test::UiDriver& ui = kiosk.ui;
    const PageUploads& log = kiosk.log;
    ui.frame();
    INFO(ui.dump());
    REQUIRE(ui.has(kSlot + ".page.1"));
    CHECK(ui.label(kSlot + ".page.1") == "Trang 1");
    CHECK_FALSE(ui.has(kSlot + ".page.2"));
    // The thumbnail is the scanned page itself, uploaded once however many frames show it.
    REQUIRE(log.uploads.size() == 1);
    const auto first = log.uploads.back();
    CHECK(first.rgb == pictureOf(ui, 0, first.width, first.height));
    CHECK(first.height >= 64);
    const auto firstJpeg = ui.session().documentPages.at("anh_giay_to#1").at(0).jpeg;

    ui.click(kSlot + ".page.1");
    REQUIRE(ui.has(kSlot + ".page_large"));
    CHECK(ui.label(kSlot + ".open_page") == "Trang 1");
    CHECK(ui.label(kSlot + ".retake") == "Chụp lại trang này");
    const auto large = log.uploads.back();
    CHECK(large.height > 3 * first.height);
    CHECK(large.rgb == pictureOf(ui, 0, large.width, large.height));

    // Retake: the second sheet in the scanner takes the first page's place; still one page.
    ui.click(kSlot + ".retake");
    for (int frames = 0; frames < 1500 && ui.session().documentPages.at("anh_giay_to#1").at(0).jpeg == firstJpeg;
         ++frames) {
        ui.frame();
        std::this_thread::sleep_for(10ms);
    }
    ui.frame();
    INFO(ui.dump());
    REQUIRE(ui.session().documentPages.at("anh_giay_to#1").size() == 1);
    CHECK(ui.session().documentPages.at("anh_giay_to#1").at(0).jpeg != firstJpeg);
    CHECK(ui.session().answers.at("so_trang#1") == "1");
    CHECK(ui.label(kSlot + ".pages") == "Đã quét 1 trang");
    CHECK(ui.has(kSlot + ".page_large"));  // the new page stays open to be checked
    bool thumbnailNew = false, largeNew = false;
    for (const auto& upload : log.uploads) {
        if (upload.width == first.width && upload.height == first.height && upload.rgb != first.rgb &&
            upload.rgb == pictureOf(ui, 0, upload.width, upload.height)) {
            thumbnailNew = true;
        }
        if (upload.width == large.width && upload.height == large.height && upload.rgb != large.rgb &&
            upload.rgb == pictureOf(ui, 0, upload.width, upload.height)) {
            largeNew = true;
        }
    }
    CHECK(thumbnailNew);
    CHECK(largeNew);

    // Closed, the large picture is wiped; the last page taken back, so is the thumbnail.
    const int clearsBefore = log.clears;
    ui.click(kSlot + ".close_page");
    ui.frame();
    CHECK_FALSE(ui.has(kSlot + ".page_large"));
    CHECK(log.clears == clearsBefore + 1);
    ui.click(kSlot + ".remove");
    ui.frame();
    CHECK_FALSE(ui.has(kSlot + ".page.1"));
    CHECK(log.clears == clearsBefore + 2);
}

TEST_CASE("the pictures of scanned pages are wiped when the session ends") {
    ScannedPageKiosk kiosk("ui-document-thumbnail-wipe", 1);
    test::UiDriver& ui = kiosk.ui;
    const PageUploads& log = kiosk.log;
    ui.click(kSlot + ".page.1");
    REQUIRE(ui.has(kSlot + ".page_large"));
    REQUIRE(log.uploads.size() == 2);
    ui.click("toolbar.home");
    if (ui.has("leave.confirm")) ui.click("leave.confirm");
    ui.frame();
    INFO(ui.dump());
    CHECK(ui.session().documentPages.empty());
    CHECK(log.clears == 2);  // both pictures gone from the screen's textures
}
