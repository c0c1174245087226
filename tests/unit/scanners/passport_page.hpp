#pragma once
// A passport data page drawn at test time: a title, a printed name, then a TD3 zone in OCR-B
// (by default ICAO 9303's example), encoded as PNG. No real document is needed.
#include <leptonica/allheaders.h>

#include <string>
#include <vector>

#include "canvas.hpp"
#include "card_render.hpp"

namespace scanners::test {

inline constexpr const char* kExampleTd3Line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
inline constexpr const char* kExampleTd3Line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

// Empty when the fonts (fonts-noto-core, fonts-ocr-b) are missing.
inline std::vector<unsigned char> passportPagePng(const std::string& line1 = kExampleTd3Line1,
                                                  const std::string& line2 = kExampleTd3Line2) {
    auto fonts = cardgen::CardFonts::loadSystem();
    if (!fonts) return {};
    cardgen::Canvas page(1400, 980, {236, 238, 240});
    page.drawText(*fonts->bold, 40, 60, 90, "PASSPORT  PASSEPORT  UTOPIA", {30, 30, 60});
    page.drawText(*fonts->regular, 30, 420, 220, "SPECIMEN", {20, 20, 20});
    page.drawText(*fonts->ocrb, 40, 50, 840, line1, {10, 10, 10});
    page.drawText(*fonts->ocrb, 40, 50, 910, line2, {10, 10, 10});
    l_uint8* data = nullptr;
    size_t size = 0;
    if (pixWriteMemPng(&data, &size, page.pix(), 0.0f) != 0) return {};
    std::vector<unsigned char> bytes(data, data + size);
    lept_free(data);
    return bytes;
}

}  // namespace scanners::test
