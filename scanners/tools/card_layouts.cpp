// The four card sides. Positions approximate the real cards so that OCR meets the same label
// order and line structure; colours and ornaments are deliberately plain.
#include "card_painter.hpp"
#include "scanners/civil.hpp"
#include "scanners/unicode.hpp"

namespace scanners::cardgen {
namespace {

constexpr Rgb kCccdBackground{222, 236, 232};
constexpr Rgb kCanCuocBackground{238, 230, 224};

constexpr const char* kFeatures[] = {
    "Nốt ruồi C: 1cm trên sau đuôi mắt trái", "Sẹo chấm C: 2cm dưới trước mép phải",
    "Nốt ruồi C: 1,5cm dưới cánh mũi phải", "Sẹo chấm C: 1cm trên đầu mày trái"};

void nationalHeader(CardPainter& p, double centreX, double top) {
    p.centred(centreX, top, 2.1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true);
    p.centred(centreX, top + 3.0, 2.0, "Độc lập - Tự do - Hạnh phúc", true);
}

std::string expiryText(const synth::Person& person) {
    return person.expiryDate ? formatDate(*person.expiryDate) : "Không thời hạn";
}

}  // namespace

void paintCccd2021Front(CardPainter& p, const synth::Person& person) {
    p.guilloche(kCccdBackground);
    p.emblem(3, 3, 12);
    nationalHeader(p, 50, 5);
    p.centred(50, 13.5, 3.4, "CĂN CƯỚC CÔNG DÂN", true, kRed);
    p.centred(50, 17, 2.0, "Citizen Identity Card", false);
    p.portrait(3, 19, 19, 25);
    p.text(2.5, 48, 1.45, "Có giá trị đến: " + expiryText(person));
    p.field(25, 21.5, 2.0, "Số / No.:", person.idNumber);
    p.text(25, 25, 1.8, "Họ và tên / Full name:");
    p.text(25, 28.5, 2.6, unicode::toUpper(person.fullName), true);
    p.field(25, 32, 1.8, "Ngày sinh / Date of birth:", formatDate(person.dob));
    p.field(25, 35.5, 1.8, "Giới tính / Sex:", sexLabel(person.sex));
    p.field(52, 35.5, 1.8, "Quốc tịch / Nationality:", "Việt Nam");
    p.text(25, 39, 1.8, "Quê quán / Place of origin:");
    p.text(25, 42, 1.9, person.placeOfOrigin, true);
    p.text(25, 45.5, 1.8, "Nơi thường trú / Place of residence:");
    double y = 48.5;
    for (const auto& line : p.wrap(person.address, 1.9, 58)) {
        p.text(25, y, 1.9, line, true);
        y += 3.0;
    }
}

void paintCccd2021Back(CardPainter& p, const synth::Person& person, synth::Random& random) {
    p.guilloche(kCccdBackground);
    p.text(3, 5, 1.7, "Đặc điểm nhận dạng / Personal identification:");
    p.text(3, 8.5, 1.8, kFeatures[random.between(0, 3)], true);
    p.field(3, 13, 1.7, "Ngày, tháng, năm / Date, month, year:", formatDate(person.issueDate));
    p.text(3, 17, 1.7, "CỤC TRƯỞNG CỤC CẢNH SÁT", true);
    p.text(3, 20, 1.7, "QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", true);
    p.chip(8, 24);
    p.qr(synth::qrPayloadFor(person), 60, 2, 22);
    p.mrz(synth::mrzFor(person), 36);
}

void paintCanCuoc2024Front(CardPainter& p, const synth::Person& person) {
    p.guilloche(kCanCuocBackground);
    p.emblem(3, 3, 12);
    nationalHeader(p, 42, 5);
    p.centred(42, 13.5, 3.6, "CĂN CƯỚC", true, kRed);
    p.centred(42, 17, 2.0, "IDENTITY CARD", false);
    p.qr(synth::qrPayloadFor(person), 66.5, 2, 17);
    p.portrait(3, 20, 19, 25);
    p.text(25, 23, 1.6, "Số định danh cá nhân / Personal identification number:");
    p.text(25, 27, 2.6, person.idNumber, true);
    p.text(25, 31, 1.6, "Họ, chữ đệm và tên khai sinh / Surname, given names:");
    p.text(25, 35, 2.6, unicode::toUpper(person.fullName), true);
    p.field(25, 39.5, 1.7, "Ngày, tháng, năm sinh / Date of birth:", formatDate(person.dob));
    p.field(25, 43.5, 1.7, "Giới tính / Sex:", sexLabel(person.sex));
    p.field(52, 43.5, 1.7, "Quốc tịch / Nationality:", "Việt Nam");
}

void paintCanCuoc2024Back(CardPainter& p, const synth::Person& person, synth::Random& random) {
    p.guilloche(kCanCuocBackground);
    p.text(3, 5, 1.7, "Nơi cư trú / Place of residence:");
    double y = 8.5;
    for (const auto& line : p.wrap(person.address, 1.9, 55)) {
        p.text(3, y, 1.9, line, true);
        y += 3.2;
    }
    p.text(3, 16, 1.7, "Nơi đăng ký khai sinh / Place of birth:");
    p.text(3, 19.5, 1.9, person.placeOfOrigin, true);
    p.field(3, 24, 1.7, "Ngày, tháng, năm cấp / Date of issue:", formatDate(person.issueDate));
    p.field(3, 28, 1.7, "Ngày, tháng, năm hết hạn / Date of expiry:", expiryText(person));
    p.text(3, 32.5, 1.7, "BỘ CÔNG AN / MINISTRY OF PUBLIC SECURITY", true);
    p.chip(68, 4 + random.between(0, 2));
    p.mrz(synth::mrzFor(person), 36);
}

std::optional<CardFonts> CardFonts::loadSystem() {
    CardFonts fonts;
    fonts.regular = Font::load("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf");
    fonts.bold = Font::load("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf");
    fonts.ocrb = Font::load("/usr/share/fonts/opentype/ocr-b/OCRB.otf");
    if (!fonts.regular || !fonts.bold || !fonts.ocrb) return std::nullopt;
    return fonts;
}

PixPtr renderCard(const synth::Person& person, Side side, CardFonts& fonts,
                  synth::Random& random) {
    const bool canCuoc = person.cardType == CardType::CanCuoc2024;
    CardPainter painter(fonts, random, canCuoc ? kCanCuocBackground : kCccdBackground);
    if (canCuoc) {
        side == Side::Front ? paintCanCuoc2024Front(painter, person)
                            : paintCanCuoc2024Back(painter, person, random);
    } else {
        side == Side::Front ? paintCccd2021Front(painter, person)
                            : paintCccd2021Back(painter, person, random);
    }
    return painter.finish();
}

}  // namespace scanners::cardgen
