// Marriage registration has legal conditions the form can check before two people travel to the
// desk together: the minimum ages (men 20, women 18), two Vietnamese citizens for this commune
// procedure, and ID numbers that fit each person's birth year and sex. The partner's sex is
// worked out from the citizen's own, so it must be filled in and checked against their ID.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "shipped_services.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

const forms::Service& marriage() { return shippedService("dang-ky-ket-hon"); }

// You: a woman of `herAge` years; your partner: a man of `hisAge` years.
forms::Answers completeMarriage(PeopleMaker& people, int herAge = 25, int hisAge = 27) {
    forms::Answers a;
    const forms::Date herDob = daysBefore(herAge * 365 + herAge / 4 + 30);
    const forms::Date hisDob = daysBefore(hisAge * 365 + hisAge / 4 + 30);
    answer(a, "ho_ten", people.fullName(true));
    answer(a, "gioi_tinh", "nu");
    answer(a, "ngay_sinh", dateText(herDob));
    answer(a, "so_dinh_danh", people.idNumber(herDob, true));
    answer(a, "ngay_cap", dateText(daysBefore(500)));
    answer(a, "noi_cap", "Bộ Công an");
    answer(a, "dan_toc", "kinh");
    answer(a, "quoc_tich", "vn");
    answerAddress(a, "noi_cu_tru", "Thôn 1");
    answer(a, "lan_ket_hon", "1");

    answer(a, "ho_ten_nguoi_kia", people.fullName(false));
    answer(a, "ngay_sinh_nguoi_kia", dateText(hisDob));
    answer(a, "so_dinh_danh_nguoi_kia", people.idNumber(hisDob, false));
    answer(a, "ngay_cap_nguoi_kia", dateText(daysBefore(800)));
    answer(a, "noi_cap_nguoi_kia", "Cục Cảnh sát quản lý hành chính về trật tự xã hội");
    answer(a, "dan_toc_nguoi_kia", "e_de");
    answer(a, "quoc_tich_nguoi_kia", "vn");
    answerAddress(a, "noi_cu_tru_nguoi_kia", "Buôn Ea Kmát");
    answer(a, "lan_ket_hon_nguoi_kia", "1");

    answer(a, "co_nguoi_o_noi_khac", "khong");
    answer(a, "dong_y_cam_doan", "co");
    return a;
}

std::vector<forms::FieldError> errorsOf(forms::Answers answers) {
    const auto ctx = contextFor(marriage());
    forms::applyComputed(ctx, answers);
    return forms::validateService(ctx, answers);
}

std::string describe(const std::vector<forms::FieldError>& errors) {
    std::string text;
    for (const auto& error : errors) text += error.key + ": " + error.message.vi + "\n";
    return text;
}

bool hasErrorOn(const std::vector<forms::FieldError>& errors, const std::string& fieldId) {
    for (const auto& error : errors) {
        if (error.fieldId == fieldId) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("a complete marriage declaration passes every rule of the shipped form") {
    PeopleMaker people(11);
    const auto errors = errorsOf(completeMarriage(people));
    CHECK_MESSAGE(errors.empty(), describe(errors));
}

TEST_CASE("the partner's sex is the opposite of the citizen's, and is filled in by the form") {
    PeopleMaker people(12);
    auto answers = completeMarriage(people);
    const auto ctx = contextFor(marriage());
    forms::applyComputed(ctx, answers);
    CHECK(answers.at("gioi_tinh_nguoi_kia") == "nam");
    answer(answers, "gioi_tinh", "nam");
    forms::applyComputed(ctx, answers);
    CHECK(answers.at("gioi_tinh_nguoi_kia") == "nu");
}

TEST_CASE("a woman may marry from 18 and a man from 20") {
    PeopleMaker people(13);
    CHECK_FALSE(hasErrorOn(errorsOf(completeMarriage(people, 18, 20)), "ngay_sinh"));
    CHECK_FALSE(hasErrorOn(errorsOf(completeMarriage(people, 18, 20)), "ngay_sinh_nguoi_kia"));
    CHECK(hasErrorOn(errorsOf(completeMarriage(people, 17, 27)), "ngay_sinh"));
    CHECK(hasErrorOn(errorsOf(completeMarriage(people, 25, 19)), "ngay_sinh_nguoi_kia"));
}

TEST_CASE("a partner's ID number that belongs to the other sex is caught") {
    PeopleMaker people(14);
    auto answers = completeMarriage(people);
    const auto dob = forms::parseDate(answers.at("ngay_sinh_nguoi_kia"));
    REQUIRE(dob.has_value());
    answer(answers, "so_dinh_danh_nguoi_kia", people.idNumber(*dob, true));
    CHECK(hasErrorOn(errorsOf(answers), "so_dinh_danh_nguoi_kia"));
}

TEST_CASE("a partner of another nationality is sent to the desk, not registered here") {
    PeopleMaker people(15);
    auto answers = completeMarriage(people);
    answer(answers, "quoc_tich_nguoi_kia", "kr");
    CHECK(hasErrorOn(errorsOf(answers), "quoc_tich_nguoi_kia"));
}
