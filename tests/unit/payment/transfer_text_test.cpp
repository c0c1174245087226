// Bank transfer descriptions are ASCII and the filing code inside them is how a payment is
// matched to its filing, so marks must be stripped without changing case, and anything that
// cannot be carried must be refused rather than mangled.
#include <doctest/doctest.h>

#include "kiosk/payment/transfer_text.hpp"

using namespace kiosk::payment;

TEST_CASE("Vietnamese letters lose their marks and keep their case") {
    const auto out = toTransferText("Đăng Ký Khai Sinh ưu tiên ỞẾỴ", 100);
    REQUIRE(out.ok());
    CHECK(*out == "Dang Ky Khai Sinh uu tien OEY");
}

TEST_CASE("decomposed input is treated like composed input") {
    const auto out = toTransferText("Nguye\xcc\x82\xcc\x83n", 100);
    REQUIRE(out.ok());
    CHECK(*out == "Nguyen");
}

TEST_CASE("printable ASCII passes through unchanged") {
    const std::string ascii = "000.00.01.H26-260930-0012";
    const auto out = toTransferText(ascii, 25);
    REQUIRE(out.ok());
    CHECK(*out == ascii);
}

TEST_CASE("the length limit counts characters after stripping") {
    CHECK(toTransferText("ệệệệệ", 5).ok());
    const auto tooLong = toTransferText("ệệệệệệ", 5);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().code == "vietqr.purpose_too_long");
}

TEST_CASE("control characters, symbols and invalid UTF-8 are refused") {
    for (const char* bad : {"a\tb", "50€", "x\xff", "漢"}) {
        CAPTURE(bad);
        const auto out = toTransferText(bad, 25);
        REQUIRE_FALSE(out.ok());
        CHECK(out.error().code == "vietqr.purpose_not_ascii");
    }
}
