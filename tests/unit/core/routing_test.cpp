// Pre-questions route a citizen to the right variant of a procedure before the form starts
// (vietnam-domain.md §4). A wrong route means filling in the wrong declaration, so the switch,
// its explanation and what is carried over are pinned here.
#include <doctest/doctest.h>

#include "unit/core/sample_config.hpp"

using kiosk::core::Screen;
namespace act = kiosk::core::act;

TEST_CASE("a yes to the under-6 question switches to the combined procedure and says why") {
    kiosk::test::Flow flow;
    flow(act::OpenCatalogue{});
    flow(act::ChooseService{"khai-sinh"});
    flow(act::StartFiling{});
    flow.answer("duoi_6", "co");
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::ServiceInfo);
    REQUIRE(flow.session.service != nullptr);
    CHECK(flow.session.service->id == "lien-thong");
    CHECK(flow.session.routeReason.vi == "Làm luôn thường trú");
    // The combined procedure asks the same pre-question; the answer comes along.
    CHECK(flow.session.answers.at("duoi_6") == "co");
    flow(act::StartFiling{});
    CHECK(flow.session.screen == Screen::PreQuestions);
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::Identity);
}

TEST_CASE("a no keeps the procedure the citizen chose") {
    kiosk::test::Flow flow;
    flow.toIdentity();
    CHECK(flow.session.service->id == "khai-sinh");
    CHECK(flow.session.routeReason.empty());
}

TEST_CASE("an unanswered pre-question is an error, not a route") {
    kiosk::test::Flow flow;
    flow(act::OpenCatalogue{});
    flow(act::ChooseService{"khai-sinh"});
    flow(act::StartFiling{});
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::PreQuestions);
    REQUIRE(flow.session.errors.size() == 1);
    CHECK(flow.session.errors[0].key == "duoi_6");
}

TEST_CASE("changing a pre-question from check answers re-routes") {
    kiosk::test::Flow flow;
    flow.toCheckAnswers();
    flow(act::EditPreQuestions{});
    REQUIRE(flow.session.screen == Screen::PreQuestions);
    flow.answer("duoi_6", "co");
    flow(act::Continue{});
    CHECK(flow.session.service->id == "lien-thong");
    CHECK(flow.session.screen == Screen::ServiceInfo);
    // Answers of the old form do not leak into the new one.
    CHECK(flow.session.answers.count("ngay_sinh") == 0);
}
