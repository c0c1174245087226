// "Tra cứu hồ sơ" reads the local status cache: a typed code (local reference or mã hồ sơ, any
// case, stray spaces) gives the status in plain Vietnamese, and with the receipt's look-up code
// its history and what a supplement request asks to bring; an unknown code is said to be
// unknown, never guessed.
#include <doctest/doctest.h>

#include "support/ui_driver.hpp"
#include "ui/headless/status_fixture.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

constexpr const char* kMaHoSo = "000.00.00.H66-251124-0002";

std::string vi(const UiDriver& ui, const std::string& key) { return ui.session().config->locales.vi.at(key); }

// A filing stored as the kiosk stores it; no screen is needed for that part.
std::string storeFiling(StatusFixture& f) {
    core::Filing filing{"thu-phi-mau", "9.000001", {{"ho_ten", "Lê Thị Hoa"}, {"anh_giay_to_mau", "ban_chinh_tai_quay"}}, {}, 10000, 0};
    auto stored = f.box->submit(filing);
    REQUIRE(stored.ok());
    return stored->localReference;
}

void lookUp(UiDriver& ui, const std::string& code) {
    ui.frame();
    if (ui.session().screen == core::Screen::Lookup) ui.click("nav.back");  // a fresh, empty box
    ui.click("home.lookup");
    ui.fill("lookup.code", code);
    ui.click("lookup.search");
}

}  // namespace

TEST_CASE("a supplement request is found by its mã hồ sơ and explained, with the history") {
    StatusFixture f;
    const std::string reference = storeFiling(f);
    f.deliver(reference, kMaHoSo, "K7M3PX");
    f.event(reference, 1, "accept", "accepted", 2, "", "2025-11-27T17:00:00+07:00");
    f.event(reference, 2, "request_supplement", "supplement_requested", 5, "Bản chính giấy chứng sinh của cháu");

    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    lookUp(ui, "  000.00.00.h66-251124-0002 ");
    // The code alone: the status and the due date; the look-up code from the receipt: the rest.
    CHECK_FALSE(ui.has("lookup.note"));
    CHECK_FALSE(ui.has("lookup.history.0"));
    ui.fill("lookup.secret", "k7m3px");
    ui.click("lookup.prove");
    INFO(ui.dump());
    CHECK(ui.label("lookup.found") == std::string("Hồ sơ ") + kMaHoSo);
    CHECK(ui.label("lookup.service") == "Thủ tục: Thủ tục thử có lệ phí");
    CHECK(ui.label("lookup.result") == "Cần bổ sung giấy tờ");
    CHECK(ui.label("lookup.explain") == vi(ui, "status.explain_5"));
    CHECK(ui.label("lookup.note") == "Bản chính giấy chứng sinh của cháu");
    CHECK(ui.label("lookup.supplement").find(kMaHoSo) != std::string::npos);
    CHECK(ui.label("lookup.due") == "Ngày hẹn trả kết quả: 27/11/2025");
    CHECK(ui.label("lookup.history.0") == "24/11/2025 09:11: " + vi(ui, "status.code_2"));
    CHECK(ui.label("lookup.history.1") ==
          "24/11/2025 09:12: " + vi(ui, "status.code_5") + " — Bản chính giấy chứng sinh của cháu");
}

TEST_CASE("the documents staff ask for are named as the service file names them") {
    StatusFixture f;
    const std::string reference = storeFiling(f);
    f.deliver(reference, kMaHoSo, "K7M3PX");
    f.event(reference, 1, "request_supplement", "supplement_requested", 5, "", "",
            {"giay_to_mau", "khong_co_trong_danh_sach"});

    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    lookUp(ui, kMaHoSo);
    // What staff asked for is the filing's detail: the receipt's look-up code shows it.
    CHECK_FALSE(ui.has("lookup.requested.0"));
    ui.fill("lookup.secret", "K7M3PX");
    ui.click("lookup.prove");
    INFO(ui.dump());
    CHECK_FALSE(ui.has("lookup.note"));
    CHECK(ui.label("lookup.requested.0") == "• Giấy tờ mẫu");
    CHECK(ui.label("lookup.requested.1") == "• " + vi(ui, "status.requested_document_other"));
    // Named documents are an answer: the kiosk says to bring them, not to go and ask.
    CHECK(ui.label("lookup.supplement").find(vi(ui, "status.supplement_bring").substr(0, 20)) != std::string::npos);
}

TEST_CASE("before delivery the local reference finds the filing, waiting to be sent") {
    StatusFixture f;
    const std::string reference = storeFiling(f);
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    lookUp(ui, reference);
    CHECK(ui.label("lookup.found") == "Hồ sơ " + reference);
    CHECK(ui.label("lookup.result") == vi(ui, "status.waiting_send"));
    CHECK_FALSE(ui.has("lookup.history.0"));
}

TEST_CASE("each national status code reads in plain Vietnamese, and an unknown one as being processed") {
    StatusFixture f;
    const std::string reference = storeFiling(f);
    f.deliver(reference, kMaHoSo);
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    const auto& en = f.config->locales.en;
    for (int code = 1; code <= 10; ++code) {
        CAPTURE(code);
        const std::string key = "status.code_" + std::to_string(code);
        REQUIRE(f.config->locales.vi.count(key) == 1);
        CHECK(en.count(key) == 1);
        CHECK(en.count("status.explain_" + std::to_string(code)) == 1);
    }
    f.event(reference, 3, "approve", "approved", 9);
    lookUp(ui, kMaHoSo);
    CHECK(ui.label("lookup.result") == "Đã có kết quả, mời bạn đến nhận");
    CHECK(ui.label("lookup.explain") == vi(ui, "status.explain_9"));
    CHECK_FALSE(ui.has("lookup.supplement"));

    f.event(reference, 4, "new_action", "something_new", 42);
    lookUp(ui, kMaHoSo);
    CHECK(ui.label("lookup.result") == "Đang xử lý");
}

TEST_CASE("an unknown code is said to be unknown") {
    StatusFixture f;
    storeFiling(f);
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    lookUp(ui, "KIOSK-KHAC-251124-0009");
    CHECK(ui.label("lookup.result").starts_with("Không tìm thấy hồ sơ có mã KIOSK-KHAC-251124-0009"));
    CHECK_FALSE(ui.has("lookup.found"));
}

TEST_CASE("the short forms a citizen reads off a receipt find the filing") {
    StatusFixture f;
    const std::string reference = storeFiling(f);  // "KIOSK-DEMO-01-yymmdd-0001"
    const std::string dateAndSequence = reference.substr(reference.size() - 11);
    REQUIRE(dateAndSequence.size() == 11);
    REQUIRE(dateAndSequence[6] == '-');
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());

    lookUp(ui, dateAndSequence);  // before delivery: the local reference's date and sequence
    CHECK(ui.label("lookup.found") == "Hồ sơ " + reference);

    f.deliver(reference, kMaHoSo);
    lookUp(ui, "251124-0002");  // the mã hồ sơ's date and sequence
    CHECK(ui.label("lookup.found") == std::string("Hồ sơ ") + kMaHoSo);
    lookUp(ui, "0000000h662511240002");  // the mã hồ sơ without its dots and dashes
    CHECK(ui.label("lookup.found") == std::string("Hồ sơ ") + kMaHoSo);
    lookUp(ui, "251124 0002");  // a space where the dash was
    CHECK(ui.label("lookup.found") == std::string("Hồ sơ ") + kMaHoSo);

    // Too little to tell filings apart is not guessed from.
    lookUp(ui, "0002");
    CHECK_FALSE(ui.has("lookup.found"));
    CHECK(ui.label("lookup.result").starts_with("Không tìm thấy hồ sơ có mã 0002"));
}

TEST_CASE("a short form two filings end with is never guessed between") {
    StatusFixture f;
    const std::string first = storeFiling(f);   // local "...-yymmdd-0001"
    const std::string second = storeFiling(f);  // local "...-yymmdd-0002"
    const std::string dateAndSequence = first.substr(first.size() - 11);
    // The portal numbered the second filing with the same day and sequence as the first's
    // local reference: the kiosk's counter and the portal's are not the same.
    f.deliver(second, "000.00.00.H66-" + dateAndSequence);
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    lookUp(ui, dateAndSequence);
    CHECK_FALSE(ui.has("lookup.found"));
    CHECK(ui.label("lookup.result") == "Có hơn một hồ sơ có mã kết thúc bằng " + dateAndSequence +
                                           ". Xin gõ đủ mã ghi trên giấy hẹn, cả phần đầu, hoặc hỏi cán bộ ở quầy.");
    lookUp(ui, first);  // the whole code still finds each
    CHECK(ui.label("lookup.found") == "Hồ sơ " + first);
}

TEST_CASE("searching or proving with the keyboard still open puts it away, so what was found is seen") {
    StatusFixture f;
    const std::string reference = storeFiling(f);
    f.deliver(reference, kMaHoSo, "K7M3PX");
    f.event(reference, 1, "accept", "accepted", 2, "", "2025-11-27T17:00:00+07:00");
    UiDriver ui(f.config, *f.box);
    ui.app().setStatusSource(f.status.get());
    ui.frame();
    ui.click("home.lookup");
    ui.click("lookup.code");
    ui.type(kMaHoSo);
    REQUIRE(ui.has("kbd.done"));
    ui.click("lookup.search");  // without "Xong" first, as most people do
    CHECK(ui.label("lookup.found") == std::string("Hồ sơ ") + kMaHoSo);
    CHECK_FALSE(ui.has("kbd.done"));
    ui.click("lookup.secret");
    ui.type("K7M3PX");
    REQUIRE(ui.has("kbd.done"));
    ui.click("lookup.prove");
    CHECK(ui.has("lookup.history.0"));
    CHECK_FALSE(ui.has("kbd.done"));
}
