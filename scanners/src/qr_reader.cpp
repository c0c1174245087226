// zxing-cpp 1.4: text() is std::wstring unless ZX_USE_UTF8 is defined before its headers.
#define ZX_USE_UTF8 1
#include "qr_reader.hpp"

#include <ZXing/ReadBarcode.h>

#include "wipe.hpp"

namespace scanners {

std::vector<std::string> readQrTexts(PIX* grey) {
    // Leptonica packs pixels into native-endian 32-bit words, so the bytes of a row are not in
    // pixel order on little-endian machines: copy them out for zxing's plain byte layout.
    const int width = pixGetWidth(grey);
    const int height = pixGetHeight(grey);
    std::vector<unsigned char> luminance(static_cast<size_t>(width) * static_cast<size_t>(height));
    for (int y = 0; y < height; ++y) {
        const l_uint32* line = pixGetData(grey) + y * pixGetWpl(grey);
        for (int x = 0; x < width; ++x) {
            luminance[static_cast<size_t>(y) * static_cast<size_t>(width) + static_cast<size_t>(x)] =
                static_cast<unsigned char>(GET_DATA_BYTE(line, x));
        }
    }
    const ZXing::ImageView view(luminance.data(), width, height, ZXing::ImageFormat::Lum);
    const auto hints = ZXing::DecodeHints()
                           .setFormats(ZXing::BarcodeFormat::QRCode)
                           .setTryHarder(true)
                           .setTryRotate(true)
                           .setCharacterSet("UTF-8");
    std::vector<std::string> texts;
    for (const auto& result : ZXing::ReadBarcodes(view, hints)) {
        if (result.isValid()) texts.push_back(result.text());
    }
    wipe(luminance);
    return texts;
}

}  // namespace scanners
