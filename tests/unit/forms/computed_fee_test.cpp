// Computed fields and the fee, worked through the certified-copy rule of Circular 226/2016:
// 2,000 VND a page, 1,000 VND from the third page, at most 200,000 VND a copy, times the
// number of copies, over a repeat page with one block per document.
#include <doctest/doctest.h>

#include "form_builders.hpp"

using namespace kiosk::forms;
using kiosk::forms::test::expr;
using kiosk::forms::test::field;
using kiosk::forms::test::kToday;

namespace {

// One block per original document: its pages, how many copies, and the computed fee for it.
struct CertifiedCopy {
    Service svc;
    AdminUnits units;

    CertifiedCopy() {
        Field pages = field("so_trang", FieldType::Integer);
        pages.required = true;
        pages.min = 1;
        Field copies = field("so_ban", FieldType::Integer);
        copies.required = true;
        copies.min = 1;
        Field fee = field("phi_ban_sao", FieldType::Money);
        fee.compute = expr(
            "min(200000, 2000 * min(so_trang, 2) + 1000 * max(so_trang - 2, 0)) * so_ban");
        svc = kiosk::forms::test::service(
            {kiosk::forms::test::repeatPage("giay_to", {pages, copies, fee}, 1, 10)});
        svc.fee.amount = expr("sum(phi_ban_sao)");
    }

    ValidationContext ctx() const { return ValidationContext{svc, units, kToday, nullptr}; }

    // The expected fee for one block, written out the long way.
    static long long expected(long long pages, long long copies) {
        long long perCopy = 0;
        for (long long page = 1; page <= pages; ++page) perCopy += page <= 2 ? 2000 : 1000;
        return std::min(perCopy, 200000LL) * copies;
    }
};

}  // namespace

TEST_CASE("the per-copy fee follows the page tiers and the cap") {
    const CertifiedCopy form;
    for (const auto& [pages, copies] : std::vector<std::pair<int, int>>{
             {1, 1}, {2, 1}, {3, 1}, {10, 2}, {198, 1}, {199, 1}, {500, 3}}) {
        Answers answers{{"so_trang#1", std::to_string(pages)}, {"so_ban#1", std::to_string(copies)}};
        applyComputed(form.ctx(), answers);
        CHECK_MESSAGE(answers.at("phi_ban_sao#1") ==
                          std::to_string(CertifiedCopy::expected(pages, copies)),
                      pages, " pages x ", copies);
    }
}

TEST_CASE("the fee adds up every block of the repeat page") {
    const CertifiedCopy form;
    Answers answers{{"so_trang#1", "1"}, {"so_ban#1", "2"},
                    {"so_trang#2", "5"}, {"so_ban#2", "1"},
                    {"so_trang#3", "300"}, {"so_ban#3", "1"}};
    applyComputed(form.ctx(), answers);
    CHECK(computeFee(form.ctx(), answers) == CertifiedCopy::expected(1, 2) +
                                                 CertifiedCopy::expected(5, 1) +
                                                 CertifiedCopy::expected(300, 1));
    CHECK(computeFee(form.ctx(), answers) == 4000 + 7000 + 200000);
}

TEST_CASE("a computed value is cleared when its inputs are") {
    const CertifiedCopy form;
    Answers answers{{"so_trang#1", "3"}, {"so_ban#1", "1"}};
    applyComputed(form.ctx(), answers);
    REQUIRE(answers.count("phi_ban_sao#1") == 1);
    answers.erase("so_ban#1");
    applyComputed(form.ctx(), answers);
    CHECK(answers.count("phi_ban_sao#1") == 0);
}

TEST_CASE("a service without a fee expression is free, and an unworkable fee is not charged") {
    CertifiedCopy form;
    CHECK(computeFee(form.ctx(), {}) == 0);
    form.svc.fee.amount = nullptr;
    CHECK(computeFee(form.ctx(), {{"phi_ban_sao#1", "5000"}}) == 0);
    form.svc.fee.amount = expr("so_trang / 0");
    CHECK(computeFee(form.ctx(), {{"so_trang#1", "5"}}) == 0);
    form.svc.fee.amount = expr("-5000");
    CHECK(computeFee(form.ctx(), {}) == 0);
}

TEST_CASE("a fixed fee and a fee over yes/no answers") {
    CertifiedCopy form;
    form.svc.preQuestions.push_back(field("tre_han", FieldType::YesNo));
    form.svc.fee.amount = expr("if(tre_han, 5000, 0)");
    CHECK(computeFee(form.ctx(), {{"tre_han", "co"}}) == 5000);
    CHECK(computeFee(form.ctx(), {{"tre_han", "khong"}}) == 0);
}

TEST_CASE("computed fields are evaluated in page order, so later ones may use earlier ones") {
    Field a = field("a", FieldType::Integer);
    Field doubled = field("gap_doi", FieldType::Integer);
    doubled.compute = expr("a * 2");
    Field plusOne = field("cong_mot", FieldType::Integer);
    plusOne.compute = expr("gap_doi + 1");
    kiosk::forms::test::OnePage form({a, doubled, plusOne});
    Answers answers{{"a", "20"}};
    applyComputed(form.ctx(), answers);
    CHECK(answers.at("gap_doi") == "40");
    CHECK(answers.at("cong_mot") == "41");
    CHECK(answers.at("a") == "20");
}

TEST_CASE("a computed date is stored as day/month/year") {
    Field born = field("ngay_sinh", FieldType::Date);
    Field adult = field("ngay_du_18", FieldType::Text);
    adult.compute = expr("max(ngay_sinh, date('01/01/1900'))");
    kiosk::forms::test::OnePage form({born, adult});
    Answers answers{{"ngay_sinh", "1/2/2003"}};
    applyComputed(form.ctx(), answers);
    CHECK(answers.at("ngay_du_18") == "01/02/2003");
}
