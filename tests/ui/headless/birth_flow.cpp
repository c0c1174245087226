#include "ui/headless/birth_flow.hpp"

#include <algorithm>
#include <ctime>

#include <doctest/doctest.h>

#include "kiosk/core/session.hpp"
#include "support/paths.hpp"

namespace kiosk::test {

std::shared_ptr<const config::Config> shippedConfigOrFail() {
    auto loaded = config::loadConfig(shippedConfig());
    if (!loaded) {
        for (const auto& e : loaded.error()) MESSAGE(e.format());
        FAIL("the shipped kiosk-config does not load");
    }
    return std::make_shared<const config::Config>(std::move(loaded.value()));
}

std::shared_ptr<const config::Config> shippedConfigWithCapture(config::CaptureSettings capture) {
    auto copy = std::make_shared<config::Config>(*shippedConfigOrFail());
    copy->kiosk.capture = std::move(capture);
    return copy;
}

void toBirthIdentityStep(UiDriver& ui) {
    ui.frame();
    ui.click("home.start");
    ui.fill("catalogue.search", "khai sinh");
    ui.click("catalogue.service.dang-ky-khai-sinh");
    ui.click("service.start");
    ui.click("field.tre_duoi_6_tuoi.khong");
    ui.click("nav.continue");
    INFO(ui.dump());
    REQUIRE(ui.session().screen == core::Screen::Identity);
}

void typeSampleIdentity(UiDriver& ui) {
    REQUIRE(ui.session().screen == core::Screen::Identity);
    ui.fill("identity.full_name", "Lê Thị Hoa");
    ui.fill("identity.id_number", "066190001234");
    ui.fill("identity.dob", "12051990");
    ui.fill("identity.issue_date", "15072024");
    ui.click("identity.card_type.can_cuoc_2024");
    ui.click("nav.continue");
}

std::string localDateDaysAgo(int days) {
    const std::time_t then = std::time(nullptr) - static_cast<std::time_t>(days) * 24 * 3600;
    std::tm tm{};
    localtime_r(&then, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%d/%m/%Y", &tm);
    return buf;
}

namespace {

using core::Screen;

void onScreen(UiDriver& ui, Screen screen) {
    ui.frame();
    INFO(ui.dump());
    REQUIRE(ui.session().screen == screen);
}

void continueTo(UiDriver& ui, const char* pageId) {
    ui.click("nav.continue");
    INFO(ui.dump());
    REQUIRE(ui.session().screen == Screen::Page);
    REQUIRE(ui.session().service->pages.at(static_cast<size_t>(ui.session().pageIndex)).id == pageId);
}

// Picks province Đắk Lắk and commune Hòa Phú through the picker, then types the street.
void pickAddress(UiDriver& ui, const std::string& key, const char* street) {
    ui.click("field." + key + ".province");
    // The kiosk's own province heads the list although the config lists Khánh Hòa (56) first.
    REQUIRE(ui.has("picker.56"));
    CHECK(ui.find("picker.66")->min.y < ui.find("picker.56")->min.y);
    ui.click("picker.66");
    REQUIRE(ui.has("picker.24175"));  // now listing the communes of Đắk Lắk
    ui.fill("picker.filter", "hoa phu");
    ui.click("picker.24175");
    CHECK(ui.label("field." + key + ".commune") == "Xã Hòa Phú");
    ui.fill("field." + key + ".street", street);
}

void typeDateOnKeypad(UiDriver& ui, const std::string& id, const std::string& date) {
    ui.click(id);
    for (char c : date) {
        if (c != '/') ui.pressKeys({std::string(1, c)});
    }
    CHECK(ui.label(id) == date);  // slashes put in by the keypad
    CHECK(ui.find(id)->focused);  // still typing: the caret is drawn
    ui.pressKeys({"done"});
}

void identityStep(UiDriver& ui) {
    onScreen(ui, Screen::Identity);
    CHECK(ui.label("screen.title") == "Nhập thông tin người nộp");
    // The name on the on-screen keyboard: a capital at the start, ê, and a tone on the vowel.
    ui.click("identity.full_name");
    ui.pressKeys({"l", "ê", "space", "shift", "t", "h", "i", "tone.nang", "space", "shift", "h",
                  "o", "a", "done"});
    CHECK(ui.label("identity.full_name") == "Lê Thị Hoa");
    ui.fill("identity.id_number", "066190001234");
    ui.fill("identity.dob", "12051990");
    ui.fill("identity.issue_date", "15072024");
    ui.click("identity.card_type.can_cuoc_2024");
    // A number typed into the name by mistake is refused in words, and nothing else is lost.
    ui.fill("identity.full_name", "066190001234");
    ui.click("nav.continue");
    onScreen(ui, Screen::Identity);
    CHECK(ui.label("error.full_name") == "Họ và tên chỉ gồm chữ cái và dấu cách, không có chữ số hay ký hiệu.");
    CHECK(ui.label("identity.id_number") == "066190001234");
    ui.click("identity.full_name");
    for (int i = 0; i < 12; ++i) ui.pressKeys({"backspace"});
    ui.pressKeys({"done"});
    CHECK(ui.label("identity.full_name") == "Lê Thị Hoa");
    ui.click("nav.continue");
}

void childPages(UiDriver& ui, const std::string& childDob) {
    continueTo(ui, "tre");
    ui.fill("field.ho_ten_tre", "Lê Minh An");
    typeDateOnKeypad(ui, "field.ngay_sinh_tre", "31/02/2025");
    ui.click("field.gioi_tinh_tre.nam");
    ui.click("nav.continue");
    // A day that does not exist: the page stays, with the summary and the inline message.
    REQUIRE(ui.session().service->pages.at(static_cast<size_t>(ui.session().pageIndex)).id == "tre");
    CHECK(ui.has("errors.title"));
    CHECK(ui.has("error.ngay_sinh_tre"));
    ui.click("errors.ngay_sinh_tre");  // the summary link brings the question into view
    ui.click("field.ngay_sinh_tre");
    for (int i = 0; i < 8; ++i) ui.pressKeys({"backspace"});
    ui.pressKeys({"done"});
    typeDateOnKeypad(ui, "field.ngay_sinh_tre", childDob);
    continueTo(ui, "tre_dan_toc");
    CHECK_FALSE(ui.has("error.ngay_sinh_tre"));
    ui.click("field.dan_toc_tre.kinh");
    ui.click("field.quoc_tich_tre.vn");
    continueTo(ui, "tre_noi_sinh");
    ui.fill("field.noi_sinh", "Trạm y tế xã Hòa Phú");
    ui.fill("field.que_quan", "Đắk Lắk");
}

void parentPages(UiDriver& ui) {
    continueTo(ui, "me");
    ui.fill("field.ho_ten_me", "Lê Thị Hoa");
    ui.fill("field.ngay_sinh_me", "12/05/1990");
    ui.click("field.quoc_tich_me.vn");
    continueTo(ui, "me_giay_to");
    ui.fill("field.so_dinh_danh_me", "066190001234");
    ui.click("field.dan_toc_me.kinh");
    pickAddress(ui, "noi_cu_tru_me", "Thôn 3");
    continueTo(ui, "cha_hoi");
    ui.click("field.co_thong_tin_cha.khong");
}

void paperPages(UiDriver& ui) {
    continueTo(ui, "giay_to_sinh");
    ui.click("field.loai_giay_to_sinh.chung_sinh");
    continueTo(ui, "quet_giay_to_sinh");
    // No capture device in the shipped kiosk.toml: the slot says so, and the desk remains.
    CHECK_FALSE(ui.has("field.anh_giay_chung_sinh.scan"));
    CHECK(ui.has("field.anh_giay_chung_sinh.no_device"));
    ui.click("field.anh_giay_chung_sinh.at_desk");
    continueTo(ui, "ban_sao");
    ui.click("field.can_ban_sao.khong");
    continueTo(ui, "cam_doan");
    ui.click("field.dong_y_cam_doan.co");
    ui.click("nav.continue");
}

void checkStoredFiling(const MemoryFilingStore& store, const std::string& childDob) {
    REQUIRE(store.filings.size() == 1);
    const core::Filing& f = store.filings[0];
    CHECK(f.serviceId == "dang-ky-khai-sinh");
    CHECK(f.serviceCode == "1.001193");
    CHECK(f.feeVnd == 0);
    CHECK(f.answers.at("ho_ten") == "Lê Thị Hoa");
    CHECK(f.answers.at("so_dinh_danh") == "066190001234");
    CHECK(f.answers.at("noi_cap") == "Bộ Công an");
    CHECK(f.answers.at("ho_ten_tre") == "Lê Minh An");
    CHECK(f.answers.at("ngay_sinh_tre") == childDob);
    CHECK(f.answers.at("noi_cu_tru.province") == "66");
    CHECK(f.answers.at("noi_cu_tru.commune") == "24175");
    CHECK(f.answers.at("noi_cu_tru.street") == "Thôn 1");
    CHECK(f.answers.at("quan_he_voi_tre") == "me");
    CHECK(f.answers.count("muon_lien_thong") == 0);  // hidden pre-question, never sent
    CHECK(f.answers.count("ho_ten_cha") == 0);
}

}  // namespace

void registerBirth(UiDriver& ui, const MemoryFilingStore& store) {
    const std::string childDob = localDateDaysAgo(10);
    onScreen(ui, Screen::Home);
    ui.click("home.start");
    onScreen(ui, Screen::Catalogue);
    ui.fill("catalogue.search", "khai sinh");  // no diacritics, still found
    ui.click("catalogue.service.dang-ky-khai-sinh");
    onScreen(ui, Screen::ServiceInfo);
    CHECK(ui.label("screen.title") == "Đăng ký khai sinh");
    // An optional document says so next to its name, then its note.
    const auto& spoken = ui.app().widgets().spoken();
    CHECK(std::find(spoken.begin(), spoken.end(),
                    "Văn bản của người làm chứng về việc sinh (nếu có): Chỉ khi không có Giấy chứng sinh") !=
          spoken.end());
    CHECK(std::find(spoken.begin(), spoken.end(),
                    "Căn cước của người đi đăng ký: Máy đọc thẻ ở bước đầu; không cần nộp bản sao") != spoken.end());
    ui.click("service.start");
    onScreen(ui, Screen::PreQuestions);
    CHECK_FALSE(ui.has("field.muon_lien_thong.co"));
    ui.click("field.tre_duoi_6_tuoi.khong");
    ui.click("nav.continue");
    identityStep(ui);

    REQUIRE(ui.session().screen == Screen::Page);
    CHECK(ui.label("page.progress").find('/') != std::string::npos);
    CHECK(ui.label("field.ho_ten") == "Lê Thị Hoa");  // pre-filled, not typed again
    continueTo(ui, "nguoi_yeu_cau_noi_o");
    pickAddress(ui, "noi_cu_tru", "Thôn 1");
    ui.click("field.quan_he_voi_tre.me");
    childPages(ui, childDob);
    parentPages(ui);
    paperPages(ui);

    onScreen(ui, Screen::CheckAnswers);
    CHECK(ui.label("check.value.ho_ten_tre") == "Lê Minh An");
    CHECK(ui.label("check.value.noi_cu_tru") == "Thôn 1, Xã Hòa Phú, Tỉnh Đắk Lắk");
    ui.click("nav.continue");
    onScreen(ui, Screen::Consent);
    // The citizen is told first that agreeing is theirs alone, whoever helps with the form.
    CHECK(ui.label("consent.own_choice").starts_with("Việc đồng ý là của riêng bạn."));
    ui.click("consent.yes");
    onScreen(ui, Screen::Send);
    ui.click("send.submit");
    onScreen(ui, Screen::Receipt);
    checkStoredFiling(store, childDob);
    CHECK(ui.label("receipt.reference") == "TEST-1");
    CHECK(ui.label("receipt.qr") == "TEST-1");
    CHECK(ui.session().answers.empty());
    ui.click("receipt.done");
    onScreen(ui, Screen::Rating);
    ui.click("rating.skip");
    onScreen(ui, Screen::Home);
    CHECK(ui.session().reference.empty());
}

}  // namespace kiosk::test
