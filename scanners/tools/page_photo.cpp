#include "page_photo.hpp"

#include <leptonica/allheaders.h>

#include <cmath>
#include <random>

#include "scanners/pix.hpp"

namespace scanners::cardgen {
namespace {

void darken(PIX* pix, int x, int y, int w, int h, int grey) {
    PixPtr patch = own(pixCreate(w, h, 8));
    pixSetAllArbitrary(patch.get(), static_cast<l_uint32>(grey));
    pixRasterop(pix, x, y, w, h, PIX_SRC, patch.get(), 0, 0);
}

// Words as bars of a text line's x-height, in paragraphs with ragged right edges, and a box
// like a form's stamp area: enough structure for a skew finder, no font needed.
void writeText(PIX* page, const PagePhotoStyle& style, std::mt19937& random) {
    const int margin = style.pageWidth / 10;
    const int lineHeight = (style.pageHeight - 2 * margin) / (style.lines + 4);
    const int barHeight = std::max(4, lineHeight * 2 / 5);
    std::uniform_int_distribution<int> word(lineHeight, lineHeight * 4), ink(20, 70);
    for (int line = 0; line < style.lines; ++line) {
        if (line % 8 == 7) continue;  // a paragraph break
        const int y = margin + line * lineHeight;
        const int right = style.pageWidth - margin - (line % 8 == 6 ? style.pageWidth / 3 : 0);
        for (int x = margin; x < right;) {
            const int w = std::min(word(random), right - x);
            if (w > lineHeight / 2) darken(page, x, y, w, barHeight, ink(random));
            x += w + lineHeight / 2;
        }
    }
    const int boxTop = style.pageHeight - margin - 4 * lineHeight;
    const int boxLeft = style.pageWidth / 2;
    const int t = std::max(2, barHeight / 3);
    darken(page, boxLeft, boxTop, style.pageWidth - margin - boxLeft, t, 30);
    darken(page, boxLeft, boxTop + 3 * lineHeight, style.pageWidth - margin - boxLeft, t, 30);
    darken(page, boxLeft, boxTop, t, 3 * lineHeight, 30);
    darken(page, style.pageWidth - margin - t, boxTop, t, 3 * lineHeight, 30);
}

// Light falling off from the top-left corner, as from a window or a lamp beside the kiosk.
void shade(PIX* photo, double strength) {
    const int w = pixGetWidth(photo), h = pixGetHeight(photo), wpl = pixGetWpl(photo);
    l_uint32* data = pixGetData(photo);
    for (int y = 0; y < h; ++y) {
        l_uint32* line = data + y * wpl;
        for (int x = 0; x < w; ++x) {
            const double fall = 1.0 - strength * (static_cast<double>(x) / w + static_cast<double>(y) / h) / 2;
            SET_DATA_BYTE(line, x, static_cast<l_uint8>(GET_DATA_BYTE(line, x) * fall));
        }
    }
}

}  // namespace

std::vector<unsigned char> photographPage(const PagePhotoStyle& style) {
    // Leptonica notes on stderr how it turns a 1-bpp outline; a generator has nothing to report.
    setMsgSeverity(L_SEVERITY_WARNING);
    std::mt19937 random(style.seed);
    PixPtr page = own(pixCreate(style.pageWidth, style.pageHeight, 8));
    pixSetAllArbitrary(page.get(), static_cast<l_uint32>(style.paperGrey));
    if (!style.blank) writeText(page.get(), style, random);

    // The page and its outline, centred on a photo-sized canvas, then turned together.
    PixPtr canvas = own(pixCreate(style.photoWidth, style.photoHeight, 8));
    PixPtr outline = own(pixCreate(style.photoWidth, style.photoHeight, 1));
    const int x = (style.photoWidth - style.pageWidth) / 2, y = (style.photoHeight - style.pageHeight) / 2;
    pixRasterop(canvas.get(), x, y, style.pageWidth, style.pageHeight, PIX_SRC, page.get(), 0, 0);
    pixRasterop(outline.get(), x, y, style.pageWidth, style.pageHeight, PIX_SET, nullptr, 0, 0);
    const float radians = static_cast<float>(style.rotationDeg * M_PI / 180.0);
    PixPtr turned = own(pixRotate(canvas.get(), radians, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
    PixPtr turnedOutline = own(pixRotate(outline.get(), radians, L_ROTATE_SHEAR, L_BRING_IN_WHITE, 0, 0));

    PixPtr photo = own(pixCreate(style.photoWidth, style.photoHeight, 8));
    pixSetAllArbitrary(photo.get(), static_cast<l_uint32>(style.deskGrey));
    pixCombineMasked(photo.get(), turned.get(), turnedOutline.get());
    shade(photo.get(), style.shading);
    if (style.noiseSigma > 0) photo = own(pixAddGaussianNoise(photo.get(), static_cast<float>(style.noiseSigma)));

    l_uint8* data = nullptr;
    size_t size = 0;
    pixWriteMemJpeg(&data, &size, photo.get(), style.jpegQuality, 0);
    std::vector<unsigned char> bytes(data, data + size);
    lept_free(data);
    return bytes;
}

}  // namespace scanners::cardgen
