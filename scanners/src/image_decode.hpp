#pragma once
// Encoded photo bytes -> an 8-bit grey working image, refusing what is not a usable photo:
// non-images, truncated files, images too small to hold a card, decompression bombs.
#include <span>

#include "scanners/pix.hpp"
#include "scanners/result.hpp"

namespace scanners {

struct DecodeLimits {
    size_t maxBytes = 64u << 20;         // encoded size
    long maxPixels = 120'000'000;        // beyond this the file is refused, not decoded
    // A TD1 card filling a 120 px high photo prints its MRZ about 5 px high, below the 7 px the
    // reader was measured on (a 250 × 159 scan of a German ID card reads); smaller is unreadable.
    int minSide = 120;
    int maxWorkingSide = 2400;           // larger photos are scaled down to this long side
};

// Errors: "image.empty", "image.too_large", "image.not_an_image", "image.truncated",
// "image.too_small".
Result<PixPtr> decodeImage(std::span<const unsigned char> bytes, const DecodeLimits& limits);

}  // namespace scanners
