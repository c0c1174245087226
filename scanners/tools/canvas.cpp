#include "canvas.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <qrencode.h>

#include <algorithm>
#include <string>

namespace scanners::cardgen {

Canvas::Canvas(int width, int height, Rgb fill)
    : m_width(width), m_height(height), m_pix(own(pixCreate(width, height, 32))) {
    fillRect(0, 0, width, height, fill);
}

void Canvas::blend(int x, int y, Rgb color, int coverage) {
    if (x < 0 || y < 0 || x >= m_width || y >= m_height || coverage <= 0) return;
    l_uint32* line = pixGetData(m_pix.get()) + y * pixGetWpl(m_pix.get());
    l_int32 r = 0, g = 0, b = 0;
    extractRGBValues(line[x], &r, &g, &b);
    const auto mix = [coverage](int under, int over) {
        return (under * (255 - coverage) + over * coverage) / 255;
    };
    composeRGBPixel(mix(r, color.r), mix(g, color.g), mix(b, color.b), &line[x]);
}

void Canvas::fillRect(int x, int y, int w, int h, Rgb color) {
    for (int yy = std::max(0, y); yy < std::min(m_height, y + h); ++yy) {
        l_uint32* line = pixGetData(m_pix.get()) + yy * pixGetWpl(m_pix.get());
        for (int xx = std::max(0, x); xx < std::min(m_width, x + w); ++xx) {
            composeRGBPixel(color.r, color.g, color.b, &line[xx]);
        }
    }
}

void Canvas::fillEllipse(int cx, int cy, int rx, int ry, Rgb color) {
    for (int y = cy - ry; y <= cy + ry; ++y) {
        for (int x = cx - rx; x <= cx + rx; ++x) {
            const double dx = static_cast<double>(x - cx) / rx;
            const double dy = static_cast<double>(y - cy) / ry;
            if (dx * dx + dy * dy <= 1.0) blend(x, y, color, 255);
        }
    }
}

int Canvas::drawText(Font& font, int pixelSize, int x, int baseline, std::string_view text,
                     Rgb color) {
    return font.render(pixelSize, x, baseline, text,
                       [&](int px, int py, int coverage) { blend(px, py, color, coverage); });
}

bool Canvas::drawQr(std::string_view text, int x, int y, int moduleSize) {
    const std::string data(text);
    QRcode* code = QRcode_encodeData(static_cast<int>(data.size()),
                                     reinterpret_cast<const unsigned char*>(data.data()), 0,
                                     QR_ECLEVEL_M);
    if (code == nullptr) return false;
    const int quiet = 2 * moduleSize;
    fillRect(x, y, code->width * moduleSize + 2 * quiet, code->width * moduleSize + 2 * quiet,
             {255, 255, 255});
    for (int row = 0; row < code->width; ++row) {
        for (int col = 0; col < code->width; ++col) {
            if (code->data[row * code->width + col] & 1) {
                fillRect(x + quiet + col * moduleSize, y + quiet + row * moduleSize, moduleSize,
                         moduleSize, {0, 0, 0});
            }
        }
    }
    QRcode_free(code);
    return true;
}

std::unique_ptr<Font> Font::load(const std::string& path) {
    std::unique_ptr<Font> font(new Font());
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) != 0) return nullptr;
    font->m_library = library;
    FT_Face face = nullptr;
    if (FT_New_Face(library, path.c_str(), 0, &face) != 0) return nullptr;
    font->m_face = face;
    return font;
}

Font::~Font() {
    if (m_face != nullptr) FT_Done_Face(static_cast<FT_Face>(m_face));
    if (m_library != nullptr) FT_Done_FreeType(static_cast<FT_Library>(m_library));
}

bool Font::glyph(int pixelSize, uint32_t codepoint, Glyph& out) {
    auto face = static_cast<FT_Face>(m_face);
    if (pixelSize != m_size) {
        if (FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(pixelSize)) != 0) return false;
        m_size = pixelSize;
    }
    if (FT_Load_Char(face, codepoint, FT_LOAD_RENDER) != 0) return false;
    const FT_GlyphSlot slot = face->glyph;
    out = {slot->bitmap.buffer, static_cast<int>(slot->bitmap.width),
           static_cast<int>(slot->bitmap.rows), slot->bitmap.pitch, slot->bitmap_left,
           slot->bitmap_top, static_cast<int>(slot->advance.x >> 6)};
    return true;
}

int Font::measure(int pixelSize, std::string_view text) {
    return render(pixelSize, 0, 0, text, [](int, int, int) {});
}

}  // namespace scanners::cardgen
