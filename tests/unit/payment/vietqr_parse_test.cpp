// The parser is how tests and staff check a QR before a citizen pays with it: it must decode
// every field of a real payload, and reject a payload whose CRC or structure is wrong, because
// bank apps reject those too.
#include <doctest/doctest.h>

#include "kiosk/payment/vietqr.hpp"

using namespace kiosk::payment;

namespace {

constexpr const char* kPublishedSample =
    "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA53037045406120000"
    "5802VN62170813ung ho lu lut6304C15C";

}  // namespace

TEST_CASE("the CRC is CRC-16/CCITT-FALSE") {
    CHECK(crc16CcittFalse("123456789") == 0x29B1);  // the algorithm's published check value
    CHECK(crcHex(0x0A3F) == "0A3F");
}

TEST_CASE("the published sample decodes to its fields") {
    const auto parsed = parseVietQr(kPublishedSample);
    REQUIRE(parsed.ok());
    CHECK(parsed->dynamic);
    CHECK(parsed->guid == "A000000727");
    CHECK(parsed->bankBin == "970415");
    CHECK(parsed->account == "0011001932418");
    CHECK(parsed->serviceCode == "QRIBFTTA");
    CHECK(parsed->currency == "704");
    CHECK(parsed->amount == "120000");
    CHECK(parsed->country == "VN");
    CHECK(parsed->purpose == "ung ho lu lut");
    CHECK(parsed->crc == "C15C");
}

TEST_CASE("what the builder writes, the parser reads back") {
    const VietQrRequest request{"970436", "1234567890", "35000", "KIOSK01-251122-0007"};
    const auto payload = buildVietQr(request);
    REQUIRE(payload.ok());
    const auto parsed = parseVietQr(*payload);
    REQUIRE(parsed.ok());
    CHECK(parsed->bankBin == request.bankBin);
    CHECK(parsed->account == request.account);
    CHECK(parsed->amount == request.amount);
    CHECK(parsed->purpose == request.purpose);
}

TEST_CASE("a single changed character is caught by the CRC") {
    std::string tampered = kPublishedSample;
    tampered.replace(tampered.find("120000"), 6, "920000");
    const auto parsed = parseVietQr(tampered);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == "vietqr.bad_crc");
}

TEST_CASE("a payload without a CRC at the end is refused") {
    const std::string sample = kPublishedSample;
    const auto parsed = parseVietQr(sample.substr(0, sample.size() - 8));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == "vietqr.not_vietqr");
}

TEST_CASE("a length that runs past the end is malformed") {
    const auto objects = parseObjects("000201015012");
    REQUIRE_FALSE(objects.ok());
    CHECK(objects.error().code == "vietqr.malformed");
    CHECK(objects.error().where == "byte 6");
}

TEST_CASE("an EMVCo QR for another scheme is not taken for VietQR") {
    std::string other = "000201010211"
                        "26200010A000000999010200"
                        "5303704"
                        "5802VN"
                        "6304";
    other += crcHex(crc16CcittFalse(other));
    const auto parsed = parseVietQr(other);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == "vietqr.not_vietqr");
}
