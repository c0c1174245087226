// "Check your answers" (GOV.UK): "Sửa" opens the page, and Continue from there comes straight
// back, unless the change brought new questions, which are asked first. A loop here would trap
// a citizen between two screens, so every branch is exercised.
#include <doctest/doctest.h>

#include "unit/core/sample_config.hpp"

using kiosk::core::Screen;
namespace act = kiosk::core::act;

TEST_CASE("after Sửa, Continue returns to check answers instead of walking the rest") {
    kiosk::test::Flow flow;
    flow.toCheckAnswers();
    REQUIRE(flow.session.screen == Screen::CheckAnswers);
    flow(act::EditPage{0});
    CHECK(flow.session.screen == Screen::Page);
    CHECK(flow.session.pageIndex == 0);
    CHECK(flow.session.returnToCheck);
    flow.answer("ho_ten", "Lê Thị Hồng");
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::CheckAnswers);
    CHECK_FALSE(flow.session.returnToCheck);
    CHECK(flow.session.answers.at("ho_ten") == "Lê Thị Hồng");
}

TEST_CASE("an edit that reveals a new page asks that page before returning") {
    kiosk::test::Flow flow;
    flow.toCheckAnswers();
    flow(act::EditPage{1});
    flow.answer("co_anh_chi", "co");
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::Page);
    CHECK(flow.session.pageIndex == 2);
    CHECK(flow.session.errors.empty());  // not shown until the citizen presses Continue there
    flow(act::Continue{});
    CHECK(flow.session.pageIndex == 2);
    CHECK_FALSE(flow.session.errors.empty());
    flow.answer("ten_anh_chi#1", "An");
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::CheckAnswers);
}

TEST_CASE("an edit that fails validation stays on the page with its errors") {
    kiosk::test::Flow flow;
    flow.toCheckAnswers();
    flow(act::EditPage{1});
    flow.answer("ngay_sinh", "");
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::Page);
    CHECK(flow.session.pageIndex == 1);
    REQUIRE_FALSE(flow.session.errors.empty());
    CHECK(flow.session.errors[0].key == "ngay_sinh");
}

TEST_CASE("Back from an edited page returns to check answers") {
    kiosk::test::Flow flow;
    flow.toCheckAnswers();
    flow(act::EditPage{3});
    flow(act::Back{});
    CHECK(flow.session.screen == Screen::CheckAnswers);
    CHECK_FALSE(flow.session.returnToCheck);
}

TEST_CASE("editing the identity returns to check answers and refreshes prefilled answers") {
    kiosk::test::Flow flow;
    flow.toCheckAnswers();
    flow(act::EditIdentity{});
    CHECK(flow.session.screen == Screen::Identity);
    flow.identity("full_name", "Lê Thị Hạnh");
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::CheckAnswers);
    CHECK(flow.session.answers.at("ho_ten") == "Lê Thị Hạnh");
}

TEST_CASE("Continue on check answers with a problem left opens the page that has it") {
    kiosk::test::Flow flow;
    flow.toCheckAnswers();
    // An answer made invalid behind the flow's back (a config reload cannot do this, but a
    // changed validation rule could): check answers must not let it through.
    flow.answer("so_ban", "9");
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::Page);
    CHECK(flow.session.pageIndex == 3);
    REQUIRE_FALSE(flow.session.errors.empty());
    CHECK(flow.session.errors[0].key == "so_ban");
    CHECK(flow.session.returnToCheck);
}
