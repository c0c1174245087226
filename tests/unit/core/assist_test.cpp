// A staff member helping a citizen at the kiosk (issue 14 item 2): the staff screen opened over
// the citizen's filing signs them in and joins it where it stood with every answer kept; consent
// stays the citizen's; the filing goes as kiosk_assisted under the helper's operator id; leaving,
// and every way a session ends, signs them out; nothing of the help reaches the next citizen.
// Each step is an audit entry. While helping, staff may type the identity for a reason and mark
// a document's original as seen; both are audited and leave with the helper.
#include <doctest/doctest.h>

#include "kiosk/core/assist.hpp"
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

TEST_CASE("identity typed while staff help: a reason first, audited without the data; a card read needs none") {
    AssistFlow flow;
    flow.toIdentity();
    flow.staffSignsIn();
    flow(act::JoinSession{});
    flow.identity("full_name", "Lê Thị Hoa");
    flow.identity("id_number", "079301000123");
    flow(act::Continue{});
    REQUIRE(flow.session.screen == Screen::Identity);
    REQUIRE(flow.session.errors.size() == 1);
    CHECK(flow.session.errors[0].key == core::kTypedIdentityReasonKey);
    // Typing more does not take the question away; a reason that is not one is not taken.
    flow.identity("full_name", "Lê Thị Hoa B");
    CHECK(flow.session.errors.size() == 1);
    flow(act::TypeIdentityByHand{"because"});
    CHECK(flow.session.typedIdentityReason.empty());
    flow(act::TypeIdentityByHand{"no_card"});
    CHECK(flow.session.typedIdentityReason == "no_card");
    CHECK(flow.session.errors.empty());
    CHECK(flow.logged(AuditKind::CardReadOverride, "no_card"));
    for (const auto& e : flow.audit.entries) CHECK(e.detail.find("079301000123") == std::string::npos);
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::Page);

    // A card the kiosk read: nothing to explain.
    AssistFlow carded;
    carded.toIdentity();
    carded.staffSignsIn();
    carded(act::JoinSession{});
    scanners::Identity card;
    card.fullName = {"Lê Thị Hoa", scanners::FieldSource::Qr, 0.99f};
    card.idNumber = {"079301000123", scanners::FieldSource::Qr, 0.99f};
    carded(act::ApplyIdentity{card});
    carded(act::Continue{});
    CHECK(carded.session.screen == Screen::Page);
    CHECK(carded.session.typedIdentityReason.empty());
    CHECK_FALSE(carded.logged(AuditKind::CardReadOverride, "no_card"));
    // A citizen alone is never asked.
    kiosk::test::Flow alone;
    alone.toFirstPage();
    CHECK(alone.session.screen == Screen::Page);
}

TEST_CASE("a reason the audit log cannot keep is not taken, and the filing waits for one") {
    AssistFlow flow;
    flow.toIdentity();
    flow.staffSignsIn();
    flow(act::JoinSession{});
    flow.identity("full_name", "Lê Thị Hoa");
    flow.identity("id_number", "079301000123");
    flow.audit.failing = true;
    flow(act::TypeIdentityByHand{"card_damaged"});
    CHECK(flow.session.typedIdentityReason.empty());
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::Identity);
    flow.audit.failing = false;
    flow(act::TypeIdentityByHand{"card_damaged"});
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::Page);
}

TEST_CASE("originals seen by the helper travel with the filing as slot ids, each change audited") {
    AssistFlow flow;
    auto edited = std::make_shared<kiosk::config::Config>(*flow.config);
    auto paper = kiosk::test::makeField("giay_to", kiosk::forms::FieldType::Document, false);
    paper.document = "giay_chung_sinh";
    edited->services[0].pages[0].fields.push_back(paper);
    flow.config = edited;
    flow.session = core::newSession(flow.config);
    flow.toFirstPage();
    REQUIRE(flow.session.screen == Screen::Page);
    // The citizen alone cannot say staff saw it.
    flow(act::MarkOriginalSeen{"giay_to", true});
    CHECK(flow.session.originalsSeen.empty());
    flow.staffSignsIn();
    flow(act::JoinSession{});
    flow(act::MarkOriginalSeen{"giay_to", true});
    flow(act::MarkOriginalSeen{"giay_to", true});  // once is enough
    flow(act::MarkOriginalSeen{"ho_ten", true});   // not a document
    CHECK(flow.session.originalsSeen == std::set<std::string>{"giay_to"});
    flow(act::MarkOriginalSeen{"giay_to", false});
    CHECK(flow.session.originalsSeen.empty());
    flow(act::MarkOriginalSeen{"giay_to", true});
    int seen = 0, withdrawn = 0;
    for (const auto& e : flow.audit.entries) {
        if (e.kind != AuditKind::OriginalSeen) continue;
        CHECK(e.operatorId == "CB-01");
        if (e.detail == "giay_chung_sinh") ++seen;
        if (e.detail == "giay_chung_sinh:withdrawn") ++withdrawn;
    }
    CHECK(seen == 2);
    CHECK(withdrawn == 1);

    flow(act::Continue{});
    flow.answer("ngay_sinh", "01/08/2025");
    flow.answer("co_anh_chi", "khong");
    flow(act::Continue{});
    flow(act::Continue{});
    REQUIRE(flow.session.screen == Screen::CheckAnswers);
    flow(act::Continue{});
    flow(act::GiveConsent{});
    flow(act::Submit{});
    REQUIRE(flow.store.filings.size() == 1);
    CHECK(flow.store.filings[0].originalsSeen == std::vector<std::string>{"giay_chung_sinh"});
    // The next filing starts with none.
    flow(act::Finish{});
    flow(act::SkipRating{});
    CHECK(flow.session.originalsSeen.empty());
}

TEST_CASE("staff who leave take what they vouched for with them: no reason, no originals, a kiosk filing") {
    AssistFlow flow;
    flow.toIdentity();
    flow.staffSignsIn();
    flow(act::JoinSession{});
    flow(act::TypeIdentityByHand{"card_damaged"});
    REQUIRE(flow.session.typedIdentityReason == "card_damaged");
    flow(act::LeaveSession{});
    CHECK(flow.session.typedIdentityReason.empty());
    CHECK(flow.session.originalsSeen.empty());
    // Alone again, the citizen is not asked for a staff member's reason, and cannot give one.
    flow(act::TypeIdentityByHand{"no_card"});
    CHECK(flow.session.typedIdentityReason.empty());
    flow.identity("full_name", "Lê Thị Hoa");
    flow.identity("id_number", "079301000123");
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::Page);
}
