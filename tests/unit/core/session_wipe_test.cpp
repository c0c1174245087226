// A shared kiosk must forget the last citizen: "Xong", an idle timeout and a voluntary return
// home all wipe what was typed. These tests assert that the personal data is really gone, not
// just hidden behind another screen.
#include <doctest/doctest.h>

#include "unit/core/sample_config.hpp"

using kiosk::core::Screen;
namespace act = kiosk::core::act;

namespace {

void fillSomething(kiosk::test::Flow& flow) {
    flow(act::SetLanguage{kiosk::forms::Lang::En});
    flow(act::SetTextScale{1.5f});
    flow(act::ToggleHighContrast{});
    flow.toCheckAnswers();
    REQUIRE_FALSE(flow.session.answers.empty());
    REQUIRE_FALSE(flow.session.identity.fullName.value.empty());
}

void checkWiped(const kiosk::core::Session& s) {
    CHECK(s.answers.empty());
    CHECK(s.identityInput.empty());
    CHECK(s.identity.fullName.value.empty());
    CHECK(s.identity.idNumber.value.empty());
    CHECK(s.service == nullptr);
    CHECK(s.errors.empty());
    CHECK(s.screen == Screen::Home);
}

}  // namespace

TEST_CASE("an idle timeout wipes answers and identity and resets language and display") {
    kiosk::test::Flow flow;
    fillSomething(flow);
    flow(act::Timeout{});
    checkWiped(flow.session);
    CHECK(flow.session.lang == kiosk::forms::Lang::Vi);
    CHECK(flow.session.display == kiosk::core::DisplayPrefs{});
    CHECK_FALSE(flow.session.inUse());
}

TEST_CASE("Xong on the receipt wipes everything, the reference included") {
    kiosk::test::Flow flow;
    flow.toCheckAnswers();
    flow(act::Continue{});
    flow(act::GiveConsent{});
    flow(act::Submit{});
    REQUIRE(flow.session.screen == Screen::Confirmation);
    flow(act::Finish{});
    checkWiped(flow.session);
    CHECK(flow.session.reference.empty());
}

TEST_CASE("going home mid-form wipes the answers but keeps the citizen's language") {
    kiosk::test::Flow flow;
    fillSomething(flow);
    flow(act::GoHome{});
    checkWiped(flow.session);
    CHECK(flow.session.lang == kiosk::forms::Lang::En);
    CHECK(flow.session.display.textScale == 1.5f);
}

TEST_CASE("a session that has not been touched is not in use, one that has is") {
    kiosk::test::Flow flow;
    CHECK_FALSE(flow.session.inUse());
    flow(act::ToggleHighContrast{});
    CHECK(flow.session.inUse());
    flow(act::ToggleHighContrast{});
    CHECK_FALSE(flow.session.inUse());
    flow(act::OpenHelp{});
    CHECK(flow.session.inUse());
}

TEST_CASE("a new config reaches a session only when it starts again") {
    kiosk::test::Flow flow;
    flow.toFirstPage();
    const auto old = flow.config;
    flow.config = kiosk::test::sampleConfig();
    flow(act::Continue{});
    CHECK(flow.session.config == old);  // the filing finishes on the config it began with
    flow(act::GoHome{});
    CHECK(flow.session.config == flow.config);
}
