// How expressions evaluate: operator precedence as the README lists it, what an unanswered
// field does in a comparison, how answers become dates and numbers (with and without the form's
// schema), what '.' means in a constraint, and how ids resolve inside a repeat page.
#include <doctest/doctest.h>

#include "form_builders.hpp"
#include "kiosk/forms/expression.hpp"
#include "kiosk/forms/form_schema.hpp"

using namespace kiosk::forms;
using kiosk::forms::test::expr;
using kiosk::forms::test::kToday;
using kiosk::forms::test::ymd;

namespace {

Value eval(std::string_view text, const Answers& answers = {}, const FormSchema* schema = nullptr,
           std::string currentKey = {}, int repeatIndex = 0) {
    return expr(text)->evaluate(EvalContext{answers, kToday, std::move(currentKey), repeatIndex,
                                            schema});
}

double number(const Value& v) {
    REQUIRE(std::holds_alternative<double>(v));
    return std::get<double>(v);
}

bool truth(std::string_view text, const Answers& answers = {}, const FormSchema* schema = nullptr) {
    return isTruthy(eval(text, answers, schema));
}

}  // namespace

TEST_CASE("multiplication binds tighter than addition, and parentheses override") {
    CHECK(number(eval("1 + 2 * 3")) == 7);
    CHECK(number(eval("(1 + 2) * 3")) == 9);
    CHECK(number(eval("10 - 4 - 3")) == 3);
    CHECK(number(eval("20 / 4 / 5")) == 1);
    CHECK(number(eval("7 % 4 * 2")) == 6);
    CHECK(number(eval("-2 * -3")) == 6);
    CHECK(number(eval("2.5 * 2")) == 5);
}

TEST_CASE("not binds looser than comparison, and is looser than and/or only in that order") {
    CHECK(truth("not 1 == 2"));
    CHECK(truth("true or false and false"));        // and before or
    CHECK_FALSE(truth("(true or false) and false"));
    CHECK(truth("not false and true"));
    CHECK(truth("1 + 1 == 2 and 3 > 2"));
}

TEST_CASE("arithmetic that has no meaning gives no value") {
    CHECK(std::holds_alternative<std::monostate>(eval("1 / 0")));
    CHECK(std::holds_alternative<std::monostate>(eval("5 % 0")));
    CHECK(std::holds_alternative<std::monostate>(eval("'abc' * 2")));
    CHECK(std::holds_alternative<std::monostate>(eval("khong_co + 1")));
}

TEST_CASE("comparisons with an unanswered field are false, whatever the operator") {
    CHECK_FALSE(truth("chua_tra_loi == 'co'"));
    CHECK_FALSE(truth("chua_tra_loi != 'co'"));
    CHECK_FALSE(truth("chua_tra_loi < 3"));
    CHECK(truth("empty(chua_tra_loi)"));
}

TEST_CASE("without a schema, answers are text read as numbers or dates when compared so") {
    const Answers a{{"so_ban", "3"}, {"ngay", "05/03/2024"}, {"con_nho", "co"}};
    CHECK(truth("so_ban > 2", a));
    CHECK(number(eval("so_ban * 2000", a)) == 6000);
    CHECK(truth("ngay < date('01/01/2025')", a));
    CHECK(truth("ngay < today()", a));
    CHECK(truth("con_nho == 'co'", a));
    CHECK(truth("so_ban == '3'", a));
}

TEST_CASE("with a schema, a field's type decides what its answer is") {
    Service svc = kiosk::forms::test::service({kiosk::forms::test::page(
        "p", {kiosk::forms::test::field("ngay_sinh", FieldType::Date),
              kiosk::forms::test::field("so_ban", FieldType::Integer),
              kiosk::forms::test::field("phi", FieldType::Money),
              kiosk::forms::test::field("co_con", FieldType::YesNo),
              kiosk::forms::test::field("ma_so", FieldType::Text)})});
    const FormSchema schema(svc);
    const Answers a{{"ngay_sinh", "5/3/1990"}, {"so_ban", "2"}, {"phi", "200.000"},
                    {"co_con", "khong"}, {"ma_so", "007"}};
    CHECK(std::get<std::chrono::year_month_day>(eval("ngay_sinh", a, &schema)) == ymd(1990, 3, 5));
    CHECK(number(eval("phi + so_ban", a, &schema)) == 200002);
    // A yes/no answer "khong" is false, so `visible_if = "co_con"` works as it reads.
    CHECK_FALSE(truth("co_con", a, &schema));
    CHECK(truth("co_con == 'khong'", a, &schema));
    CHECK(truth("not co_con", a, &schema));
    // Text stays text: "007" is not the number 7 unless compared with a number.
    CHECK(std::get<std::string>(eval("ma_so", a, &schema)) == "007");
    CHECK(truth("ma_so == 7", a, &schema));
    CHECK_FALSE(truth("ma_so == '7'", a, &schema));
}

TEST_CASE("an answer that does not parse as its field's type is no answer") {
    Service svc = kiosk::forms::test::service({kiosk::forms::test::page(
        "p", {kiosk::forms::test::field("ngay", FieldType::Date)})});
    const FormSchema schema(svc);
    const Answers a{{"ngay", "31/02/2024"}};
    CHECK(std::holds_alternative<std::monostate>(eval("ngay", a, &schema)));
    CHECK(truth("empty(ngay)", a, &schema));
}

TEST_CASE("dates compare chronologically, not as text") {
    const Answers a{{"a", "02/01/2024"}, {"b", "01/12/2023"}};
    CHECK(truth("date(a) > date(b)", a));
    CHECK(truth("a > date(b)", a));
}

TEST_CASE("'.' is the answer under the constraint's key") {
    const Answers a{{"so_trang", "12"}, {"so_trang#2", "40"}};
    CHECK(isTruthy(eval(". > 10", a, nullptr, "so_trang")));
    CHECK_FALSE(isTruthy(eval(". > 100", a, nullptr, "so_trang")));
    CHECK(number(eval(". * 2", a, nullptr, "so_trang#2", 2)) == 80);
    CHECK(std::holds_alternative<std::monostate>(eval(".", a)));
}

TEST_CASE("inside a repeat page a bare id reads that instance first") {
    const Answers a{{"so_trang#1", "3"}, {"so_trang#2", "7"}, {"so_ban", "2"}};
    CHECK(std::get<std::string>(eval("so_trang", a, nullptr, {}, 2)) == "7");
    CHECK(std::get<std::string>(eval("so_trang", a, nullptr, {}, 1)) == "3");
    // A field outside the repeat page is read as itself.
    CHECK(std::get<std::string>(eval("so_ban", a, nullptr, {}, 2)) == "2");
}

TEST_CASE("with a schema, an unanswered instance of a repeat field is empty, not the plain id") {
    Service svc = kiosk::forms::test::service({kiosk::forms::test::repeatPage(
        "ban_sao", {kiosk::forms::test::field("so_trang", FieldType::Integer)}, 1, 5)});
    const FormSchema schema(svc);
    const Answers a{{"so_trang#1", "3"}, {"so_trang", "99"}};
    CHECK(std::holds_alternative<std::monostate>(eval("so_trang", a, &schema, {}, 2)));
}

TEST_CASE("address parts are read as text") {
    const Answers a{{"dia_chi.province", "66"}, {"dia_chi#2.street", "Thôn 3"}};
    CHECK(truth("dia_chi.province == '66'", a));
    CHECK_FALSE(truth("dia_chi.street == 'Thôn 3'", a));
    CHECK(std::get<std::string>(eval("dia_chi.street", a, nullptr, {}, 2)) == "Thôn 3");
}

TEST_CASE("string literals are compared in NFC, whatever form the file used") {
    const Answers a{{"ten", "Nguyễn"}};
    CHECK(truth("ten == 'Nguye\xcc\x82\xcc\x83n'", a));
}
