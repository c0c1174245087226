// "Quét hộ chiếu" in the real kiosk UI (headless ImGui frames): a marriage with a foreign
// partner, and a birth registration with a foreign father, whose passport photo page, drawn at
// test time for a synthetic person, is read through the file capture backend, shown line by
// line, used, checked on the form and filed. A page whose check digits fail is flagged to the
// citizen and used only as "compared".
#include <doctest/doctest.h>

#include <fstream>
#include <thread>

#include "support/passport_mrz.hpp"
#include "support/temp_dir.hpp"
#include "ui/headless/birth_flow.hpp"
#include "unit/scanners/passport_page.hpp"

using namespace kiosk;
using namespace std::chrono_literals;
using core::Screen;

namespace {

constexpr const char* kSlot = "field.ho_chieu_nguoi_kia";

// Draws frames (real time passes for the worker) until `id` is on screen.
void framesUntil(test::UiDriver& ui, std::string_view id) {
    for (int frames = 0; frames < 3000; ++frames) {
        ui.frame();
        if (ui.has(id)) return;
        std::this_thread::sleep_for(20ms);
    }
    INFO(ui.dump());
    FAIL("never appeared: " << id);
}

// The file backend's "camera": one photo page with `lines` at its foot, drawn now.
config::CaptureSettings passportCamera(const test::TempDir& dir, const std::pair<std::string, std::string>& lines) {
    const auto png = scanners::test::passportPagePng(lines.first, lines.second);
    REQUIRE_MESSAGE(!png.empty(), "the passport page needs fonts-noto-core and fonts-ocr-b");
    const auto path = dir.path() / "passport.png";
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(png.data()), static_cast<std::streamsize>(png.size()));
    config::CaptureSettings capture;
    capture.backend = config::CaptureBackend::File;
    capture.path = path.string();
    return capture;
}

void continueTo(test::UiDriver& ui, const char* pageId) {
    ui.click("nav.continue");
    INFO(ui.dump());
    REQUIRE(ui.session().screen == Screen::Page);
    REQUIRE(ui.session().service->pages.at(static_cast<size_t>(ui.session().pageIndex)).id == pageId);
}

// Home -> the foreign-element marriage -> the Vietnamese applicant typed by hand -> the
// partner's passport page.
void toPassportPage(test::UiDriver& ui) {
    ui.frame();
    ui.click("home.start");
    ui.fill("catalogue.search", "nuoc ngoai");
    ui.click("catalogue.service.dang-ky-ket-hon-nuoc-ngoai");
    ui.click("service.start");
    REQUIRE(ui.session().screen == Screen::Identity);
    ui.fill("identity.full_name", "Trần Văn Bình");
    ui.fill("identity.id_number", "066090001234");
    ui.fill("identity.dob", "12051990");
    ui.click("identity.sex.nam");
    ui.click("identity.card_type.can_cuoc_2024");
    ui.click("nav.continue");
    INFO(ui.dump());
    REQUIRE(ui.session().screen == Screen::Page);
    CHECK(ui.label("field.ho_ten") == "Trần Văn Bình");
    // The sex chosen on the identity step fills the shared list's choice (choices.toml gioi_tinh).
    CHECK(ui.find("field.gioi_tinh.nam")->checked);
    continueTo(ui, "ban_noi_o");
    ui.click("field.dan_toc.kinh");
    ui.click("field.noi_cu_tru.province");
    ui.click("picker.66");
    ui.fill("picker.filter", "hoa phu");
    ui.click("picker.24175");
    ui.fill("field.noi_cu_tru.street", "Thôn 1");
    ui.fill("field.lan_ket_hon", "1");
    continueTo(ui, "nguoi_kia");
}

// On the sworn declaration: agree, see on the check-answers page that `passportField` was read
// from the passport, consent, send; the receipt follows.
void declareAndSend(test::UiDriver& ui, const std::string& passportField) {
    ui.click("field.dong_y_cam_doan.co");
    ui.click("nav.continue");
    INFO(ui.dump());
    REQUIRE(ui.session().screen == Screen::CheckAnswers);
    CHECK(ui.label("check.value." + passportField) == "Đã đọc từ hộ chiếu");
    ui.click("nav.continue");
    REQUIRE(ui.session().screen == Screen::Consent);
    ui.click("consent.yes");
    REQUIRE(ui.session().screen == Screen::Send);
    ui.click("send.submit");
    ui.frame();
    REQUIRE(ui.session().screen == Screen::Receipt);
}

}  // namespace

TEST_CASE("a marriage with a foreign partner is prefilled from a passport photo, confirmed and filed") {
    test::TempDir dir("ui-passport-scan");
    test::MemoryFilingStore store;
    test::UiDriver ui(test::shippedConfigWithCapture(passportCamera(dir, test::td3Lines({}))), store);
    toPassportPage(ui);

    CHECK(ui.label(std::string(kSlot) + ".scan") == "Quét hộ chiếu");
    // The slot helps fill the boxes; the passport itself is not optional, so no "(không bắt buộc)".
    CHECK(ui.label("label.ho_chieu_nguoi_kia") == "Hộ chiếu của người kết hôn với bạn");
    ui.click(std::string(kSlot) + ".scan");
    framesUntil(ui, "passport.use");
    const std::string read = std::string(kSlot) + ".read.";
    CHECK(ui.label(read + "surname") == "LEE");
    CHECK(ui.label(read + "given_names") == "SEO YEON");
    CHECK(ui.label(read + "nationality") == "Hàn Quốc (mã KOR)");
    CHECK(ui.label(read + "dob") == "14/03/1995");
    CHECK(ui.label(read + "sex") == "Nữ");
    CHECK(ui.label(read + "number") == "M12345678");
    CHECK(ui.label(read + "expiry") == "20/05/2033");
    CHECK(ui.has(std::string(kSlot) + ".review"));
    CHECK_FALSE(ui.has(std::string(kSlot) + ".needs_check"));
    CHECK_FALSE(ui.has(read + "dob.check"));
    CHECK(ui.label(std::string(kSlot) + ".no_diacritics").find("không có dấu") != std::string::npos);
    CHECK(ui.label("passport.use") == "Dùng thông tin này");
    // Nothing is written before the citizen says so.
    CHECK(ui.session().answers.count("ho_nguoi_kia") == 0);

    ui.click("passport.use");
    CHECK(ui.label("field.ho_nguoi_kia") == "LEE");
    CHECK(ui.label("field.ten_nguoi_kia") == "SEO YEON");
    CHECK(ui.label("field.quoc_tich_nguoi_kia") == "Hàn Quốc");
    CHECK(ui.label("field.ngay_sinh_nguoi_kia") == "14/03/1995");
    CHECK(ui.find("field.gioi_tinh_nguoi_kia.nu")->checked);
    CHECK(ui.label("field.so_ho_chieu") == "M12345678");
    CHECK(ui.has(std::string(kSlot) + ".used"));
    CHECK(ui.label(std::string(kSlot) + ".scan") == "Quét lại hộ chiếu");  // another read stays possible
    // The citizen writes the given names as the passport prints them: typing stays possible
    // after a read.
    ui.click("field.ten_nguoi_kia");
    for (int i = 0; i < 8; ++i) ui.pressKeys({"backspace"});
    ui.pressKeys({"done"});
    ui.fill("field.ten_nguoi_kia", "Seo-yeon");

    continueTo(ui, "nguoi_kia_noi_o");
    ui.fill("field.noi_cu_tru_nguoi_kia", "12 Sejong-daero, Seoul");
    ui.fill("field.lan_ket_hon_nguoi_kia", "1");
    continueTo(ui, "giay_to");
    continueTo(ui, "cam_doan");
    declareAndSend(ui, "ho_chieu_nguoi_kia");

    REQUIRE(store.filings.size() == 1);
    const auto& filed = store.filings[0];
    CHECK(filed.serviceCode == "2.000806");
    CHECK(filed.answers.at("ho_nguoi_kia") == "LEE");
    CHECK(filed.answers.at("ten_nguoi_kia") == "Seo-yeon");
    CHECK(filed.answers.at("quoc_tich_nguoi_kia") == "Hàn Quốc");
    CHECK(filed.answers.at("ngay_sinh_nguoi_kia") == "14/03/1995");
    CHECK(filed.answers.at("gioi_tinh_nguoi_kia") == "nu");
    CHECK(filed.answers.at("so_ho_chieu") == "M12345678");
    CHECK(filed.answers.at("han_ho_chieu") == "20/05/2033");
    CHECK(filed.answers.at("ho_chieu_nguoi_kia") == "mrz");
    CHECK(filed.answers.at("ho_ten") == "Trần Văn Bình");
    CHECK(ui.duplicateIds().empty());
}

TEST_CASE("a passport whose check digits fail is flagged to the citizen and used only as compared") {
    auto lines = test::td3Lines({});
    // The birth date's check digit (line 2, column 20) printed wrong: 1 more, never a look-alike.
    char& digit = lines.second[19];
    digit = static_cast<char>('0' + (digit - '0' + 1) % 10);
    test::TempDir dir("ui-passport-bad-check");
    test::MemoryFilingStore store;
    test::UiDriver ui(test::shippedConfigWithCapture(passportCamera(dir, lines)), store);
    toPassportPage(ui);

    ui.click(std::string(kSlot) + ".scan");
    framesUntil(ui, "passport.use");
    const std::string read = std::string(kSlot) + ".read.";
    CHECK(ui.label(std::string(kSlot) + ".needs_check").starts_with("Cần bạn kiểm tra"));
    CHECK(ui.label(read + "dob.check") == "(cần kiểm tra dòng này)");
    CHECK_FALSE(ui.has(read + "number.check"));
    CHECK(ui.label("passport.use") == "Đã so, dùng thông tin");
    ui.click("passport.use");
    CHECK(ui.session().answers.at("ho_chieu_nguoi_kia") == "mrz_unverified");
    CHECK(ui.label(std::string(kSlot) + ".used").find("chưa chắc chắn") != std::string::npos);
    CHECK(ui.label("field.ngay_sinh_nguoi_kia") == "14/03/1995");  // shown for the citizen to compare
}

TEST_CASE("a photo without a passport's zone is told plainly and the boxes stay for typing") {
    test::TempDir dir("ui-passport-no-zone");
    const auto camera = passportCamera(dir, {"SPECIMEN PAGE WITHOUT ANY ZONE", "NOTHING HERE"});
    test::MemoryFilingStore store;
    test::UiDriver ui(test::shippedConfigWithCapture(camera), store);
    toPassportPage(ui);
    ui.click(std::string(kSlot) + ".scan");
    framesUntil(ui, std::string(kSlot) + ".error");
    CHECK(ui.label(std::string(kSlot) + ".error").starts_with("Máy không đọc được hai dòng chữ và số"));
    CHECK_FALSE(ui.has("passport.use"));
    ui.fill("field.ho_nguoi_kia", "Kowalska");
    CHECK(ui.label("field.ho_nguoi_kia") == "Kowalska");
    ui.click(std::string(kSlot) + ".again");
    CHECK(ui.has(std::string(kSlot) + ".scan"));
}

TEST_CASE("a birth registration with a foreign father takes him from his passport and is filed") {
    test::PassportPerson father;
    father.surname = "KIM";
    father.givenNames = "MIN JUN";
    father.number = "M87654321";
    father.birth = "900101";
    father.sex = 'M';
    test::TempDir dir("ui-passport-birth");
    test::MemoryFilingStore store;
    test::UiDriver ui(test::shippedConfigWithCapture(passportCamera(dir, test::td3Lines(father))), store);
    ui.frame();
    ui.click("home.start");
    ui.fill("catalogue.search", "khai sinh nuoc ngoai");
    ui.click("catalogue.service.dang-ky-khai-sinh-nuoc-ngoai");
    ui.click("service.start");
    REQUIRE(ui.session().screen == Screen::PreQuestions);
    ui.click("field.nguoi_nuoc_ngoai.cha");
    ui.click("nav.continue");
    REQUIRE(ui.session().screen == Screen::Identity);
    // The Vietnamese mother registers her son.
    ui.fill("identity.full_name", "Lê Thị Hoa");
    ui.fill("identity.id_number", "066190001234");
    ui.fill("identity.dob", "12051990");
    ui.click("identity.sex.nu");
    ui.click("identity.card_type.can_cuoc_2024");
    ui.click("nav.continue");
    INFO(ui.dump());
    REQUIRE(ui.session().screen == Screen::Page);
    CHECK(ui.label("field.ho_ten") == "Lê Thị Hoa");
    ui.click("field.noi_cu_tru.province");
    ui.click("picker.66");
    ui.fill("picker.filter", "hoa phu");
    ui.click("picker.24175");
    ui.fill("field.noi_cu_tru.street", "Thôn 1");
    continueTo(ui, "quan_he");
    ui.click("field.quan_he_voi_tre.me");
    continueTo(ui, "tre");
    const std::string childDob = test::localDateDaysAgo(10);
    ui.fill("field.ho_ten_tre", "Kim Minh An");
    ui.fill("field.ngay_sinh_tre", childDob);
    ui.click("field.gioi_tinh_tre.nam");
    continueTo(ui, "tre_noi_sinh");
    ui.fill("field.noi_sinh", "Trạm Y tế xã Hòa Phú, Tỉnh Đắk Lắk");
    ui.fill("field.que_quan", "Xã Hòa Phú, Tỉnh Đắk Lắk");
    continueTo(ui, "tre_quoc_tich");
    CHECK(ui.find("field.quoc_tich_tre.vn")->checked);  // the default when the parents do not agree otherwise
    ui.click("field.dan_toc_tre.kinh");
    // The mother's pages are hers from the card: she said she is the mother.
    continueTo(ui, "me");
    CHECK(ui.label("field.ho_ten_me") == "Lê Thị Hoa");
    CHECK(ui.label("field.ngay_sinh_me") == "12/05/1990");
    CHECK(ui.label("field.so_dinh_danh_me") == "066190001234");
    continueTo(ui, "me_noi_o_vn");
    ui.click("field.dan_toc_me.kinh");
    ui.click("field.noi_cu_tru_me.same");
    CHECK(ui.has("field.noi_cu_tru_me.same_done"));

    // The father's page: his passport.
    continueTo(ui, "cha_ho_chieu");
    const std::string slot = "field.ho_chieu_cha_nn";
    CHECK(ui.label(slot + ".scan") == "Quét hộ chiếu");
    CHECK(ui.label("label.ho_chieu_cha_nn") == "Hộ chiếu của cha");
    ui.click(slot + ".scan");
    framesUntil(ui, "passport.use");
    CHECK(ui.label(slot + ".read.surname") == "KIM");
    CHECK(ui.label(slot + ".read.given_names") == "MIN JUN");
    CHECK(ui.label(slot + ".read.nationality") == "Hàn Quốc (mã KOR)");
    CHECK(ui.label(slot + ".read.sex") == "Nam");
    CHECK(ui.session().answers.count("ho_cha_nn") == 0);  // nothing written before the citizen's yes
    ui.click("passport.use");
    CHECK(ui.label("field.ho_cha_nn") == "KIM");
    CHECK(ui.label("field.ten_cha_nn") == "MIN JUN");
    CHECK(ui.label("field.quoc_tich_cha_nn") == "Hàn Quốc");
    CHECK(ui.label("field.ngay_sinh_cha_nn") == "01/01/1990");
    CHECK(ui.find("field.gioi_tinh_cha_nn.nam")->checked);
    CHECK(ui.label("field.so_ho_chieu_cha_nn") == "M87654321");
    CHECK(ui.label(slot + ".scan") == "Quét lại hộ chiếu");
    continueTo(ui, "cha_noi_o_nn");
    ui.fill("field.noi_cu_tru_cha_nn", "Thôn 1, xã Hòa Phú, tỉnh Đắk Lắk");

    continueTo(ui, "giay_to_sinh");
    ui.click("field.loai_giay_to_sinh.chung_sinh");
    continueTo(ui, "quet_giay_to");
    continueTo(ui, "mien_le_phi");
    CHECK(ui.find("field.dien_mien_le_phi.khong")->checked);
    continueTo(ui, "ban_sao");
    continueTo(ui, "cam_doan");
    declareAndSend(ui, "ho_chieu_cha_nn");

    REQUIRE(store.filings.size() == 1);
    const auto& filed = store.filings[0];
    CHECK(filed.serviceId == "dang-ky-khai-sinh-nuoc-ngoai");
    CHECK(filed.serviceCode == "2.000528");
    CHECK(filed.feeVnd == 75000);
    CHECK(filed.answers.at("nguoi_nuoc_ngoai") == "cha");
    CHECK(filed.answers.at("ho_cha_nn") == "KIM");
    CHECK(filed.answers.at("ten_cha_nn") == "MIN JUN");
    CHECK(filed.answers.at("quoc_tich_cha_nn") == "Hàn Quốc");
    CHECK(filed.answers.at("ngay_sinh_cha_nn") == "01/01/1990");
    CHECK(filed.answers.at("gioi_tinh_cha_nn") == "nam");
    CHECK(filed.answers.at("so_ho_chieu_cha_nn") == "M87654321");
    CHECK(filed.answers.at("ho_chieu_cha_nn") == "mrz");
    CHECK(filed.answers.at("ho_ten_me") == "Lê Thị Hoa");
    CHECK(filed.answers.at("noi_cu_tru_me.commune") == "24175");
    CHECK(filed.answers.at("ngay_sinh_tre") == childDob);
    CHECK(filed.answers.count("ho_me_nn") == 0);  // the foreign mother's page was never shown
    CHECK(ui.duplicateIds().empty());
}
