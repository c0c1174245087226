// Birth registration is the procedure citizens use most. A complete, correct declaration must
// pass every rule of the shipped form (or nobody can file), while an ID number that does not
// fit its owner or a birth date in the future must be caught before the filing is sent.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "shipped_services.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

// A complete synthetic declaration: the mother registers her 10-day-old daughter.
forms::Answers completeBirthRegistration(PeopleMaker& people) {
    forms::Answers a;
    const forms::Date motherDob = daysBefore(28 * 365);
    const forms::Date fatherDob = daysBefore(31 * 365);
    const std::string motherId = people.idNumber(motherDob, true);

    answer(a, "tre_duoi_6_tuoi", "co");
    answer(a, "muon_lien_thong", "khong");

    answer(a, "ho_ten", people.fullName(true));
    answer(a, "so_dinh_danh", motherId);
    answer(a, "ngay_cap", dateText(daysBefore(400)));
    answer(a, "noi_cap", "Bộ Công an");
    answerAddress(a, "noi_cu_tru", "Thôn 3");
    answer(a, "quan_he_voi_tre", "me");

    answer(a, "ho_ten_tre", people.fullName(true));
    answer(a, "ngay_sinh_tre", dateText(daysBefore(10)));
    answer(a, "gioi_tinh_tre", "nu");
    answer(a, "dan_toc_tre", "e_de");
    answer(a, "quoc_tich_tre", "vn");
    answer(a, "noi_sinh", "Trạm y tế Xã Hòa Phú, Tỉnh Đắk Lắk");
    answer(a, "que_quan", "Xã Hòa Phú, Tỉnh Đắk Lắk");

    answer(a, "ho_ten_me", a.at("ho_ten"));
    answer(a, "ngay_sinh_me", dateText(motherDob));
    answer(a, "quoc_tich_me", "vn");
    answer(a, "so_dinh_danh_me", motherId);
    answer(a, "dan_toc_me", "e_de");
    answerAddress(a, "noi_cu_tru_me", "Thôn 3");

    answer(a, "co_thong_tin_cha", "co");
    answer(a, "ho_ten_cha", people.fullName(false));
    answer(a, "ngay_sinh_cha", dateText(fatherDob));
    answer(a, "quoc_tich_cha", "vn");
    answer(a, "so_dinh_danh_cha", people.idNumber(fatherDob, false));
    answer(a, "dan_toc_cha", "kinh");
    answerAddress(a, "noi_cu_tru_cha", "Thôn 3");

    answer(a, "loai_giay_to_sinh", "chung_sinh");
    answer(a, "anh_giay_chung_sinh", "tep-quet-1");
    answer(a, "can_ban_sao", "khong");
    answer(a, "dong_y_cam_doan", "co");
    return a;
}

std::vector<forms::FieldError> errorsOf(const forms::Answers& answers) {
    const auto& service = shippedService("dang-ky-khai-sinh");
    return forms::validateService(contextFor(service), answers);
}

// "key: message" for each error, so an unexpected failure says what the form objected to.
std::string describe(const std::vector<forms::FieldError>& errors) {
    std::string text;
    for (const auto& error : errors) text += error.key + ": " + error.message.vi + "\n";
    return text;
}

std::vector<std::string> fieldsInError(const forms::Answers& answers) {
    std::vector<std::string> ids;
    for (const auto& error : errorsOf(answers)) ids.push_back(error.fieldId);
    return ids;
}

bool hasErrorOn(const std::vector<std::string>& ids, const std::string& fieldId) {
    for (const auto& id : ids) {
        if (id == fieldId) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("a complete birth registration passes every rule of the shipped form") {
    for (unsigned seed : {1u, 2u, 3u}) {
        CAPTURE(seed);
        PeopleMaker people(seed);
        const auto errors = errorsOf(completeBirthRegistration(people));
        CHECK_MESSAGE(errors.empty(), describe(errors));
    }
}

TEST_CASE("without a known father the father's questions are skipped, not demanded") {
    PeopleMaker people(4);
    auto answers = completeBirthRegistration(people);
    answer(answers, "co_thong_tin_cha", "khong");
    for (const char* key : {"ho_ten_cha", "ngay_sinh_cha", "quoc_tich_cha", "so_dinh_danh_cha",
                            "dan_toc_cha", "noi_cu_tru_cha.province", "noi_cu_tru_cha.commune",
                            "noi_cu_tru_cha.street"}) {
        answers.erase(key);
    }
    const auto errors = errorsOf(answers);
    CHECK_MESSAGE(errors.empty(), describe(errors));
}

TEST_CASE("an ID number that is not 12 digits is rejected") {
    PeopleMaker people(5);
    auto answers = completeBirthRegistration(people);
    answer(answers, "so_dinh_danh", answers.at("so_dinh_danh").substr(0, 11));
    CHECK(hasErrorOn(fieldsInError(answers), "so_dinh_danh"));
}

TEST_CASE("a parent's ID number whose birth year does not match the parent's birth date is rejected") {
    PeopleMaker people(6);
    auto answers = completeBirthRegistration(people);
    const auto dob = forms::parseDate(answers.at("ngay_sinh_me"));
    REQUIRE(dob.has_value());
    const forms::Date tenYearsEarlier{dob->year() - std::chrono::years(10), dob->month(), dob->day()};
    answer(answers, "so_dinh_danh_me", people.idNumber(tenYearsEarlier, true));
    CHECK(hasErrorOn(fieldsInError(answers), "so_dinh_danh_me"));
}

TEST_CASE("a child's date of birth in the future is rejected") {
    PeopleMaker people(7);
    auto answers = completeBirthRegistration(people);
    answer(answers, "ngay_sinh_tre", dateText(daysBefore(-1)));
    CHECK(hasErrorOn(fieldsInError(answers), "ngay_sinh_tre"));
}

TEST_CASE("the declaration must be made before the filing can be sent") {
    PeopleMaker people(8);
    auto answers = completeBirthRegistration(people);
    answer(answers, "dong_y_cam_doan", "khong");
    CHECK(hasErrorOn(fieldsInError(answers), "dong_y_cam_doan"));
}

TEST_CASE("a late registration asks about the fee exemption, an on-time one does not") {
    PeopleMaker people(9);
    auto answers = completeBirthRegistration(people);
    answer(answers, "ngay_sinh_tre", dateText(daysBefore(90)));
    CHECK(hasErrorOn(fieldsInError(answers), "dien_mien_le_phi"));
    answer(answers, "dien_mien_le_phi", "khong");
    const auto errors = errorsOf(answers);
    CHECK_MESSAGE(errors.empty(), describe(errors));
}
