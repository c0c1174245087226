#pragma once
// Renders synthetic CCCD 2021 and Căn cước 2024 card sides: the labels and field positions of
// the real cards (vietnam-domain.md §3.1), an abstract portrait (never a face), QR and MRZ.
#include <memory>
#include <optional>

#include "canvas.hpp"
#include "synthetic_identity.hpp"

namespace scanners::cardgen {

enum class Side { Front, Back };

struct CardFonts {
    std::unique_ptr<Font> regular;  // Noto Sans
    std::unique_ptr<Font> bold;     // Noto Sans Bold
    std::unique_ptr<Font> ocrb;     // OCR-B, the MRZ typeface

    // Loads the Debian fonts (fonts-noto-core, fonts-ocr-b); nullopt when one is missing.
    static std::optional<CardFonts> loadSystem();
};

// Pixels per millimetre of the rendered card (ID-1: 85.6 × 54 mm).
inline constexpr int kPixelsPerMm = 14;

// The flat, upright card side; nullptr only if the QR payload cannot be encoded.
PixPtr renderCard(const synth::Person& person, Side side, CardFonts& fonts,
                  synth::Random& random);

}  // namespace scanners::cardgen
