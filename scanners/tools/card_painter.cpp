#include "card_painter.hpp"

#include <algorithm>
#include <cmath>

namespace scanners::cardgen {
namespace {

constexpr double kCardWidthMm = 85.6;
constexpr double kCardHeightMm = 54.0;
constexpr double kMrzPitchMm = 2.54;  // ICAO 9303: 10 characters per inch
constexpr double kMrzLineSpacingMm = 4.0;

Rgb darker(Rgb c, int by) {
    const auto d = [by](uint8_t v) { return static_cast<uint8_t>(v > by ? v - by : 0); };
    return {d(c.r), d(c.g), d(c.b)};
}

}  // namespace

CardPainter::CardPainter(CardFonts& fonts, synth::Random& random, Rgb background)
    : m_fonts(fonts),
      m_random(random),
      m_canvas(px(kCardWidthMm), px(kCardHeightMm), background) {}

double CardPainter::text(double x, double y, double size, std::string_view s, bool bold,
                         Rgb color) {
    Font& font = bold ? *m_fonts.bold : *m_fonts.regular;
    const int end = m_canvas.drawText(font, pixelSize(size), px(x), px(y), s, color);
    return static_cast<double>(end) / kPixelsPerMm;
}

void CardPainter::centred(double centreX, double y, double size, std::string_view s, bool bold,
                          Rgb color) {
    Font& font = bold ? *m_fonts.bold : *m_fonts.regular;
    const double width = static_cast<double>(font.measure(pixelSize(size), s)) / kPixelsPerMm;
    text(centreX - width / 2, y, size, s, bold, color);
}

void CardPainter::field(double x, double y, double size, std::string_view label,
                        std::string_view value) {
    const double end = text(x, y, size, std::string(label) + " ", false);
    text(end + 0.5, y, size * 1.1, value, true);
}

std::vector<std::string> CardPainter::wrap(std::string_view s, double size, double width) {
    std::vector<std::string> lines;
    std::string current;
    size_t start = 0;
    while (start < s.size()) {
        size_t comma = s.find(", ", start);
        const size_t end = comma == std::string_view::npos ? s.size() : comma + 1;
        const std::string piece(s.substr(start, end - start));
        const std::string candidate = current.empty() ? piece : current + " " + piece;
        const double w = static_cast<double>(m_fonts.bold->measure(pixelSize(size), candidate)) /
                         kPixelsPerMm;
        if (w > width && !current.empty()) {
            lines.push_back(current);
            current = piece;
        } else {
            current = candidate;
        }
        start = comma == std::string_view::npos ? s.size() : comma + 2;
    }
    if (!current.empty()) lines.push_back(current);
    return lines;
}

void CardPainter::emblem(double x, double y, double diameter) {
    const int r = px(diameter / 2);
    m_canvas.fillEllipse(px(x) + r, px(y) + r, r, r, {200, 40, 40});
    m_canvas.fillEllipse(px(x) + r, px(y) + r, r / 2, r / 2, {240, 200, 40});
}

// An abstract silhouette: the generator never draws or embeds a face.
void CardPainter::portrait(double x, double y, double w, double h) {
    m_canvas.fillRect(px(x), px(y), px(w), px(h), {215, 222, 230});
    m_canvas.fillEllipse(px(x + w / 2), px(y + h * 0.38), px(w * 0.22), px(h * 0.2),
                         {150, 155, 165});
    m_canvas.fillEllipse(px(x + w / 2), px(y + h * 0.85), px(w * 0.4), px(h * 0.15),
                         {150, 155, 165});
}

void CardPainter::chip(double x, double y) {
    m_canvas.fillRect(px(x), px(y), px(10), px(8), {205, 170, 80});
    for (double dy : {2.5, 5.5}) m_canvas.fillRect(px(x), px(y + dy), px(10), 2, {150, 120, 50});
    m_canvas.fillRect(px(x + 5), px(y), 2, px(8), {150, 120, 50});
}

void CardPainter::guilloche(Rgb color) {
    const Rgb line = darker(color, 18);
    const double phase = m_random.between(0, 628) / 100.0;
    const int width = m_canvas.width();
    for (int k = 0; k < 14; ++k) {
        const double base = (k + 0.5) * m_canvas.height() / 14.0;
        for (int x = 0; x < width; ++x) {
            const double y = base + 9.0 * std::sin(x / 37.0 + phase + k);
            m_canvas.blend(x, static_cast<int>(y), line, 140);
        }
    }
}

bool CardPainter::qr(std::string_view payload, double x, double y, double size) {
    // The symbol for a 7-field payload is version 7-9 (45-53 modules) plus the quiet zone.
    const int module = std::max(2, px(size) / 57);
    return m_canvas.drawQr(payload, px(x), px(y), module);
}

void CardPainter::mrz(const std::array<std::string, 3>& lines, double top) {
    m_canvas.fillRect(0, px(top), m_canvas.width(), m_canvas.height() - px(top), {246, 246, 240});
    Font& font = *m_fonts.ocrb;
    const int probe = 100;
    const double advance = static_cast<double>(font.measure(probe, "0")) / kPixelsPerMm;
    const int size = static_cast<int>(probe * kMrzPitchMm / advance + 0.5);
    const double left = (kCardWidthMm - 30 * kMrzPitchMm) / 2;
    for (size_t i = 0; i < lines.size(); ++i) {
        const double baseline = top + 4.5 + kMrzLineSpacingMm * static_cast<double>(i);
        m_canvas.drawText(font, size, px(left), px(baseline), lines[i], {20, 20, 20});
    }
}

}  // namespace scanners::cardgen
