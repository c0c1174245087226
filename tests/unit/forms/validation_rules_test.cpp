// The rules around the type checks: what is required and when, that hidden questions (by field
// or by page) are neither validated nor submitted, that computed and info fields never produce
// errors, that unreadable bytes are an error rather than a crash, and the remaining types
// (document slots, signatures).
#include <doctest/doctest.h>

#include "form_builders.hpp"

using namespace kiosk::forms;
using kiosk::forms::test::expr;
using kiosk::forms::test::field;
using kiosk::forms::test::OnePage;

TEST_CASE("a required question left empty asks for an answer in both languages") {
    Field name = field("ho_ten", FieldType::Text);
    name.required = true;
    const OnePage form({name});
    const auto errors = form.errors({});
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].key == "ho_ten");
    CHECK(errors[0].fieldId == "ho_ten");
    CHECK(errors[0].message.vi == "Vui lòng trả lời câu hỏi này");
    CHECK(errors[0].message.en == "Please answer this question");
    CHECK(form.errors({{"ho_ten", "Lê Văn C"}}).empty());
}

TEST_CASE("an optional question left empty is fine, but a wrong answer is not") {
    const OnePage form({field("ngay", FieldType::Date)});
    CHECK(form.errors({}).empty());
    CHECK(form.errors({{"ngay", ""}}).empty());
    CHECK(form.errors({{"ngay", "ngày mai"}}).size() == 1);
}

TEST_CASE("required_if makes a question required only while its condition holds") {
    Field hasChild = field("co_con", FieldType::YesNo);
    Field children = field("so_con", FieldType::Integer);
    children.requiredIf = expr("co_con");
    const OnePage form({hasChild, children});
    CHECK(form.errorOn({{"co_con", "co"}}, "so_con") == "Vui lòng trả lời câu hỏi này");
    // "khong" is false for a yes/no field, so the question is optional.
    CHECK(form.errorOn({{"co_con", "khong"}}, "so_con").empty());
    CHECK(form.errorOn({}, "so_con").empty());
    CHECK(isRequired(form.ctx(), children, {{"co_con", "co"}}));
    CHECK_FALSE(isRequired(form.ctx(), children, {{"co_con", "khong"}}));
}

TEST_CASE("a hidden field is never validated and never submitted") {
    Field reason = field("ly_do", FieldType::Integer);
    reason.required = true;
    reason.visibleIf = expr("tre_han == 'co'");
    const OnePage form({field("tre_han", FieldType::YesNo), reason});
    const Answers answers{{"tre_han", "khong"}, {"ly_do", "không phải số"}};
    CHECK(form.errors(answers).empty());
    CHECK_FALSE(isVisible(form.ctx(), reason, answers));
    const auto out = submittableAnswers(form.ctx(), answers);
    CHECK(out.count("ly_do") == 0);
    CHECK(out.at("tre_han") == "khong");
    // Shown again, the same answer is checked.
    CHECK(form.errors({{"tre_han", "co"}, {"ly_do", "không phải số"}}).size() == 1);
}

TEST_CASE("the fields of a hidden page are neither validated nor submitted") {
    Field marriage = field("ngay_ket_hon", FieldType::Date);
    marriage.required = true;
    Page married = kiosk::forms::test::page("ket_hon", {marriage});
    married.visibleIf = expr("tinh_trang == 'da_ket_hon'");
    Page first = kiosk::forms::test::page("chung", {field("tinh_trang", FieldType::Text)});
    const Service svc = kiosk::forms::test::service({first, married});
    const AdminUnits units;
    const ValidationContext ctx{svc, units, kiosk::forms::test::kToday, nullptr};
    const Answers single{{"tinh_trang", "doc_than"}, {"ngay_ket_hon", "01/01/2020"}};
    CHECK(validateService(ctx, single).empty());
    CHECK(validatePage(ctx, married, single).empty());
    CHECK(submittableAnswers(ctx, single).count("ngay_ket_hon") == 0);
    CHECK_FALSE(isVisible(ctx, married, single));
    CHECK(validateService(ctx, {{"tinh_trang", "da_ket_hon"}}).size() == 1);
}

TEST_CASE("answers that belong to no field are not submitted") {
    const OnePage form({field("ho_ten", FieldType::Text)});
    const auto out = submittableAnswers(form.ctx(), {{"ho_ten", "An"}, {"rac", "x"}});
    CHECK(out == Answers{{"ho_ten", "An"}});
}

TEST_CASE("submitted dates and numbers are spelled canonically") {
    const OnePage form({field("ngay", FieldType::Date), field("tien", FieldType::Money)});
    const auto out = submittableAnswers(form.ctx(), {{"ngay", "5/3/2024"}, {"tien", "200.000"}});
    CHECK(out.at("ngay") == "05/03/2024");
    CHECK(out.at("tien") == "200000");
}

TEST_CASE("invalid UTF-8 in an answer is an error on that field, not a crash") {
    Field name = field("ho_ten", FieldType::Text);
    name.maxLength = 5;
    name.pattern = ".*";
    name.constraint = expr("len(.) > 0");
    const OnePage form({name, field("ngay", FieldType::Date), field("so", FieldType::Integer)});
    const auto errors = form.errors({{"ho_ten", "Tr\xe1\xba"}, {"ngay", "\xff\xfe"}, {"so", "\xc3"}});
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].message.vi == "Câu trả lời có ký tự không đọc được; vui lòng nhập lại");
}

TEST_CASE("computed and info fields never produce errors") {
    Field total = field("tong", FieldType::Money);
    total.compute = expr("1 + 1");
    total.required = true;
    Field info = field("luu_y", FieldType::Info);
    info.required = true;
    const OnePage form({total, info});
    CHECK(form.errors({}).empty());
    CHECK(form.errors({{"tong", "không phải số"}}).empty());
}

TEST_CASE("a required document slot asks for a scan") {
    Field doc = field("giay_chung_sinh", FieldType::Document);
    doc.required = true;
    doc.document = "giay_chung_sinh";
    const OnePage form({doc});
    CHECK(form.errorOn({}, "giay_chung_sinh") == "Vui lòng quét hoặc chụp giấy tờ này");
    CHECK(form.errors({{"giay_chung_sinh", "attachment-1"}}).empty());
}

TEST_CASE("a signature is strokes of points inside the box") {
    Field sign = field("chu_ky", FieldType::Signature);
    sign.required = true;
    const OnePage form({sign});
    CHECK(form.errorOn({}, "chu_ky") == "Vui lòng ký vào ô");
    CHECK(form.errors({{"chu_ky", "0.1,0.2 0.3,0.4;0.5,0.5 1,1"}}).empty());
    for (const char* bad : {"0.1,0.2 1.5,0.4", "abc", ";;", "0.1;0.2", "-0.1,0.2", "0.1,0.2x"}) {
        CHECK_MESSAGE(form.errorOn({{"chu_ky", bad}}, "chu_ky") ==
                          "Chữ ký chưa được ghi lại; vui lòng ký lại",
                      bad);
    }
}

TEST_CASE("errors come in the order the fields appear") {
    Field a = field("a", FieldType::Text);
    a.required = true;
    Field b = field("b", FieldType::Date);
    Field c = field("c", FieldType::Text);
    c.required = true;
    const OnePage form({a, b, c});
    const auto errors = form.errors({{"b", "x"}});
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].key == "a");
    CHECK(errors[1].key == "b");
    CHECK(errors[2].key == "c");
}

TEST_CASE("pre-questions are validated and submitted with the form") {
    OnePage form({field("ho_ten", FieldType::Text)});
    Field pre = field("duoi_6_tuoi", FieldType::YesNo);
    pre.required = true;
    form.svc.preQuestions.push_back(pre);
    CHECK(form.errorOn({}, "duoi_6_tuoi") == "Vui lòng chọn một câu trả lời");
    CHECK(submittableAnswers(form.ctx(), {{"duoi_6_tuoi", "co"}}).at("duoi_6_tuoi") == "co");
}

TEST_CASE("the text-only visibility overloads still read answers by content") {
    Field f = field("x", FieldType::Text);
    f.visibleIf = expr("tuoi >= 18");
    CHECK(isVisible(f, {{"tuoi", "20"}}, kiosk::forms::test::kToday));
    CHECK_FALSE(isVisible(f, {{"tuoi", "17"}}, kiosk::forms::test::kToday));
}
