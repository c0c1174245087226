// Dates and choice questions: the date message shows the expected form with an example, a date
// that cannot exist (31/02) is told apart from a badly typed one, "not in the future" is a
// constraint an administrator writes, and choice answers must be ids of the field's list.
#include <doctest/doctest.h>

#include "form_builders.hpp"

using namespace kiosk::forms;
using kiosk::forms::test::expr;
using kiosk::forms::test::field;
using kiosk::forms::test::OnePage;

TEST_CASE("a date must be day/month/year and the message gives an example") {
    const OnePage form({field("ngay", FieldType::Date)});
    CHECK(form.errorOn({{"ngay", "05/03/2024"}}, "ngay").empty());
    CHECK(form.errorOn({{"ngay", "5/3/2024"}}, "ngay").empty());
    const auto errors = form.errors({{"ngay", "2024-03-05"}});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.vi == "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/03/2024");
    CHECK(errors[0].message.en == "Enter the date as day/month/year, for example 05/03/2024");
    CHECK(form.errorOn({{"ngay", "hôm qua"}}, "ngay") ==
          "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/03/2024");
}

TEST_CASE("an impossible date is named as such") {
    const OnePage form({field("ngay", FieldType::Date)});
    for (const char* impossible : {"31/02/2024", "29/02/2023", "31/04/2024", "00/01/2024",
                                   "12/13/2024"}) {
        CHECK_MESSAGE(form.errorOn({{"ngay", impossible}}, "ngay") ==
                          "Ngày này không có trên lịch; kiểm tra lại ngày và tháng",
                      impossible);
    }
    CHECK(form.errorOn({{"ngay", "29/02/2024"}}, "ngay").empty());
}

TEST_CASE("a birth date in the future is refused by a constraint with its own message") {
    Field dob = field("ngay_sinh", FieldType::Date);
    dob.constraint = expr(". <= today()");
    dob.constraintMessage = {"Ngày sinh không thể sau hôm nay", "The date of birth cannot be after today"};
    const OnePage form({dob});
    // kToday is 15/06/2025.
    CHECK(form.errorOn({{"ngay_sinh", "15/06/2025"}}, "ngay_sinh").empty());
    const auto errors = form.errors({{"ngay_sinh", "16/06/2025"}});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.vi == "Ngày sinh không thể sau hôm nay");
    CHECK(errors[0].message.en == "The date of birth cannot be after today");
}

TEST_CASE("a constraint can compare with another date field") {
    Field born = field("ngay_sinh", FieldType::Date);
    Field issued = field("ngay_cap", FieldType::Date);
    issued.constraint = expr(". > ngay_sinh");
    issued.constraintMessage = {"Ngày cấp phải sau ngày sinh", "The issue date must be after the date of birth"};
    const OnePage form({born, issued});
    // Compared as dates: 02/01/2020 is after 31/12/2019 although "02" < "31" as text.
    CHECK(form.errorOn({{"ngay_sinh", "31/12/2019"}, {"ngay_cap", "02/01/2020"}}, "ngay_cap").empty());
    CHECK(form.errorOn({{"ngay_sinh", "02/01/2020"}, {"ngay_cap", "31/12/2019"}}, "ngay_cap") ==
          "Ngày cấp phải sau ngày sinh");
}

TEST_CASE("a constraint without a message still explains itself") {
    Field age = field("tuoi", FieldType::Integer);
    age.constraint = expr(". % 2 == 0");
    const OnePage form({age});
    CHECK_FALSE(form.errorOn({{"tuoi", "3"}}, "tuoi").empty());
}

TEST_CASE("yes/no answers are 'co' or 'khong'") {
    const OnePage form({field("dong_y", FieldType::YesNo)});
    CHECK(form.errorOn({{"dong_y", "co"}}, "dong_y").empty());
    CHECK(form.errorOn({{"dong_y", "khong"}}, "dong_y").empty());
    CHECK(form.errorOn({{"dong_y", "có"}}, "dong_y") == "Chọn Có hoặc Không");
}

namespace {

ChoiceList relationList() {
    ChoiceList list;
    list.id = "quan_he";
    list.choices = {{"cha", {"Cha", "Father"}}, {"me", {"Mẹ", "Mother"}}, {"ong", {"Ông", ""}}};
    return list;
}

}  // namespace

TEST_CASE("a single choice must be an id of the field's list") {
    Field rel = field("quan_he", FieldType::SingleChoice);
    rel.choices = "quan_he";
    OnePage form({rel});
    form.svc.choiceLists.push_back(relationList());
    CHECK(form.errorOn({{"quan_he", "me"}}, "quan_he").empty());
    CHECK(form.errorOn({{"quan_he", "Mẹ"}}, "quan_he") == "Chọn một câu trả lời trong danh sách");
    CHECK_FALSE(form.errorOn({{"quan_he", "cha me"}}, "quan_he").empty());
}

TEST_CASE("a shared choice list is found through the context") {
    Field rel = field("quan_he", FieldType::SingleChoice);
    rel.choices = "quan_he";
    OnePage form({rel});
    CHECK_FALSE(form.errorOn({{"quan_he", "me"}}, "quan_he").empty());
    form.shared.push_back(relationList());
    CHECK(form.errorOn({{"quan_he", "me"}}, "quan_he").empty());
}

TEST_CASE("a multi choice holds distinct ids of the list separated by spaces") {
    Field rel = field("nguoi", FieldType::MultiChoice);
    rel.choices = "quan_he";
    OnePage form({rel});
    form.svc.choiceLists.push_back(relationList());
    CHECK(form.errorOn({{"nguoi", "cha me"}}, "nguoi").empty());
    CHECK(form.errorOn({{"nguoi", "ong"}}, "nguoi").empty());
    CHECK(form.errorOn({{"nguoi", "cha chu"}}, "nguoi") == "Chọn các câu trả lời trong danh sách");
    CHECK_FALSE(form.errorOn({{"nguoi", "cha cha"}}, "nguoi").empty());
}
