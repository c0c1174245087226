// Every function of the README's list, with the edge each one is likely to meet on a real form:
// birthdays not yet reached, leap days, code points versus bytes, empty arguments.
#include <doctest/doctest.h>

#include "form_builders.hpp"
#include "kiosk/forms/expression.hpp"
#include "kiosk/forms/form_schema.hpp"

using namespace kiosk::forms;
using kiosk::forms::test::expr;
using kiosk::forms::test::kToday;
using kiosk::forms::test::ymd;

namespace {

Value eval(std::string_view text, const Answers& answers = {}, const FormSchema* schema = nullptr) {
    return expr(text)->evaluate(EvalContext{answers, kToday, {}, 0, schema});
}

double number(const Value& v) {
    REQUIRE(std::holds_alternative<double>(v));
    return std::get<double>(v);
}

std::string text(const Value& v) {
    REQUIRE(std::holds_alternative<std::string>(v));
    return std::get<std::string>(v);
}

bool boolean(const Value& v) {
    REQUIRE(std::holds_alternative<bool>(v));
    return std::get<bool>(v);
}

}  // namespace

TEST_CASE("today() is the context's date") {
    CHECK(std::get<std::chrono::year_month_day>(eval("today()")) == kToday);
}

TEST_CASE("age() counts whole years, the birthday itself included") {
    // kToday is 15/06/2025.
    CHECK(number(eval("age(date('15/06/2007'))")) == 18);
    CHECK(number(eval("age(date('16/06/2007'))")) == 17);
    CHECK(number(eval("age(date('14/06/2007'))")) == 18);
    CHECK(number(eval("age('01/01/2000')")) == 25);
    CHECK(std::holds_alternative<std::monostate>(eval("age('không phải ngày')")));
}

TEST_CASE("days_between() is the second date minus the first") {
    CHECK(number(eval("days_between(date('28/02/2024'), date('01/03/2024'))")) == 2);
    CHECK(number(eval("days_between(date('01/03/2023'), date('28/02/2023'))")) == -1);
    CHECK(number(eval("days_between(date('01/05/2025'), today())")) == 45);
}

TEST_CASE("date() and year() read day/month/year text") {
    CHECK(std::get<std::chrono::year_month_day>(eval("date('29/02/2024')")) == ymd(2024, 2, 29));
    CHECK(std::holds_alternative<std::monostate>(eval("date('29/02/2023')")));
    CHECK(number(eval("year(date('05/03/1990'))")) == 1990);
}

TEST_CASE("len() counts characters, not bytes") {
    CHECK(number(eval("len('Đắk Lắk')")) == 7);
    CHECK(number(eval("len(khong_co)")) == 0);
}

TEST_CASE("count() counts multi-choice ids and repeat instances") {
    const Answers a{{"giay_to", "cccd ho_chieu khai_sinh"}};
    CHECK(number(eval("count(giay_to)", a)) == 3);
    CHECK(number(eval("count(khong_co)", a)) == 0);

    Service svc = kiosk::forms::test::service({kiosk::forms::test::repeatPage(
        "ban_sao", {kiosk::forms::test::field("so_trang", FieldType::Integer)}, 1, 10)});
    const FormSchema schema(svc);
    CHECK(number(eval("count(ban_sao)", {{"so_trang#1", "2"}, {"so_trang#4", "1"}}, &schema)) == 4);
    CHECK(number(eval("count(ban_sao)", {}, &schema)) == 1);
    CHECK(number(eval("count(ban_sao)", {{"ban_sao#count", "6"}}, &schema)) == 6);
}

TEST_CASE("selected() tells whether a multi-choice answer includes an id") {
    const Answers a{{"giay_to", "cccd khai_sinh"}};
    CHECK(boolean(eval("selected(giay_to, 'khai_sinh')", a)));
    CHECK_FALSE(boolean(eval("selected(giay_to, 'khai')", a)));
    CHECK_FALSE(boolean(eval("selected(khong_co, 'cccd')", a)));
}

TEST_CASE("contains(), upper() and lower() work on Vietnamese text") {
    const Answers a{{"ten", "Phường Tân Lập"}};
    CHECK(boolean(eval("contains(ten, 'Tân')", a)));
    CHECK_FALSE(boolean(eval("contains(ten, 'tân')", a)));
    CHECK(boolean(eval("contains(lower(ten), 'tân')", a)));
    CHECK(text(eval("upper('đăng ký khai sinh')")) == "ĐĂNG KÝ KHAI SINH");
    CHECK(text(eval("lower('ĐẮK LẮK')")) == "đắk lắk");
}

TEST_CASE("min() and max() take any number of values and skip empty ones") {
    CHECK(number(eval("min(5, 2, 9)")) == 2);
    CHECK(number(eval("max(5, 2, 9)")) == 9);
    CHECK(number(eval("min(khong_co, 4)")) == 4);
    CHECK(std::get<std::chrono::year_month_day>(
              eval("max(date('01/01/2020'), date('02/01/2020'))")) == ymd(2020, 1, 2));
    CHECK(std::holds_alternative<std::monostate>(eval("min(1, date('01/01/2020'))")));
}

TEST_CASE("if() evaluates only the branch it takes") {
    CHECK(text(eval("if(1 < 2, 'a', 'b')")) == "a");
    CHECK(text(eval("if(khong_co, 'a', 'b')")) == "b");
    CHECK(number(eval("if(true, 1, 1 / 0)")) == 1);
}

TEST_CASE("round() rounds halves away from zero") {
    CHECK(number(eval("round(2.5)")) == 3);
    CHECK(number(eval("round(2.4)")) == 2);
    CHECK(number(eval("round(-2.5)")) == -3);
}

TEST_CASE("sum() adds a repeat field over its instances and skips blanks") {
    const Answers a{{"so_trang#1", "3"}, {"so_trang#2", ""}, {"so_trang#3", "10"},
                    {"so_trang_khac", "100"}};
    CHECK(number(eval("sum(so_trang)", a)) == 13);
    CHECK(number(eval("sum(khong_co)", a)) == 0);
}

TEST_CASE("empty() is true for no answer and for empty text only") {
    CHECK(boolean(eval("empty(khong_co)")));
    CHECK(boolean(eval("empty('')")));
    CHECK_FALSE(boolean(eval("empty(0)")));
    CHECK_FALSE(boolean(eval("empty(x)", {{"x", "khong"}})));
}
