#pragma once
// A 32-bit RGB drawing surface for the synthetic card generator: filled shapes, FreeType text
// and QR codes, over a Leptonica image.
#include <cstdint>
#include <string>
#include <string_view>

#include "scanners/pix.hpp"

namespace scanners::cardgen {

struct Rgb {
    uint8_t r = 0, g = 0, b = 0;
};

class Font;

class Canvas {
public:
    Canvas(int width, int height, Rgb fill);

    int width() const { return m_width; }
    int height() const { return m_height; }

    // Blends `color` over the pixel with coverage 0..255.
    void blend(int x, int y, Rgb color, int coverage);
    void fillRect(int x, int y, int w, int h, Rgb color);
    void fillEllipse(int cx, int cy, int rx, int ry, Rgb color);
    // Draws `text` with its baseline at y; returns the pen position after the last glyph.
    int drawText(Font& font, int pixelSize, int x, int baseline, std::string_view text, Rgb color);
    // Draws a QR symbol of `text` (byte mode, level M) with its top-left corner at x,y.
    bool drawQr(std::string_view text, int x, int y, int moduleSize);

    PIX* pix() { return m_pix.get(); }
    PixPtr release() { return std::move(m_pix); }

private:
    int m_width;
    int m_height;
    PixPtr m_pix;
};

// A FreeType face at any pixel size; glyphs are rendered on demand.
class Font {
public:
    static std::unique_ptr<Font> load(const std::string& path);
    ~Font();
    Font(const Font&) = delete;
    Font& operator=(const Font&) = delete;

    // Advance width of `text` in pixels.
    int measure(int pixelSize, std::string_view text);
    // Calls `plot(x, y, coverage)` for every inked pixel of `text`; returns the final pen x.
    template <typename Plot>
    int render(int pixelSize, int x, int baseline, std::string_view text, Plot&& plot);

private:
    Font() = default;
    struct Glyph {
        const unsigned char* bitmap;
        int width, rows, pitch, left, top, advance;
    };
    bool glyph(int pixelSize, uint32_t codepoint, Glyph& out);

    void* m_library = nullptr;  // FT_Library, kept opaque so FreeType headers stay in one file
    void* m_face = nullptr;     // FT_Face
    int m_size = 0;
};

template <typename Plot>
int Font::render(int pixelSize, int x, int baseline, std::string_view text, Plot&& plot) {
    size_t i = 0;
    while (i < text.size()) {
        // UTF-8 decode; the generator only draws its own well-formed strings.
        const auto lead = static_cast<unsigned char>(text[i]);
        uint32_t cp = lead;
        size_t length = 1;
        if (lead >= 0xF0) { cp = lead & 0x07u; length = 4; }
        else if (lead >= 0xE0) { cp = lead & 0x0Fu; length = 3; }
        else if (lead >= 0xC0) { cp = lead & 0x1Fu; length = 2; }
        for (size_t k = 1; k < length && i + k < text.size(); ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
        }
        i += length;
        Glyph g{};
        if (!glyph(pixelSize, cp, g)) continue;
        for (int row = 0; row < g.rows; ++row) {
            for (int col = 0; col < g.width; ++col) {
                const int coverage = g.bitmap[row * g.pitch + col];
                if (coverage > 0) plot(x + g.left + col, baseline - g.top + row, coverage);
            }
        }
        x += g.advance;
    }
    return x;
}

}  // namespace scanners::cardgen
