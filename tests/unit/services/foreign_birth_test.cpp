// Birth registration with a foreign parent (dang-ky-khai-sinh-nuoc-ngoai): the foreign father's
// or mother's page is filled from a passport's machine-readable zone (core/passport.hpp) and
// checked by the rules a typed page is; the Vietnamese parent's pages are the card holder's own
// when the person registering is that parent; "both parents Vietnamese" goes to the ordinary
// birth registration.
#include <doctest/doctest.h>

#include <string>

#include "kiosk/core/filing_prepare.hpp"
#include "kiosk/core/passport.hpp"
#include "shipped_services.hpp"
#include "support/passport_mrz.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

const forms::Service& foreignBirth() { return shippedService("dang-ky-khai-sinh-nuoc-ngoai"); }

const forms::Page& page(const std::string& id) { return pageOf(foreignBirth(), id); }

PassportPerson koreanFather() {
    PassportPerson father;
    father.surname = "KIM";
    father.givenNames = "MIN JUN";
    father.number = "M87654321";
    father.birth = "900101";
    father.sex = 'M';
    return father;
}

// The Vietnamese mother registers her son, ten days old; the father's pages are left to the
// passport.
forms::Answers motherRegistering() {
    PeopleMaker people(528);
    forms::Answers a;
    const forms::Date dob = daysBefore(33 * 365 + 8 + 40);
    const std::string name = people.fullName(true);
    const std::string id = people.idNumber(dob, true);
    answer(a, "nguoi_nuoc_ngoai", "cha");
    answer(a, "ho_ten", name);
    answer(a, "so_dinh_danh", id);
    answerAddress(a, "noi_cu_tru", "Thôn 1");
    answer(a, "quan_he_voi_tre", "me");
    answer(a, "ho_ten_tre", "Kim Minh An");
    answer(a, "ngay_sinh_tre", dateText(daysBefore(10)));
    answer(a, "gioi_tinh_tre", "nam");
    answer(a, "noi_sinh", "Trạm Y tế xã Hòa Phú, Tỉnh Đắk Lắk");
    answer(a, "que_quan", "Xã Hòa Phú, Tỉnh Đắk Lắk");
    answer(a, "quoc_tich_tre", "vn");
    answer(a, "dan_toc_tre", "kinh");
    answer(a, "ho_ten_me", name);
    answer(a, "ngay_sinh_me", dateText(dob));
    answer(a, "so_dinh_danh_me", id);
    answer(a, "dan_toc_me", "kinh");
    answerAddress(a, "noi_cu_tru_me", "Thôn 1");
    answer(a, "noi_cu_tru_cha_nn", "12 Sejong-daero, Seoul");
    answer(a, "loai_giay_to_sinh", "chung_sinh");
    answer(a, "dien_mien_le_phi", "khong");
    answer(a, "can_ban_sao", "khong");
    answer(a, "dong_y_cam_doan", "co");
    return a;
}

std::string errorsOf(const forms::Answers& answers) { return validationErrors(foreignBirth(), answers); }

}  // namespace

TEST_CASE("the foreign father's passport fills his page and the filing is complete") {
    forms::Answers answers = motherRegistering();
    CHECK(errorsOf(answers).find("ho_cha_nn") != std::string::npos);  // not yet: his page is empty
    core::applyPassport(page("cha_ho_chieu"), "ho_chieu_cha_nn", parsedTd3(koreanFather()), answers);
    CHECK(answers.at("ho_cha_nn") == "KIM");
    CHECK(answers.at("ten_cha_nn") == "MIN JUN");
    CHECK(answers.at("quoc_tich_cha_nn") == "Hàn Quốc");
    CHECK(answers.at("ngay_sinh_cha_nn") == "01/01/1990");
    CHECK(answers.at("gioi_tinh_cha_nn") == "nam");
    CHECK(answers.at("so_ho_chieu_cha_nn") == "M87654321");
    CHECK(answers.at("ho_chieu_cha_nn") == forms::kPassportRead);
    CHECK(errorsOf(answers).empty());
    // The demo fee, no exemption, no copies.
    CHECK(forms::computeFee(contextFor(foreignBirth()), answers) == 75000);
}

TEST_CASE("a passport that says female on the father's page is questioned, never silently taken") {
    forms::Answers answers = motherRegistering();
    PassportPerson wrong = koreanFather();
    wrong.sex = 'F';
    core::applyPassport(page("cha_ho_chieu"), "ho_chieu_cha_nn", parsedTd3(wrong), answers);
    CHECK(errorsOf(answers).find("gioi_tinh_cha_nn: Hộ chiếu này ghi giới tính nữ") != std::string::npos);
    // A passport marked neither sex leaves the box empty, which the page accepts.
    wrong.sex = '<';
    core::applyPassport(page("cha_ho_chieu"), "ho_chieu_cha_nn", parsedTd3(wrong), answers);
    CHECK(answers.count("gioi_tinh_cha_nn") == 0);
    CHECK(errorsOf(answers).empty());
}

TEST_CASE("a Vietnamese nationality on the foreign parent's page points to the ordinary procedure") {
    forms::Answers answers = motherRegistering();
    core::applyPassport(page("cha_ho_chieu"), "ho_chieu_cha_nn", parsedTd3(koreanFather()), answers);
    answer(answers, "quoc_tich_cha_nn", "Việt Nam");
    CHECK(errorsOf(answers).find("quoc_tich_cha_nn: Khi cha và mẹ đều là công dân Việt Nam") != std::string::npos);
}

TEST_CASE("the person at the kiosk cannot be the parent they said is foreign") {
    forms::Answers answers = motherRegistering();
    core::applyPassport(page("cha_ho_chieu"), "ho_chieu_cha_nn", parsedTd3(koreanFather()), answers);
    answer(answers, "quan_he_voi_tre", "cha");
    CHECK(errorsOf(answers).find("quan_he_voi_tre: Bạn đã chọn người này là người nước ngoài") != std::string::npos);
}

TEST_CASE("a foreign mother: her passport page and the Vietnamese father's pages, the others hidden") {
    forms::Answers answers = motherRegistering();
    answer(answers, "nguoi_nuoc_ngoai", "me");
    answer(answers, "quan_he_voi_tre", "cha");
    PeopleMaker people(529);
    const forms::Date dob = daysBefore(35 * 365);
    answer(answers, "ho_ten_cha", people.fullName(false));
    answer(answers, "ngay_sinh_cha", dateText(dob));
    answer(answers, "so_dinh_danh_cha", people.idNumber(dob, false));
    answer(answers, "dan_toc_cha", "kinh");
    answerAddress(answers, "noi_cu_tru_cha", "Thôn 2");
    answer(answers, "noi_cu_tru_me_nn", "Vientiane");
    PassportPerson mother;
    mother.nationality = "LAO";
    mother.surname = "SOUVANNA";
    mother.givenNames = "MALI";
    core::applyPassport(page("me_ho_chieu"), "ho_chieu_me_nn", parsedTd3(mother), answers);
    CHECK(answers.at("quoc_tich_me_nn") == "Lào");
    CHECK(answers.at("gioi_tinh_me_nn") == "nu");
    CHECK(errorsOf(answers).empty());
    const forms::ValidationContext vctx = contextFor(foreignBirth());
    const auto sent = forms::submittableAnswers(vctx, answers);
    CHECK(sent.count("ho_me_nn") == 1);
    CHECK(sent.count("ho_ten_me") == 0);  // the Vietnamese mother's page is hidden
    CHECK(sent.count("noi_cu_tru_cha_nn") == 0);
}

TEST_CASE("both parents Vietnamese: the pre-question leads to the ordinary birth registration") {
    forms::Answers answers;
    answer(answers, "nguoi_nuoc_ngoai", "khong");
    const forms::Route* route = core::chosenRoute(foreignBirth(), answers, kToday);
    REQUIRE(route != nullptr);
    CHECK(route->service == "dang-ky-khai-sinh");
    CHECK(shipped().findService(route->service) != nullptr);
    answer(answers, "nguoi_nuoc_ngoai", "cha");
    CHECK(core::chosenRoute(foreignBirth(), answers, kToday) == nullptr);
}
