#pragma once
// Shared drawing vocabulary of the card layouts, in millimetres on the card.
#include <string>
#include <string_view>
#include <vector>

#include "card_render.hpp"

namespace scanners::cardgen {

inline constexpr Rgb kInk{30, 30, 40};
inline constexpr Rgb kRed{190, 30, 35};

class CardPainter {
public:
    CardPainter(CardFonts& fonts, synth::Random& random, Rgb background);

    // Text with its baseline at (x, y) mm, `size` mm tall; returns the end x in mm.
    double text(double x, double y, double size, std::string_view s, bool bold = false,
                Rgb color = kInk);
    void centred(double centreX, double y, double size, std::string_view s, bool bold,
                 Rgb color = kInk);
    // "Label: value" on one line, value in bold.
    void field(double x, double y, double size, std::string_view label, std::string_view value);
    // Splits `s` at ", " into lines no wider than `width` mm.
    std::vector<std::string> wrap(std::string_view s, double size, double width);

    void emblem(double x, double y, double diameter);
    void portrait(double x, double y, double w, double h);
    void chip(double x, double y);
    void guilloche(Rgb color);
    bool qr(std::string_view payload, double x, double y, double size);
    void mrz(const std::array<std::string, 3>& lines, double top);

    PixPtr finish() { return m_canvas.release(); }

private:
    int px(double mm) const { return static_cast<int>(mm * kPixelsPerMm + 0.5); }
    int pixelSize(double mm) const { return px(mm); }

    CardFonts& m_fonts;
    synth::Random& m_random;
    Canvas m_canvas;
};

// The four layouts.
void paintCccd2021Front(CardPainter& p, const synth::Person& person);
void paintCccd2021Back(CardPainter& p, const synth::Person& person, synth::Random& random);
void paintCanCuoc2024Front(CardPainter& p, const synth::Person& person);
void paintCanCuoc2024Back(CardPainter& p, const synth::Person& person, synth::Random& random);

}  // namespace scanners::cardgen
