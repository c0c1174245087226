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

TEST_CASE("Xong on the receipt and then the rating wipe everything, the reference included") {
    kiosk::test::Flow flow;
    flow.toCheckAnswers();
    flow(act::Continue{});
    flow(act::GiveConsent{});
    flow(act::Submit{});
    REQUIRE(flow.session.screen == Screen::Receipt);
    flow(act::Finish{});
    // The rating asks next: it needs only the filing's reference, none of the person.
    REQUIRE(flow.session.screen == Screen::Rating);
    CHECK(flow.session.answers.empty());
    CHECK(flow.session.receipt.applicantName.empty());
    flow(act::SkipRating{});
    checkWiped(flow.session);
    CHECK(flow.session.reference.empty());
}

TEST_CASE("'Về trang đầu' mid-form ends the session as the timeout does: language and display too") {
    kiosk::test::Flow flow;
    fillSomething(flow);
    flow(act::GoHome{});
    checkWiped(flow.session);
    CHECK(flow.session.lang == kiosk::forms::Lang::Vi);
    CHECK(flow.session.display == kiosk::core::DisplayPrefs{});
    CHECK_FALSE(flow.session.inUse());
}

TEST_CASE("'Quay lại' from the catalogue keeps the citizen's language and display, not their search") {
    kiosk::test::Flow flow;
    flow(act::SetLanguage{kiosk::forms::Lang::En});
    flow(act::SetTextScale{1.5f});
    flow(act::OpenCatalogue{});
    flow(act::SetText{kiosk::core::TextTarget::Search, "", "khai sinh"});
    flow(act::Back{});
    CHECK(flow.session.screen == Screen::Home);
    CHECK(flow.session.search.empty());
    CHECK(flow.session.lang == kiosk::forms::Lang::En);
    CHECK(flow.session.display.textScale == 1.5f);
    CHECK(flow.session.inUse());  // so the idle timeout still ends it if they walk away
}

TEST_CASE("the session-ending actions are exactly home, finish and timeout") {
    using kiosk::core::endsSession;
    CHECK(endsSession(act::GoHome{}));
    CHECK(endsSession(act::Finish{}));
    CHECK(endsSession(act::Timeout{}));
    CHECK_FALSE(endsSession(act::Back{}));
    CHECK_FALSE(endsSession(act::ExtendTime{}));
    CHECK_FALSE(endsSession(act::PayAtDesk{}));
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
