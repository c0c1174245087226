// A staff member helping a citizen at the kiosk (issue 14 item 2): the staff screen opened over
// the citizen's filing signs them in and joins it where it stood with every answer kept; consent
// stays the citizen's; the filing goes as kiosk_assisted under the helper's operator id; leaving,
// and every way a session ends, signs them out; nothing of the help reaches the next citizen.
// Each step is an audit entry.
#include <doctest/doctest.h>

#include "sample_config.hpp"

namespace core = kiosk::core;
namespace act = kiosk::core::act;
using core::AuditKind;
using core::Screen;

namespace {

struct AssistFlow : kiosk::test::Flow {
    AssistFlow() { staff.add("CB-01", "246810"); }
    // The hidden corner's five taps on the screen the citizen is at, then the PIN.
    void staffSignsIn() {
        (*this)(act::OpenStaff{});
        REQUIRE(session.screen == Screen::Staff);
        REQUIRE(signIn("CB-01", "246810"));
        REQUIRE(session.staffOperator == "CB-01");
    }
    bool logged(AuditKind kind, const std::string& detail) const {
        for (const auto& e : audit.entries) {
            if (e.kind == kind && e.operatorId == "CB-01" && e.detail == detail) return true;
        }
        return false;
    }
};

}  // namespace

TEST_CASE("staff join a citizen's filing without losing an answer, and the filing is kiosk_assisted") {
    AssistFlow flow;
    flow.toFirstPage();
    flow.answer("ngay_sinh", "01/08/2025");
    const Screen before = flow.session.screen;
    const int page = flow.session.pageIndex;
    const auto answers = flow.session.answers;
    const auto typedIdentity = flow.session.identityInput;

    flow.staffSignsIn();
    CHECK(flow.session.assistedBy.empty());  // signed in is not yet helping
    flow(act::JoinSession{});
    CHECK(flow.session.screen == before);
    CHECK(flow.session.pageIndex == page);
    CHECK(flow.session.answers == answers);
    CHECK(flow.session.identityInput == typedIdentity);
    CHECK(flow.session.assistedBy == "CB-01");
    CHECK(flow.logged(AuditKind::AssistSession, "join"));
    // Nobody opens the staff screen again over a session someone already helps with.
    flow(act::OpenStaff{});
    CHECK(flow.session.screen == before);

    flow(act::Continue{});
    flow.answer("co_anh_chi", "khong");
    flow(act::Continue{});
    flow(act::Continue{});
    REQUIRE(flow.session.screen == Screen::CheckAnswers);
    flow(act::Continue{});
    REQUIRE(flow.session.screen == Screen::Consent);
    // The helper cannot step past consent: not the step bar, not sending.
    flow(act::Continue{});
    flow(act::Submit{});
    CHECK(flow.session.screen == Screen::Consent);
    CHECK(flow.store.filings.empty());
    flow(act::GiveConsent{});  // the citizen's own touch
    flow(act::Submit{});
    REQUIRE(flow.session.screen == Screen::Receipt);
    REQUIRE(flow.store.filings.size() == 1);
    CHECK(flow.store.filings[0].channel == core::Channel::KioskAssisted);
    CHECK(flow.store.filings[0].assistedBy == "CB-01");
    CHECK(std::string(core::channelName(flow.store.filings[0].channel)) == "kiosk_assisted");
    const auto& submitted = flow.audit.entries.back();
    CHECK(submitted.kind == AuditKind::AssistSession);
    CHECK(submitted.detail == "submitted");
    CHECK(submitted.filingId == flow.session.reference);

    // The session ends: the helper is signed out and the next citizen starts alone.
    flow(act::Finish{});
    flow(act::SkipRating{});
    CHECK(flow.session.screen == Screen::Home);
    CHECK(flow.session.assistedBy.empty());
    CHECK(flow.session.staffOperator.empty());
    CHECK(flow.logged(AuditKind::AssistSession, "leave"));
    CHECK(flow.audit.entries.back().kind == AuditKind::SignOut);
    CHECK_FALSE(flow.session.inUse());
    flow.toCheckAnswers();
    flow(act::Continue{});
    flow(act::GiveConsent{});
    flow(act::Submit{});
    REQUIRE(flow.store.filings.size() == 2);
    CHECK(flow.store.filings[1].channel == core::Channel::Kiosk);
    CHECK(flow.store.filings[1].assistedBy.empty());
}

TEST_CASE("staff who leave hand the kiosk back to the citizen alone, signed out, answers kept") {
    AssistFlow flow;
    flow.toCheckAnswers();
    flow.staffSignsIn();
    flow(act::JoinSession{});
    REQUIRE(flow.session.screen == Screen::CheckAnswers);
    const auto answers = flow.session.answers;
    flow(act::LeaveSession{});
    CHECK(flow.session.screen == Screen::CheckAnswers);
    CHECK(flow.session.answers == answers);
    CHECK(flow.session.assistedBy.empty());
    CHECK(flow.session.staffOperator.empty());
    REQUIRE(flow.audit.entries.size() >= 3);
    CHECK(flow.audit.entries[flow.audit.entries.size() - 2].detail == "leave");
    CHECK(flow.audit.entries.back().kind == AuditKind::SignOut);
    flow(act::Continue{});
    flow(act::GiveConsent{});
    flow(act::Submit{});
    REQUIRE(flow.store.filings.size() == 1);
    CHECK(flow.store.filings[0].channel == core::Channel::Kiosk);
}

TEST_CASE("Back from the staff screen opened over a filing returns to it and signs out") {
    AssistFlow flow;
    flow.toIdentity();
    flow.identity("full_name", "Lê Thị Hoa");
    flow.staffSignsIn();
    flow(act::Back{});
    CHECK(flow.session.screen == Screen::Identity);
    CHECK(flow.session.identityInput.at("full_name") == "Lê Thị Hoa");
    CHECK(flow.session.staffOperator.empty());
    CHECK(flow.audit.entries.back().kind == AuditKind::SignOut);
    // Joining needs someone signed in on the staff screen.
    flow(act::JoinSession{});
    CHECK(flow.session.assistedBy.empty());
}

TEST_CASE("the idle timeout while staff help signs them out and leaves nothing of the help") {
    AssistFlow flow;
    flow.toFirstPage();
    flow.staffSignsIn();
    flow(act::JoinSession{});
    flow(act::Timeout{});
    CHECK(flow.session.screen == Screen::Home);
    CHECK(flow.session.assistedBy.empty());
    CHECK(flow.session.answers.empty());
    CHECK(flow.logged(AuditKind::AssistSession, "leave"));
    CHECK(flow.logged(AuditKind::SignOut, "idle"));
}

TEST_CASE("without an audit entry nobody joins: helping unrecorded is refused") {
    AssistFlow flow;
    flow.toFirstPage();
    flow.staffSignsIn();
    flow.audit.failing = true;
    flow(act::JoinSession{});
    CHECK(flow.session.screen == Screen::Staff);
    CHECK(flow.session.assistedBy.empty());
}
