// Text and number questions: lengths are counted in characters (a Vietnamese name is mostly
// multi-byte), money accepts the grouping people write ("200.000"), bounds are inclusive, and
// each message says what to type instead.
#include <doctest/doctest.h>

#include "form_builders.hpp"

using namespace kiosk::forms;
using kiosk::forms::test::field;
using kiosk::forms::test::OnePage;

TEST_CASE("text length is counted in code points, never bytes") {
    Field name = field("ho_ten", FieldType::Text);
    name.maxLength = 6;
    name.minLength = 2;
    const OnePage form({name});
    // "Nguyễn" is 6 characters but 8 bytes.
    CHECK(form.errorOn({{"ho_ten", "Nguyễn"}}, "ho_ten").empty());
    CHECK(form.errorOn({{"ho_ten", "Nguyễnn"}}, "ho_ten") == "Nhập không quá 6 ký tự (hiện có 7)");
    CHECK(form.errorOn({{"ho_ten", "Đ"}}, "ho_ten") == "Nhập ít nhất 2 ký tự");
}

TEST_CASE("long text obeys the same length rules over several lines") {
    Field note = field("ghi_chu", FieldType::LongText);
    note.maxLength = 11;
    const OnePage form({note});
    CHECK(form.errorOn({{"ghi_chu", "dòng 1\ndòng"}}, "ghi_chu").empty());  // 11 characters
    CHECK_FALSE(form.errorOn({{"ghi_chu", "dòng 1\ndòng 2"}}, "ghi_chu").empty());
}

TEST_CASE("a pattern must match the whole answer") {
    Field code = field("ma_ho_so", FieldType::Text);
    code.pattern = "[A-Z]{2}[0-9]{4}";
    const OnePage form({code});
    CHECK(form.errorOn({{"ma_ho_so", "HS1234"}}, "ma_ho_so").empty());
    CHECK_FALSE(form.errorOn({{"ma_ho_so", "HS12345"}}, "ma_ho_so").empty());
    CHECK_FALSE(form.errorOn({{"ma_ho_so", "xHS1234"}}, "ma_ho_so").empty());
}

TEST_CASE("an integer must be digits and is checked against inclusive bounds") {
    Field pages = field("so_trang", FieldType::Integer);
    pages.min = 1;
    pages.max = 500;
    const OnePage form({pages});
    CHECK(form.errorOn({{"so_trang", "1"}}, "so_trang").empty());
    CHECK(form.errorOn({{"so_trang", "500"}}, "so_trang").empty());
    CHECK(form.errorOn({{"so_trang", "0"}}, "so_trang") == "Nhập số từ 1 đến 500");
    CHECK(form.errorOn({{"so_trang", "501"}}, "so_trang") == "Nhập số từ 1 đến 500");
    CHECK(form.errorOn({{"so_trang", "ba"}}, "so_trang") ==
          "Nhập một số nguyên bằng chữ số, ví dụ 3");
    CHECK_FALSE(form.errorOn({{"so_trang", "2.5"}}, "so_trang").empty());
}

TEST_CASE("one-sided bounds say which side") {
    Field a = field("a", FieldType::Integer);
    a.min = 18;
    Field b = field("b", FieldType::Integer);
    b.max = 10;
    const OnePage form({a, b});
    const auto errors = form.errors({{"a", "17"}, {"b", "11"}});
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].message.vi == "Nhập số từ 18 trở lên");
    CHECK(errors[0].message.en == "Enter a number of 18 or more");
    CHECK(errors[1].message.vi == "Nhập số không quá 10");
}

TEST_CASE("money is whole dong, may be grouped, and never negative") {
    Field fee = field("so_tien", FieldType::Money);
    fee.max = 200000;
    const OnePage form({fee});
    CHECK(form.errorOn({{"so_tien", "200.000"}}, "so_tien").empty());
    CHECK(form.errorOn({{"so_tien", "150000"}}, "so_tien").empty());
    CHECK(form.errorOn({{"so_tien", "200.001"}}, "so_tien") == "Nhập số tiền không quá 200.000 đồng");
    CHECK(form.errors({{"so_tien", "200.001"}})[0].message.en ==
          "Enter an amount no more than 200,000 dong");
    CHECK(form.errorOn({{"so_tien", "-5"}}, "so_tien") ==
          "Nhập số tiền bằng chữ số, tính bằng đồng, ví dụ 200000");
    CHECK_FALSE(form.errorOn({{"so_tien", "1,5"}}, "so_tien").empty());
}

TEST_CASE("a person_name answer is letters and spaces; a number typed into it is refused") {
    const OnePage form({field("ho_ten", FieldType::PersonName)});
    for (const char* ok : {"Nguyễn Thị Lan", "H'Hen Niê", "Y-Moan Ênuôl", "Lan "}) {
        CHECK_MESSAGE(form.errorOn({{"ho_ten", ok}}, "ho_ten").empty(), ok);
    }
    for (const char* bad : {"Nguyễn Thị Lan066195001122", "Lan, Hoa", "Lan (con)", "-Lan"}) {
        CHECK_MESSAGE(form.errorOn({{"ho_ten", bad}}, "ho_ten") ==
                          "Họ tên chỉ gồm chữ cái và dấu cách, không có chữ số hay ký hiệu",
                      bad);
    }
}
