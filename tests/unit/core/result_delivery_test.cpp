// How the result is received, chosen on check answers: the desk unless the citizen taps another
// way; post starts from the card's address, refuses to go on without one, and adds its fee to
// what the filing and the receipt say is due.
#include <doctest/doctest.h>

#include "kiosk/core/result_delivery.hpp"
#include "unit/core/sample_config.hpp"

using kiosk::core::Screen;
using kiosk::forms::ResultDelivery;
namespace act = kiosk::core::act;

namespace {

constexpr const char* kCardAddress = "Thôn 3, Xã Hòa Phú, Tỉnh Đắk Lắk";

void toCheckAnswersWithAddress(kiosk::test::Flow& flow) {
    flow.toIdentity();
    flow.identity("full_name", "Lê Thị Hoa");
    flow.identity("id_number", "079301000123");
    flow.identity("address", kCardAddress);
    flow(act::Continue{});
    flow(act::Continue{});
    flow.answer("ngay_sinh", "01/08/2025");
    flow.answer("co_anh_chi", "khong");
    flow(act::Continue{});
    flow(act::Continue{});
    REQUIRE(flow.session.screen == Screen::CheckAnswers);
}

void sendFromCheckAnswers(kiosk::test::Flow& flow) {
    flow(act::Continue{});
    REQUIRE(flow.session.screen == Screen::Consent);
    flow(act::GiveConsent{});
    flow(act::Submit{});
    REQUIRE(flow.store.filings.size() == 1);
}

}  // namespace

TEST_CASE("without a tap the result is collected at the desk, with nothing added to the fee") {
    kiosk::test::Flow flow;
    toCheckAnswersWithAddress(flow);
    CHECK(flow.session.delivery == ResultDelivery::Desk);
    CHECK(kiosk::core::postFeeDue(flow.session) == 0);
    sendFromCheckAnswers(flow);
    const auto& filing = flow.store.filings[0];
    CHECK(filing.delivery == ResultDelivery::Desk);
    CHECK(filing.postAddress.empty());
    CHECK(filing.postFeeVnd == 0);
    CHECK(flow.session.receipt.delivery == ResultDelivery::Desk);
}

TEST_CASE("post starts from the card's address, may be changed, and adds its fee to the filing and receipt") {
    kiosk::test::Flow flow;
    toCheckAnswersWithAddress(flow);
    flow(act::ChooseDelivery{ResultDelivery::Post});
    CHECK(flow.session.delivery == ResultDelivery::Post);
    CHECK(flow.session.postAddress == kCardAddress);
    CHECK(kiosk::core::postFeeDue(flow.session) == 25000);
    flow(act::SetText{kiosk::core::TextTarget::PostAddress, "", "  Số 5, Thôn 1, Xã Hòa Phú  "});
    sendFromCheckAnswers(flow);
    const auto& filing = flow.store.filings[0];
    CHECK(filing.delivery == ResultDelivery::Post);
    CHECK(filing.postAddress == "Số 5, Thôn 1, Xã Hòa Phú");
    CHECK(filing.postFeeVnd == 25000);
    CHECK(filing.totalVnd() == 25000);  // no copies asked: the procedure itself is free
    CHECK(flow.session.receipt.feeVnd == 25000);
    CHECK(flow.session.receipt.postFeeVnd == 25000);
    CHECK(flow.session.awaitingPayment);  // the post fee alone is due by VietQR
    // The address was personal data: it left the session with the answers.
    CHECK(flow.session.postAddress.empty());
}

TEST_CASE("post without an address stays on check answers with a message, until one is written") {
    kiosk::test::Flow flow;
    toCheckAnswersWithAddress(flow);
    flow(act::ChooseDelivery{ResultDelivery::Post});
    flow(act::SetText{kiosk::core::TextTarget::PostAddress, "", "   "});
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::CheckAnswers);
    REQUIRE(flow.session.errors.size() == 1);
    CHECK(flow.session.errors[0].key == kiosk::core::kPostAddressKey);
    flow(act::SetText{kiosk::core::TextTarget::PostAddress, "", "Thôn 2"});
    CHECK(flow.session.errors.empty());
    flow(act::Continue{});
    CHECK(flow.session.screen == Screen::Consent);
}

TEST_CASE("a way the service does not allow, or a choice off check answers, changes nothing") {
    kiosk::test::Flow flow;
    toCheckAnswersWithAddress(flow);
    flow(act::ChooseDelivery{ResultDelivery::Electronic});
    CHECK(flow.session.delivery == ResultDelivery::Desk);
    flow(act::Continue{});
    flow(act::ChooseDelivery{ResultDelivery::Post});
    CHECK(flow.session.screen == Screen::Consent);
    CHECK(flow.session.delivery == ResultDelivery::Desk);
}

TEST_CASE(
    "going back to the desk after post drops the post fee but keeps the typed address for another change of mind") {
    kiosk::test::Flow flow;
    toCheckAnswersWithAddress(flow);
    flow(act::ChooseDelivery{ResultDelivery::Post});
    flow(act::ChooseDelivery{ResultDelivery::Desk});
    CHECK(kiosk::core::postFeeDue(flow.session) == 0);
    sendFromCheckAnswers(flow);
    CHECK(flow.store.filings[0].postAddress.empty());
    CHECK(flow.store.filings[0].postFeeVnd == 0);
}

TEST_CASE("the wire names of the ways go both ways and nothing else is one") {
    for (auto way : {ResultDelivery::Desk, ResultDelivery::Post, ResultDelivery::Electronic}) {
        CHECK(kiosk::core::deliveryFromName(kiosk::core::deliveryName(way)) == way);
    }
    CHECK_FALSE(kiosk::core::deliveryFromName("buu_dien").has_value());
    CHECK_FALSE(kiosk::core::deliveryFromName("").has_value());
}
