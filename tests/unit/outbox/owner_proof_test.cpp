// What the outbox keeps for the proof of ownership (core/ownership.hpp): the look-up code from the
// portal's acknowledgement and the acknowledgement itself, both sealed (never in the database's
// files in the clear), and the applicant's ID number inside the filing's sealed content. And the
// bank's reference for a paid fee, kept with the payment.
#include <doctest/doctest.h>

#include "outbox_support.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

constexpr const char* kSecret = "K7M3PX";
constexpr const char* kMaHoSo = "000.00.00.H66-251122-0001";

struct Delivered : ClaimedFiling {
    std::string proof = std::string(R"({"body":"{\"lookup_code\":\")") + kSecret + R"(\"}"})";

    void deliver(const std::string& secret) {
        REQUIRE(box->markDelivered(id, {kMaHoSo, proof, receipt(), secret}).ok());
    }
};

}  // namespace

TEST_CASE("the look-up code and the acknowledgement are kept sealed, and read back") {
    Delivered d;
    d.deliver(kSecret);
    auto view = d.box->statusOf(kMaHoSo);
    REQUIRE(view.ok());
    REQUIRE(view->has_value());
    CHECK((*view)->lookupSecret == kSecret);
    auto proof = d.box->acknowledgementProof(d.id);
    REQUIRE(proof.ok());
    CHECK(*proof == d.proof);
    CHECK_FALSE(storedBytesContain(d.box->databasePath(), kSecret));
    // A second outbox on the same files (the kiosk after a restart) reads them too.
    auto again = outbox::Outbox::open(optionsIn(d.dir.path()));
    REQUIRE(again.ok());
    CHECK((*(*again)->statusOf(d.reference))->lookupSecret == kSecret);
}

TEST_CASE("an acknowledgement without a code leaves the filing without one") {
    Delivered d;
    d.deliver("");
    CHECK((*d.box->statusOf(d.reference))->lookupSecret.empty());
    CHECK(d.box->acknowledgementProof(d.id)->size() == d.proof.size());
}

TEST_CASE("the applicant's ID number matches only the applicant's, and nothing once shredded") {
    Delivered d;
    CHECK(*d.box->applicantIs(d.reference, d.citizen.idNumber));
    std::string other = d.citizen.idNumber;
    other.back() = other.back() == '9' ? '0' : static_cast<char>(other.back() + 1);
    CHECK_FALSE(*d.box->applicantIs(d.reference, other));
    CHECK_FALSE(*d.box->applicantIs(d.reference, ""));
    CHECK_FALSE(*d.box->applicantIs("KHONG-CO-1", d.citizen.idNumber));
    d.deliver(kSecret);
    CHECK(*d.box->applicantIs(kMaHoSo, d.citizen.idNumber));
    REQUIRE(d.box->destroyKey(d.id).ok());
    CHECK_FALSE(*d.box->applicantIs(kMaHoSo, d.citizen.idNumber));
}

TEST_CASE("a paid fee keeps the bank's reference") {
    Delivered d;
    d.deliver(kSecret);
    REQUIRE(d.box->requestPayment(d.reference).ok());
    outbox::PaymentView paid;
    paid.state = outbox::PaymentState::Paid;
    paid.attempt = 1;
    paid.paymentIntentId = "p-1";
    paid.amount = 8000;
    paid.paidAt = "2025-11-22T09:20:00+07:00";
    paid.bankReference = "FT25319000123";
    REQUIRE(d.box->storePayment(d.id, paid).ok());
    const auto view = **d.box->statusOf(d.reference);
    CHECK(view.payment.state == outbox::PaymentState::Paid);
    CHECK(view.payment.bankReference == "FT25319000123");
    CHECK(view.payment.paidAt == "2025-11-22T09:20:00+07:00");
}
