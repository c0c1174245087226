// OCR of the printed card is the only source for some fields (place of origin, the card title)
// and the fallback for all others. These tests feed it OCR-like lines of both card generations,
// with the usual damage (lost tone marks, a wrong letter in a label, O for 0), synthetic data.
#include <doctest/doctest.h>

#include <vector>

#include "scanners/printed_text.hpp"

using namespace scanners;

namespace {

std::vector<OcrLine> lines(std::initializer_list<const char*> texts, float confidence = 0.9f) {
    std::vector<OcrLine> out;
    for (const char* t : texts) out.push_back({t, confidence});
    return out;
}

}  // namespace

TEST_CASE("a CCCD 2021 front yields its labelled fields") {
    const auto card = parsePrintedText(lines({
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "CĂN CƯỚC CÔNG DÂN",
        "Citizen Identity Card",
        "Số / No.: 001093047064",
        "Họ và tên / Full name:",
        "ƯNG HOÀNG HIỆP",
        "Ngày sinh / Date of birth: 05/01/1993",
        "Giới tính / Sex: Nam Quốc tịch / Nationality: Việt Nam",
        "Quê quán / Place of origin:",
        "Xã Phú Xuân, Huyện Phú Vang, Thừa Thiên Huế",
        "Nơi thường trú / Place of residence: Phường Láng,",
        "Quận Đống Đa, Hà Nội",
        "Có giá trị đến: 05/01/2033",
    }));
    CHECK(card.cardType == CardType::Cccd2021);
    REQUIRE(card.idNumber);
    CHECK(card.idNumber->value == "001093047064");
    REQUIRE(card.fullName);
    CHECK(card.fullName->value == "Ưng Hoàng Hiệp");
    REQUIRE(card.dob);
    CHECK(card.dob->value == Date{1993, 1, 5});
    REQUIRE(card.sex);
    CHECK(card.sex->value == Sex::Male);
    REQUIRE(card.nationality);
    CHECK(card.nationality->value == "Việt Nam");
    REQUIRE(card.placeOfOrigin);
    CHECK(card.placeOfOrigin->value == "Xã Phú Xuân, Huyện Phú Vang, Thừa Thiên Huế");
    REQUIRE(card.address);
    CHECK(card.address->value == "Phường Láng, Quận Đống Đa, Hà Nội");
    REQUIRE(card.expiryDate);
    CHECK(card.expiryDate->value == Date{2033, 1, 5});
}

TEST_CASE("a Căn cước 2024 front and back yield their own labels") {
    const auto card = parsePrintedText(lines({
        "CĂN CƯỚC",
        "IDENTITY CARD",
        "Số định danh cá nhân / Personal identification number:",
        "079305001234",
        "Họ, chữ đệm và tên khai sinh / Surname, given names:",
        "TRẦN THỊ MAI",
        "Ngày, tháng, năm sinh / Date of birth: 09/03/2005",
        "Giới tính / Sex: Nữ",
        "Nơi cư trú / Place of residence:",
        "Phường Bến Nghé, Quận 1, TP Hồ Chí Minh",
        "Nơi đăng ký khai sinh / Place of birth:",
        "Phường Bến Nghé, Quận 1",
        "Ngày, tháng, năm cấp / Date of issue: 15/08/2024",
        "Ngày, tháng, năm hết hạn / Date of expiry: 09/03/2030",
    }));
    CHECK(card.cardType == CardType::CanCuoc2024);
    CHECK(card.idNumber->value == "079305001234");
    CHECK(card.fullName->value == "Trần Thị Mai");
    CHECK(card.dob->value == Date{2005, 3, 9});
    CHECK(card.sex->value == Sex::Female);
    REQUIRE(card.address);
    CHECK(card.address->value == "Phường Bến Nghé, Quận 1, TP Hồ Chí Minh");
    CHECK(card.issueDate->value == Date{2024, 8, 15});
    CHECK(card.expiryDate->value == Date{2030, 3, 9});
    CHECK_FALSE(card.placeOfOrigin);
}

TEST_CASE("'Không thời hạn' is read as a card without expiry") {
    const auto card = parsePrintedText(
        lines({"Ngày, tháng, năm hết hạn / Date of expiry: Không thời hạn"}));
    REQUIRE(card.expiryDate);
    CHECK_FALSE(card.expiryDate->value);
}

TEST_CASE("labels are found without tone marks and with one wrong letter") {
    const auto card = parsePrintedText(lines({
        "Ngay sinh / Date of birht: O5/01/1993",
        "Gioi tinh / Sex: Nu",
        "Ho va ten / Full nane: NGUYEN VAN AN",
    }));
    REQUIRE(card.dob);
    CHECK(card.dob->value == Date{1993, 1, 5});
    REQUIRE(card.sex);
    CHECK(card.sex->value == Sex::Female);
    REQUIRE(card.fullName);
    CHECK(card.fullName->value == "Nguyen Van An");
}

TEST_CASE("the back's issuer tells the generation when no title was read") {
    CHECK(parsePrintedText(lines({"CỤC TRƯỞNG CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH"})).cardType ==
          CardType::Cccd2021);
    CHECK(parsePrintedText(lines({"BỘ CÔNG AN"})).cardType == CardType::CanCuoc2024);
    CHECK(parsePrintedText(lines({"Độc lập - Tự do - Hạnh phúc"})).cardType ==
          CardType::Unknown);
}

TEST_CASE("an unlabelled 12-digit number is taken as the ID, shorter or longer runs are not") {
    CHECK(parsePrintedText(lines({"xx 001093047064 yy"})).idNumber->value == "001093047064");
    CHECK_FALSE(parsePrintedText(lines({"0010930470641"})).idNumber);
    CHECK_FALSE(parsePrintedText(lines({"00109304706"})).idNumber);
}

TEST_CASE("each value keeps the confidence of the line it came from") {
    std::vector<OcrLine> input{{"Ngày sinh / Date of birth: 05/01/1993", 0.42f},
                               {"Giới tính / Sex: Nam", 0.77f}};
    const auto card = parsePrintedText(input);
    CHECK(card.dob->confidence == doctest::Approx(0.42f));
    CHECK(card.sex->confidence == doctest::Approx(0.77f));
}

TEST_CASE("garbage, empty lines and invalid UTF-8 give an empty card, not a crash") {
    const auto card = parsePrintedText(lines({"", "\xff\xfe", "::::", "Ngày sinh:", "<<<<"}));
    CHECK_FALSE(card.idNumber);
    CHECK_FALSE(card.dob);
    CHECK(card.cardType == CardType::Unknown);
}

TEST_CASE("a garbled English half of a label is not taken for the value") {
    const auto card = parsePrintedText(lines({
        "Giới tính / Sex NỮ Quốc tịch / NationafftV: Việt Nam",
        "Ngày sinh / Dale ot blrth: 05/01/1993",
        "Quê quán / Plaec of orlgin: Xã Phú Xuân",
    }));
    REQUIRE(card.nationality);
    CHECK(card.nationality->value == "Việt Nam");
    REQUIRE(card.sex);
    CHECK(card.sex->value == Sex::Female);
    REQUIRE(card.dob);
    CHECK(card.dob->value == Date{1993, 1, 5});
    REQUIRE(card.placeOfOrigin);
    CHECK(card.placeOfOrigin->value == "Xã Phú Xuân");
}

TEST_CASE("a house number after 'Số' in an address is not an ID number label") {
    const auto card = parsePrintedText(lines({
        "Nơi thường trú / Place of residence:",
        "Số 106 Nguyễn Trãi, Phường Cửa Nam,",
        "Hà Nội",
    }));
    REQUIRE(card.address);
    CHECK(card.address->value == "Số 106 Nguyễn Trãi, Phường Cửa Nam, Hà Nội");
    CHECK_FALSE(card.idNumber);
}

TEST_CASE("specks and quotes OCR adds beside a printed name are not part of it") {
    for (const char* read : {"'VÕ XUÂN LONG", "VÕ XUÂN LONG.", "‘VÕ XUÂN LONG’", "- VÕ XUÂN LONG 1"}) {
        INFO(read);
        const auto card = parsePrintedText(lines({"Họ, chữ đệm và tên khai sinh / Surname, given names:", read}));
        REQUIRE(card.fullName);
        CHECK(card.fullName->value == "Võ Xuân Long");
    }
    // A tone mark written as a combining character at the very end stays with its letter.
    const auto card = parsePrintedText(lines({"Họ và tên / Full name:", "TRẦN THỊ HA\xCC\x80"}));
    REQUIRE(card.fullName);
    CHECK(card.fullName->value == "Trần Thị Hà");
}
