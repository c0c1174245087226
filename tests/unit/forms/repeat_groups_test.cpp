// Repeat pages ("one block per copy") store answers under "<field>#<n>"; the instance count
// must survive an empty added block, removing a block must renumber the rest without losing or
// mixing answers, and every instance is validated on its own key.
#include <doctest/doctest.h>

#include "form_builders.hpp"

using namespace kiosk::forms;
using kiosk::forms::test::expr;
using kiosk::forms::test::field;
using kiosk::forms::test::kToday;

namespace {

Page copiesPage() {
    Field pages = field("so_trang", FieldType::Integer);
    pages.required = true;
    pages.min = 1;
    Field title = field("ten_giay_to", FieldType::Text);
    return kiosk::forms::test::repeatPage("ban_sao", {title, pages}, 1, 5);
}

}  // namespace

TEST_CASE("a repeat page has at least its minimum number of instances") {
    const Page p = copiesPage();
    CHECK(repeatCount(p, {}) == 1);
    Page two = p;
    two.minRepeat = 2;
    CHECK(repeatCount(two, {}) == 2);
}

TEST_CASE("the instance count follows the highest answered instance or the stored count") {
    Page p = copiesPage();
    CHECK(repeatCount(p, {{"so_trang#3", "2"}}) == 3);
    Answers answers;
    setRepeatCount(p, answers, 4);
    CHECK(answers.at("ban_sao#count") == "4");
    CHECK(repeatCount(p, answers) == 4);
    setRepeatCount(p, answers, 50);
    CHECK(repeatCount(p, answers) == 5);
    CHECK(repeatCount(p, {{"so_trang#9", "2"}}) == 5);
}

TEST_CASE("a page that does not repeat has exactly one instance") {
    const Page p = kiosk::forms::test::page("chung", {field("a", FieldType::Text)});
    CHECK(repeatCount(p, {{"a#4", "x"}}) == 1);
}

TEST_CASE("removing an instance moves later ones down and lowers the count") {
    const Page p = copiesPage();
    Answers answers{{"ten_giay_to#1", "A"}, {"so_trang#1", "1"},
                    {"ten_giay_to#2", "B"}, {"so_trang#2", "2"},
                    {"ten_giay_to#3", "C"}, {"so_trang#3", "3"}};
    setRepeatCount(p, answers, 3);
    removeRepeatInstance(p, answers, 2);
    CHECK(answers == Answers{{"ten_giay_to#1", "A"}, {"so_trang#1", "1"},
                             {"ten_giay_to#2", "C"}, {"so_trang#2", "3"},
                             {"ban_sao#count", "2"}});
    removeRepeatInstance(p, answers, 1);
    CHECK(answers == Answers{{"ten_giay_to#1", "C"}, {"so_trang#1", "3"}, {"ban_sao#count", "1"}});
    // Never below the minimum: the last block is emptied instead.
    removeRepeatInstance(p, answers, 1);
    CHECK(answers == Answers{{"ban_sao#count", "1"}});
}

TEST_CASE("removing an instance moves address parts too") {
    Page p = kiosk::forms::test::repeatPage("nguoi", {field("dc", FieldType::Address)}, 1, 3);
    Answers answers{{"dc#1.street", "Thôn 1"}, {"dc#2.street", "Thôn 2"}, {"dc#2.province", "66"}};
    removeRepeatInstance(p, answers, 1);
    CHECK(answers == Answers{{"dc#1.street", "Thôn 2"}, {"dc#1.province", "66"},
                             {"nguoi#count", "1"}});
}

TEST_CASE("each instance is validated under its own key") {
    const Service svc = kiosk::forms::test::service({copiesPage()});
    const AdminUnits units;
    const ValidationContext ctx{svc, units, kToday, nullptr};
    const auto errors = validatePage(ctx, svc.pages[0],
                                     {{"so_trang#1", "2"}, {"so_trang#2", "0"}, {"ban_sao#count", "3"}});
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].key == "so_trang#2");
    CHECK(errors[0].fieldId == "so_trang");
    CHECK(errors[1].key == "so_trang#3");
    CHECK(errors[1].message.vi == "Vui lòng trả lời câu hỏi này");
}

TEST_CASE("visible_if and constraints inside a repeat page read the same instance") {
    Field kind = field("loai", FieldType::Text);
    Field pages = field("so_trang", FieldType::Integer);
    pages.visibleIf = expr("loai == 'giay'");
    pages.constraint = expr(". <= 100");
    pages.constraintMessage = {"Tối đa 100 trang", "At most 100 pages"};
    const Service svc = kiosk::forms::test::service(
        {kiosk::forms::test::repeatPage("ban_sao", {kind, pages}, 1, 5)});
    const AdminUnits units;
    const ValidationContext ctx{svc, units, kToday, nullptr};
    const Answers answers{{"loai#1", "giay"}, {"so_trang#1", "300"},
                          {"loai#2", "anh"}, {"so_trang#2", "300"}};
    const auto errors = validateService(ctx, answers);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].key == "so_trang#1");
    CHECK(errors[0].message.vi == "Tối đa 100 trang");
    const auto out = submittableAnswers(ctx, answers);
    CHECK(out.count("so_trang#1") == 1);
    CHECK(out.count("so_trang#2") == 0);
    CHECK(out.at("ban_sao#count") == "2");
}

TEST_CASE("answers of instances beyond the count are not submitted") {
    const Service svc = kiosk::forms::test::service({copiesPage()});
    const AdminUnits units;
    const ValidationContext ctx{svc, units, kToday, nullptr};
    const auto out = submittableAnswers(ctx, {{"so_trang#1", "2"}, {"so_trang#9", "4"}});
    CHECK(out.count("so_trang#9") == 0);
    CHECK(out.at("ban_sao#count") == "5");
}
