// Submitting is the one durable step: the filing must carry only submittable answers and the
// fee, and a store failure must lose nothing. After success the personal data leaves memory.
#include <doctest/doctest.h>

#include "unit/core/sample_config.hpp"

using kiosk::core::Screen;
namespace act = kiosk::core::act;

namespace {

void toSend(kiosk::test::Flow& flow) {
    flow.toFirstPage();
    flow(act::Continue{});
    flow.answer("ngay_sinh", "01/08/2025");
    flow.answer("co_anh_chi", "khong");
    flow.answer("ten_anh_chi#1", "Không được gửi");  // on a hidden page
    flow(act::Continue{});
    flow.answer("so_ban", "2");
    flow(act::Continue{});
    REQUIRE(flow.session.screen == Screen::CheckAnswers);
    flow(act::Continue{});
    flow(act::GiveConsent{});
    REQUIRE(flow.session.screen == Screen::Send);
}

}  // namespace

TEST_CASE("submitting stores the visible answers and the fee, then shows the reference") {
    kiosk::test::Flow flow;
    toSend(flow);
    flow(act::Submit{});
    REQUIRE(flow.store.filings.size() == 1);
    const auto& filing = flow.store.filings[0];
    CHECK(filing.serviceId == "khai-sinh");
    CHECK(filing.serviceCode == "1.001193");
    CHECK(filing.feeVnd == 16000);
    CHECK(filing.answers.at("ho_ten") == "Lê Thị Hoa");
    CHECK(filing.answers.at("so_ban") == "2");
    CHECK(filing.answers.count("ten_anh_chi#1") == 0);
    CHECK(flow.session.screen == Screen::Receipt);
    CHECK(flow.session.reference == "TEST-1");
    CHECK(flow.session.answers.empty());
    CHECK(flow.session.identity.fullName.value.empty());
}

TEST_CASE("a store that refuses keeps every answer and says so") {
    kiosk::test::Flow flow;
    toSend(flow);
    flow.store.failNext = true;
    flow(act::Submit{});
    CHECK(flow.store.filings.empty());
    CHECK(flow.session.screen == Screen::Send);
    CHECK(flow.session.submitFailed);
    CHECK(flow.session.answers.at("ho_ten") == "Lê Thị Hoa");
    flow(act::Submit{});
    CHECK(flow.store.filings.size() == 1);
    CHECK_FALSE(flow.session.submitFailed);
}

TEST_CASE("Submit does nothing on any screen but the last") {
    kiosk::test::Flow flow;
    flow.toCheckAnswers();
    flow(act::Submit{});
    CHECK(flow.store.filings.empty());
    CHECK(flow.session.screen == Screen::CheckAnswers);
}
