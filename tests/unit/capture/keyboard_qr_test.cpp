// A USB QR reader types the CCCD payload into whichever box has the keyboard; the identity
// step must recognise it there, and must not mistake a hand-typed number for it.
#include <doctest/doctest.h>

#include "kiosk/capture/keyboard_qr.hpp"

using kiosk::capture::identityFromTypedQr;

namespace {
const std::string kPayload = "001199012345||Nguyễn Thị Bình|15031999|Nữ|Số 5 Lê Lợi, Phường Hàng Bạc, Hà Nội|20042021";
}

TEST_CASE("a typed CCCD payload becomes an identity read from the QR") {
    const auto identity = identityFromTypedQr(kPayload);
    REQUIRE(identity);
    CHECK(identity->idNumber.value == "001199012345");
    CHECK(identity->fullName.value == "Nguyễn Thị Bình");
    CHECK(identity->dob.value == "15/03/1999");
    CHECK(identity->sex.value == "Nữ");
    CHECK(identity->issueDate.value == "20/04/2021");
    CHECK(identity->idNumber.source == scanners::FieldSource::Qr);
}

TEST_CASE("the payload is found after what the box already held, and with the reader's Enter") {
    CHECK(identityFromTypedQr("Nguy" + kPayload + "\r\n"));
    CHECK(identityFromTypedQr(kPayload + "\n"));
}

TEST_CASE("text that only looks a little like a payload is left alone") {
    CHECK_FALSE(identityFromTypedQr("001199012345"));          // the number typed by hand
    CHECK_FALSE(identityFromTypedQr("Nguyễn Thị Bình"));
    CHECK_FALSE(identityFromTypedQr("00109901234|x|y"));       // 11 digits
    CHECK_FALSE(identityFromTypedQr("9001199012345|x|y|1|2"));  // 13 digits
    CHECK_FALSE(identityFromTypedQr("001199012345|"));         // nothing after the number
    // The birth year digits disagree with the number's century/sex digit: fusion refuses it.
    CHECK_FALSE(identityFromTypedQr("001199012345||Nguyễn Thị Bình|15031899|Nữ|Hà Nội|20042021"));
    CHECK_FALSE(identityFromTypedQr(""));
}
