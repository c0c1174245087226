// The citizen's path as a state machine: each action moves the session to the screen GOV.UK's
// patterns expect (one page at a time, Continue validates, Back goes where it came from).
// Breaking these breaks every service at once, so they are pinned here without any UI.
#include <doctest/doctest.h>

#include "kiosk/core/navigation.hpp"
#include "unit/core/sample_config.hpp"

using kiosk::core::Screen;
namespace act = kiosk::core::act;

TEST_CASE("a citizen walks from home through the catalogue and service page to the identity step") {
    kiosk::test::Flow flow;
    CHECK(flow.session.screen == Screen::Home);
    flow(act::OpenCatalogue{});
    CHECK(flow.session.screen == Screen::Catalogue);
    flow(act::ChooseService{"khai-sinh"});
    CHECK(flow.session.screen == Screen::ServiceInfo);
    REQUIRE(flow.session.service != nullptr);
    CHECK(flow.session.service->id == "khai-sinh");
    flow(act::StartFiling{});
    CHECK(flow.session.screen == Screen::PreQuestions);
    flow.answer("duoi_6", "khong");
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::Identity);
}

TEST_CASE("an unknown service id leaves the catalogue as it was") {
    kiosk::test::Flow flow;
    flow(act::OpenCatalogue{});
    flow(act::ChooseService{"khong-co"});
    CHECK(flow.session.screen == Screen::Catalogue);
    CHECK(flow.session.service == nullptr);
}

TEST_CASE("Continue on a page with a missing answer stays there and shows the error") {
    kiosk::test::Flow flow;
    flow.toFirstPage();
    flow(act::Continue{});  // page "nguoi_nop" is prefilled
    REQUIRE(flow.session.screen == Screen::Page);
    CHECK(flow.session.pageIndex == 1);
    CHECK(flow.session.errors.empty());  // nothing is shown before Continue (GOV.UK)
    flow.answer("co_anh_chi", "khong");
    flow(act::Continue{});
    CHECK(flow.session.pageIndex == 1);
    REQUIRE(flow.session.errors.size() == 1);
    CHECK(flow.session.errors[0].key == "ngay_sinh");
    flow.answer("ngay_sinh", "31/02/2025");
    flow(act::Continue{});
    CHECK(flow.session.pageIndex == 1);
    REQUIRE_FALSE(flow.session.errors.empty());
    flow.answer("ngay_sinh", "01/08/2025");
    flow(act::Continue{});
    CHECK(flow.session.errors.empty());
    CHECK(flow.session.pageIndex == 3);  // "anh_chi" is hidden: no siblings
}

TEST_CASE("progress counts the pages the answers can still reach, so the total never grows") {
    kiosk::test::Flow flow;
    flow.toFirstPage();
    auto progress = kiosk::core::pageProgress(flow.session, flow.today);
    REQUIRE(progress.has_value());
    CHECK(progress->step == 1);
    CHECK(progress->total == 4);  // "anh_chi" hangs on a question not answered yet
    flow.answer("co_anh_chi", "co");
    progress = kiosk::core::pageProgress(flow.session, flow.today);
    REQUIRE(progress.has_value());
    CHECK(progress->total == 4);
    flow.answer("co_anh_chi", "khong");
    progress = kiosk::core::pageProgress(flow.session, flow.today);
    REQUIRE(progress.has_value());
    CHECK(progress->total == 3);
}

TEST_CASE("a message goes the moment its box is right, before Continue, and others stay") {
    kiosk::test::Flow flow;
    flow.toFirstPage();
    flow(act::Continue{});
    REQUIRE(flow.session.pageIndex == 1);
    flow(act::Continue{});
    REQUIRE(flow.session.errors.size() == 2);
    flow.answer("ngay_sinh", "31/02/2025");  // still wrong: its message stays
    CHECK(flow.session.errors.size() == 2);
    flow.answer("ngay_sinh", "01/08/2025");
    REQUIRE(flow.session.errors.size() == 1);
    CHECK(flow.session.errors[0].key == "co_anh_chi");
    flow.answer("co_anh_chi", "khong");
    CHECK(flow.session.errors.empty());
}

TEST_CASE("Back walks the same way in reverse, skipping hidden pages") {
    kiosk::test::Flow flow;
    flow.toCheckAnswers();
    REQUIRE(flow.session.screen == Screen::CheckAnswers);
    flow(act::Back{});
    CHECK(flow.session.screen == Screen::Page);
    CHECK(flow.session.pageIndex == 3);
    flow(act::Back{});
    CHECK(flow.session.pageIndex == 1);
    flow(act::Back{});
    CHECK(flow.session.pageIndex == 0);
    flow(act::Back{});
    CHECK(flow.session.screen == Screen::Identity);
    flow(act::Back{});
    CHECK(flow.session.screen == Screen::PreQuestions);
    flow(act::Back{});
    CHECK(flow.session.screen == Screen::ServiceInfo);
    flow(act::Back{});
    CHECK(flow.session.screen == Screen::Catalogue);
    CHECK(flow.session.answers.empty());
}

TEST_CASE("a repeat page grows and shrinks within its limits") {
    kiosk::test::Flow flow;
    flow.toFirstPage();
    flow(act::Continue{});
    flow.answer("ngay_sinh", "01/08/2025");
    flow.answer("co_anh_chi", "co");
    flow(act::Continue{});
    REQUIRE(flow.session.pageIndex == 2);
    const auto& page = flow.session.service->pages[2];
    CHECK(kiosk::forms::repeatCount(page, flow.session.answers) == 1);
    flow(act::AddRepeat{"anh_chi"});
    flow(act::AddRepeat{"anh_chi"});
    flow(act::AddRepeat{"anh_chi"});
    CHECK(kiosk::forms::repeatCount(page, flow.session.answers) == 3);
    flow.answer("ten_anh_chi#1", "An");
    flow.answer("ten_anh_chi#2", "Bình");
    flow.answer("ten_anh_chi#3", "Chi");
    flow(act::RemoveRepeat{"anh_chi", 2});
    CHECK(kiosk::forms::repeatCount(page, flow.session.answers) == 2);
    CHECK(flow.session.answers.at("ten_anh_chi#2") == "Chi");
    flow(act::Continue{});
    CHECK(flow.session.pageIndex == 3);
}

TEST_CASE("consent: refusing explains and stays; agreeing moves to sending") {
    kiosk::test::Flow flow;
    flow.toCheckAnswers();
    flow(act::Continue{});
    REQUIRE(flow.session.screen == Screen::Consent);
    flow(act::RefuseConsent{});
    CHECK(flow.session.screen == Screen::Consent);
    CHECK(flow.session.consentRefused);
    CHECK_FALSE(flow.session.consentGiven);
    flow(act::Submit{});  // cannot send without consent
    CHECK(flow.store.filings.empty());
    flow(act::Back{});
    CHECK(flow.session.screen == Screen::CheckAnswers);
    flow(act::Continue{});
    flow(act::GiveConsent{});
    CHECK(flow.session.screen == Screen::Send);
    CHECK(flow.session.consentGiven);
}

TEST_CASE("consent: a staff member signed in at the kiosk cannot step past it for the citizen") {
    kiosk::test::Flow flow;
    flow.toCheckAnswers();
    flow.session.staffOperator = "CB-01";  // helping with the form
    flow(act::Continue{});
    REQUIRE(flow.session.screen == Screen::Consent);
    // Nothing but the citizen's own "Tôi đồng ý" goes on: not the step bar, not sending.
    flow(act::Continue{});
    flow(act::Submit{});
    CHECK(flow.session.screen == Screen::Consent);
    CHECK_FALSE(flow.session.consentGiven);
    CHECK(flow.store.filings.empty());
    flow(act::GiveConsent{});
    CHECK(flow.session.screen == Screen::Send);
}

TEST_CASE("the look-up screen answers only once a code is typed, and never invents a status") {
    kiosk::test::Flow flow;
    flow(act::OpenLookup{});
    REQUIRE(flow.session.screen == Screen::Lookup);
    flow(act::RunLookup{});
    CHECK_FALSE(flow.session.lookupAsked);
    flow(act::SetText{kiosk::core::TextTarget::LookupCode, "", "TEST-1"});
    flow(act::Continue{});
    CHECK(flow.session.lookupAsked);
    flow(act::Back{});
    CHECK(flow.session.screen == Screen::Home);
    CHECK(flow.session.lookupCode.empty());
}
