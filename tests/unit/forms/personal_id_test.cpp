// The 12-digit personal ID number carries the century, sex and birth year in digits 4-6
// (vietnam-domain.md §3.4). Checking them against the date of birth and sex on the same form
// catches the commonest typing slips before a filing is rejected at the desk.
#include <doctest/doctest.h>

#include <cstdio>

#include "form_builders.hpp"
#include "kiosk/forms/personal_id.hpp"

using namespace kiosk::forms;
using kiosk::forms::test::field;
using kiosk::forms::test::OnePage;
using kiosk::forms::test::ymd;

namespace {

// A synthetic number: birth-registration province, century/sex digit, year, serial.
std::string makeId(int provinceCode, int year, Sex sex, int serial) {
    const int centuryDigit = (year / 100 - 19) * 2 + (sex == Sex::Female ? 1 : 0);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%03d%d%02d%06d", provinceCode, centuryDigit, year % 100,
                  serial);
    return buf;
}

OnePage idForm() {
    Field id = field("so_dinh_danh", FieldType::PersonalId);
    id.dobField = "ngay_sinh";
    id.sexField = "gioi_tinh";
    Field sex = field("gioi_tinh", FieldType::SingleChoice);
    sex.choices = "gioi_tinh";
    OnePage form({field("ngay_sinh", FieldType::Date), sex, id});
    ChoiceList list;
    list.id = "gioi_tinh";
    list.choices = {{"nam", {"Nam", "Male"}}, {"nu", {"Nữ", "Female"}}};
    form.svc.choiceLists.push_back(list);
    return form;
}

}  // namespace

TEST_CASE("the century digit encodes century and sex, the next two the year") {
    const std::string man1990 = makeId(66, 1990, Sex::Male, 123456);
    const std::string woman2004 = makeId(1, 2004, Sex::Female, 42);
    CHECK(man1990.substr(3, 3) == "090");
    CHECK(woman2004.substr(3, 3) == "304");
    CHECK(checkPersonalId(man1990, ymd(1990, 7, 1), Sex::Male) == PersonalIdCheck::Ok);
    CHECK(checkPersonalId(woman2004, ymd(2004, 1, 31), Sex::Female) == PersonalIdCheck::Ok);
    CHECK(checkPersonalId(makeId(79, 2105, Sex::Female, 1), ymd(2105, 1, 1), Sex::Female) ==
          PersonalIdCheck::Ok);
}

TEST_CASE("a number whose year or century differs from the date of birth is a mismatch") {
    const std::string id = makeId(66, 1990, Sex::Male, 123456);
    CHECK(checkPersonalId(id, ymd(1991, 7, 1), std::nullopt) == PersonalIdCheck::BirthYearMismatch);
    CHECK(checkPersonalId(id, ymd(2090, 7, 1), std::nullopt) == PersonalIdCheck::BirthYearMismatch);
}

TEST_CASE("an even century digit is a man and an odd one a woman") {
    CHECK(checkPersonalId(makeId(66, 1990, Sex::Male, 5), std::nullopt, Sex::Female) ==
          PersonalIdCheck::SexMismatch);
    CHECK(checkPersonalId(makeId(66, 2001, Sex::Female, 5), std::nullopt, Sex::Male) ==
          PersonalIdCheck::SexMismatch);
}

TEST_CASE("anything but 12 digits is refused") {
    CHECK(checkPersonalId("06609012345", std::nullopt, std::nullopt) ==
          PersonalIdCheck::NotTwelveDigits);
    CHECK(checkPersonalId("0660901234567", std::nullopt, std::nullopt) ==
          PersonalIdCheck::NotTwelveDigits);
    CHECK(checkPersonalId("06609012345O", std::nullopt, std::nullopt) ==
          PersonalIdCheck::NotTwelveDigits);
}

TEST_CASE("sex words are read without regard to case or diacritics") {
    CHECK(parseSex("Nam") == Sex::Male);
    CHECK(parseSex("Nữ") == Sex::Female);
    CHECK(parseSex("NU") == Sex::Female);
    CHECK(parseSex(" nữ ") == Sex::Female);
    CHECK_FALSE(parseSex("khác"));
}

TEST_CASE("a personal ID field alone needs only 12 digits, spaces allowed") {
    const OnePage form({field("so", FieldType::PersonalId)});
    CHECK(form.errorOn({{"so", makeId(66, 1990, Sex::Male, 7)}}, "so").empty());
    CHECK(form.errorOn({{"so", "066 090 000 007"}}, "so").empty());
    CHECK(form.errorOn({{"so", "06609000000"}}, "so") ==
          "Nhập số định danh cá nhân gồm 12 chữ số, như trên thẻ căn cước");
    CHECK(submittableAnswers(form.ctx(), {{"so", "066 090 000 007"}}).at("so") == "066090000007");
}

TEST_CASE("the field checks its digits against the answered date of birth and sex") {
    const OnePage form = idForm();
    const std::string id = makeId(66, 1990, Sex::Female, 9);
    CHECK(form.errorOn({{"ngay_sinh", "01/02/1990"}, {"gioi_tinh", "nu"}, {"so_dinh_danh", id}},
                       "so_dinh_danh")
              .empty());
    CHECK(form.errorOn({{"ngay_sinh", "01/02/1991"}, {"gioi_tinh", "nu"}, {"so_dinh_danh", id}},
                       "so_dinh_danh") ==
          "Số định danh không khớp với năm sinh đã nhập; kiểm tra lại số hoặc ngày sinh");
    CHECK(form.errorOn({{"ngay_sinh", "01/02/1990"}, {"gioi_tinh", "nam"}, {"so_dinh_danh", id}},
                       "so_dinh_danh") ==
          "Số định danh không khớp với giới tính đã chọn; kiểm tra lại số hoặc giới tính");
}

TEST_CASE("unanswered date of birth and sex are not held against the number") {
    const OnePage form = idForm();
    CHECK(form.errorOn({{"so_dinh_danh", makeId(66, 1990, Sex::Female, 9)}}, "so_dinh_danh")
              .empty());
}

TEST_CASE("a sex choice list with numeric ids is read through its labels") {
    OnePage form = idForm();
    form.svc.choiceLists[0].choices = {{"1", {"Nam", "Male"}}, {"2", {"Nữ", "Female"}}};
    const std::string id = makeId(66, 1990, Sex::Male, 9);
    CHECK(form.errorOn({{"gioi_tinh", "1"}, {"so_dinh_danh", id}}, "so_dinh_danh").empty());
    CHECK_FALSE(form.errorOn({{"gioi_tinh", "2"}, {"so_dinh_danh", id}}, "so_dinh_danh").empty());
}
