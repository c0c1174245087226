// A step says what it needs done outside the session as data: a card picture, a page, a print
// only on the screen each belongs to, and, whenever the screen changes or the session ends, the
// speech to stop and the card and page work to drop, so none of it outlives its screen.
#include <doctest/doctest.h>

#include "unit/core/sample_config.hpp"

using kiosk::core::Effect;
using kiosk::core::Effects;
using kiosk::core::Screen;
namespace act = kiosk::core::act;
namespace fx = kiosk::core::fx;

namespace {

template <typename E>
bool holds(const Effects& effects, size_t at) {
    return at < effects.size() && std::holds_alternative<E>(effects[at]);
}

bool leavesTheScreen(const Effects& effects) {
    return effects.size() >= 3 && holds<fx::StopSpeech>(effects, 0) && holds<fx::ForgetCard>(effects, 1) &&
           holds<fx::ForgetDocumentPage>(effects, 2);
}

}  // namespace

TEST_CASE("the identity step asks for card work; elsewhere the same actions need nothing") {
    kiosk::test::Flow flow;
    CHECK(flow(act::TakeCardPicture{}).empty());  // on the home screen
    flow.toIdentity();
    REQUIRE(flow.session.screen == Screen::Identity);
    auto effects = flow(act::TakeCardPicture{});
    REQUIRE(effects.size() == 1);
    CHECK(holds<fx::TakeCardPicture>(effects, 0));
    effects = flow(act::ReadCardFront{});
    REQUIRE(effects.size() == 1);
    CHECK(holds<fx::ReadCardFront>(effects, 0));
    effects = flow(act::ScanCardAgain{});
    REQUIRE(effects.size() == 1);
    CHECK(holds<fx::ForgetCard>(effects, 0));
    CHECK(flow(act::TakeDocumentPage{"giay_chung_sinh"}).empty());  // no document field here
    CHECK(flow(act::PrintReceipt{"TEST-1"}).empty());
}

TEST_CASE("leaving a screen stops speech and drops card and page work; typing needs nothing") {
    kiosk::test::Flow flow;
    flow.toIdentity();
    CHECK(flow(act::SetText{kiosk::core::TextTarget::Identity, "full_name", "Lê Thị Hoa"}).empty());
    flow.identity("id_number", "079301000123");
    const auto next = flow(act::Continue{});
    REQUIRE(flow.session.screen == Screen::Page);
    CHECK(leavesTheScreen(next));
    CHECK(next.size() == 3);
    auto page = flow(act::TakeDocumentPage{"giay_to"});
    REQUIRE(page.size() == 1);
    REQUIRE(holds<fx::TakeDocumentPage>(page, 0));
    CHECK(std::get<fx::TakeDocumentPage>(page[0]).key == "giay_to");
    CHECK(flow(act::TakeDocumentPage{""}).empty());
    CHECK(leavesTheScreen(flow(act::Back{})));
}

TEST_CASE("ending the session stops speech even where the screen stays") {
    kiosk::test::Flow flow;
    const auto home = flow(act::GoHome{});
    REQUIRE(flow.session.screen == Screen::Home);
    REQUIRE(home.size() == 1);
    CHECK(holds<fx::StopSpeech>(home, 0));
    flow.toIdentity();
    CHECK(leavesTheScreen(flow(act::Timeout{})));
}

TEST_CASE("the receipt is printed or kept only from the receipt screen of a stored filing") {
    kiosk::test::Flow flow;
    flow.toFirstPage();
    flow(act::Continue{});
    flow.answer("ngay_sinh", "01/08/2025");
    flow.answer("co_anh_chi", "khong");
    flow(act::Continue{});
    flow.answer("so_ban", "2");
    flow(act::Continue{});
    REQUIRE(flow.session.screen == Screen::CheckAnswers);
    CHECK(flow(act::PrintReceipt{"TEST-1"}).empty());
    CHECK(flow(act::KeepReceipt{"TEST-1"}).empty());
    flow(act::Continue{});
    flow(act::GiveConsent{});
    REQUIRE(flow.session.screen == Screen::Send);
    const auto sent = flow(act::Submit{});
    REQUIRE(flow.session.screen == Screen::Receipt);
    CHECK(leavesTheScreen(sent));
    const auto print = flow(act::PrintReceipt{flow.session.reference});
    REQUIRE(print.size() == 1);
    REQUIRE(holds<fx::PrintReceipt>(print, 0));
    CHECK(std::get<fx::PrintReceipt>(print[0]).code == flow.session.reference);
    const auto keep = flow(act::KeepReceipt{flow.session.reference});
    REQUIRE(keep.size() == 1);
    REQUIRE(holds<fx::KeepReceipt>(keep, 0));
    CHECK(std::get<fx::KeepReceipt>(keep[0]).code == flow.session.reference);
}

TEST_CASE("reading aloud is asked for as speech in the citizen's language, on any screen") {
    kiosk::test::Flow flow;
    CHECK(flow(act::ReadAloud{"", kiosk::forms::Lang::Vi}).empty());  // nothing to read
    const auto home = flow(act::ReadAloud{"Xin chào.", kiosk::forms::Lang::Vi});
    REQUIRE(home.size() == 1);
    REQUIRE(holds<fx::Speak>(home, 0));
    CHECK(std::get<fx::Speak>(home[0]).text == "Xin chào.");
    flow.toIdentity();
    const auto identity = flow(act::ReadAloud{"Hello.", kiosk::forms::Lang::En});
    REQUIRE(holds<fx::Speak>(identity, 0));
    CHECK(std::get<fx::Speak>(identity[0]).lang == kiosk::forms::Lang::En);
    CHECK(flow.session.screen == Screen::Identity);  // reading moves nothing
}
