// Administrators write expressions by hand; the loader reports a bad one at load time with the
// parser's byte offset and message. These tests pin which texts are rejected, where the offset
// points, and that the message is Vietnamese first.
#include <doctest/doctest.h>

#include <algorithm>

#include "form_builders.hpp"
#include "kiosk/forms/expression.hpp"

using namespace kiosk::forms;

namespace {

ExpressionError errorOf(std::string_view text) {
    auto parsed = parseExpression(text);
    REQUIRE_FALSE_MESSAGE(parsed.ok(), std::string(text));
    return parsed.error();
}

}  // namespace

TEST_CASE("a missing closing parenthesis is reported where it should be") {
    const auto e = errorOf("(so_ban + 1");
    CHECK(e.offset == 11);
    CHECK(e.message == "Thiếu dấu ')' (missing ')')");
    CHECK(errorOf("age(ngay_sinh").offset == 13);
}

TEST_CASE("an unknown function is a parse error at its name") {
    const auto e = errorOf("so_ban > 1 and tuoi(ngay_sinh) > 18");
    CHECK(e.offset == 15);
    CHECK(e.message.find("tuoi") != std::string::npos);
    CHECK(e.message.find("(unknown function)") != std::string::npos);
}

TEST_CASE("a function called with the wrong number of arguments is rejected") {
    CHECK(errorOf("age()").message.find("age") != std::string::npos);
    CHECK_FALSE(parseExpression("if(a, b)").ok());
    CHECK_FALSE(parseExpression("today(1)").ok());
    CHECK_FALSE(parseExpression("min()").ok());
    CHECK(parseExpression("min(1, 2, 3, 4, 5)").ok());
}

TEST_CASE("count, sum and selected need a field id as their first argument") {
    CHECK(errorOf("count('x')").offset == 6);
    CHECK_FALSE(parseExpression("sum(1 + 2)").ok());
    CHECK_FALSE(parseExpression("selected(a + b, 'x')").ok());
    CHECK(parseExpression("selected(giay_to, 'ban_chinh')").ok());
}

TEST_CASE("common mistakes from other languages get a hint") {
    const auto single = errorOf("a = 1");
    CHECK(single.offset == 2);
    CHECK(single.message.find("==") != std::string::npos);
    CHECK(errorOf("a && b").message.find("and") != std::string::npos);
    CHECK(errorOf("a || b").message.find("or") != std::string::npos);
    CHECK(errorOf("!a").message.find("not") != std::string::npos);
}

TEST_CASE("malformed texts are rejected with an offset inside the text") {
    for (const std::string_view text :
         {"", "   ", "1 +", "(", ")", "a b", "1 < 2 < 3", "'chưa đóng", "a.ward", "3x",
          "f(", "count(", "a ,", "not", "- ", "#", "a == == b"}) {
        auto parsed = parseExpression(text);
        CHECK_FALSE_MESSAGE(parsed.ok(), std::string(text));
        if (!parsed.ok()) {
            CHECK(parsed.error().offset <= text.size());
            CHECK_FALSE(parsed.error().message.empty());
        }
    }
}

TEST_CASE("an unterminated string is reported at its opening quote") {
    CHECK(errorOf("ten == 'An").offset == 7);
}

TEST_CASE("deep nesting is an error, not a stack overflow") {
    const std::string deep(5000, '(');
    CHECK_FALSE(parseExpression(deep + "1" + std::string(5000, ')')).ok());
    CHECK_FALSE(parseExpression(std::string(5000, '-') + "1").ok());
    CHECK_FALSE(parseExpression([] {
        std::string s;
        for (int i = 0; i < 5000; ++i) s += "not ";
        return s + "a";
    }()).ok());
}

TEST_CASE("a parsed expression keeps its source and lists the fields it reads") {
    const auto e = kiosk::forms::test::expr(
        "ho_ten != '' and dia_chi.province == '66' and count(ban_sao) > sum(so_trang)");
    CHECK(e->source() ==
          "ho_ten != '' and dia_chi.province == '66' and count(ban_sao) > sum(so_trang)");
    std::vector<std::string> refs;
    e->collectFieldRefs(refs);
    std::sort(refs.begin(), refs.end());
    CHECK(refs == std::vector<std::string>{"ban_sao", "dia_chi", "ho_ten", "so_trang"});
}

TEST_CASE("'.' and literals are not field references") {
    std::vector<std::string> refs;
    kiosk::forms::test::expr(". <= today() and 'x' != \"y\" and true")->collectFieldRefs(refs);
    CHECK(refs.empty());
}
