// A citizen's bank app must accept the QR the kiosk shows, so the payload has to match the
// published VietQR layout byte for byte, and bad settings must be refused with a clear reason
// instead of producing a QR that pays the wrong account or cannot be scanned.
#include <doctest/doctest.h>

#include "kiosk/payment/vietqr.hpp"

using namespace kiosk::payment;

namespace {

// The decoded sample of vietnam-domain.md §6.3 (from a public VietQR library's README).
constexpr const char* kPublishedSample =
    "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA53037045406120000"
    "5802VN62170813ung ho lu lut6304C15C";

VietQrRequest sampleRequest() { return {"970415", "0011001932418", "120000", "ung ho lu lut"}; }

}  // namespace

TEST_CASE("the published sample is reproduced byte for byte from its fields") {
    const auto payload = buildVietQr(sampleRequest());
    REQUIRE(payload.ok());
    CHECK(*payload == kPublishedSample);
    CHECK(payload->substr(payload->size() - 4) == "C15C");
}

TEST_CASE("a payment with an amount is dynamic and one without is static") {
    const auto dynamicQr = buildVietQr(sampleRequest());
    REQUIRE(dynamicQr.ok());
    CHECK(dynamicQr->find("010212") == 6);

    auto request = sampleRequest();
    request.amount.clear();
    const auto staticQr = buildVietQr(request);
    REQUIRE(staticQr.ok());
    CHECK(staticQr->find("010211") == 6);
    const auto parsed = parseVietQr(*staticQr);
    REQUIRE(parsed.ok());
    CHECK_FALSE(parsed->dynamic);
    CHECK(parsed->amount.empty());
    for (const auto& object : parsed->objects) CHECK(object.id != "54");
}

TEST_CASE("the filing code rides in 62/08 with Vietnamese marks stripped") {
    auto request = sampleRequest();
    request.purpose = "Lệ phí KIOSK01-251122-7";
    const auto payload = buildVietQr(request);
    REQUIRE(payload.ok());
    const auto parsed = parseVietQr(*payload);
    REQUIRE(parsed.ok());
    CHECK(parsed->purpose == "Le phi KIOSK01-251122-7");
}

TEST_CASE("an empty purpose leaves out the additional data object") {
    auto request = sampleRequest();
    request.purpose.clear();
    const auto payload = buildVietQr(request);
    REQUIRE(payload.ok());
    const auto parsed = parseVietQr(*payload);
    REQUIRE(parsed.ok());
    for (const auto& object : parsed->objects) CHECK(object.id != "62");
}

TEST_CASE("an amount that is not whole VND digits is refused") {
    for (const char* amount : {"12a000", "120.000", "-5", "120 000", "0", "0120000", "12345678901234"}) {
        CAPTURE(amount);
        auto request = sampleRequest();
        request.amount = amount;
        const auto payload = buildVietQr(request);
        REQUIRE_FALSE(payload.ok());
        CHECK(payload.error().code == "vietqr.bad_amount");
        CHECK(payload.error().where == "54");
    }
}

TEST_CASE("a bank BIN that is not exactly six digits is refused") {
    for (const char* bin : {"97041", "9704150", "97041X", ""}) {
        CAPTURE(bin);
        auto request = sampleRequest();
        request.bankBin = bin;
        const auto payload = buildVietQr(request);
        REQUIRE_FALSE(payload.ok());
        CHECK(payload.error().code == "vietqr.bad_bin");
        CHECK(payload.error().message.find("6 chữ số") != std::string::npos);
    }
}

TEST_CASE("an account with spaces, punctuation or over nineteen characters is refused") {
    for (const char* account : {"", "0011 0019", "0011-0019", "12345678901234567890", "abc123"}) {
        CAPTURE(account);
        auto request = sampleRequest();
        request.account = account;
        const auto payload = buildVietQr(request);
        REQUIRE_FALSE(payload.ok());
        CHECK(payload.error().code == "vietqr.bad_account");
    }
}

TEST_CASE("a purpose over twenty-five characters is refused, not cut") {
    auto request = sampleRequest();
    request.purpose = std::string(25, 'A');
    CHECK(buildVietQr(request).ok());
    request.purpose = std::string(26, 'A');
    const auto payload = buildVietQr(request);
    REQUIRE_FALSE(payload.ok());
    CHECK(payload.error().code == "vietqr.purpose_too_long");
}

TEST_CASE("a purpose with characters that have no ASCII form is refused") {
    auto request = sampleRequest();
    request.purpose = "Phí 办事";
    const auto payload = buildVietQr(request);
    REQUIRE_FALSE(payload.ok());
    CHECK(payload.error().code == "vietqr.purpose_not_ascii");
}
