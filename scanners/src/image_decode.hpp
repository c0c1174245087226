#pragma once
// Encoded photo bytes -> an 8-bit grey working image, refusing what is not a usable photo:
// non-images, truncated files, images too small to hold a card, decompression bombs.
#include <span>

#include "pix.hpp"
#include "scanners/result.hpp"

namespace scanners {

struct DecodeLimits {
    size_t maxBytes = 64u << 20;         // encoded size
    long maxPixels = 120'000'000;        // beyond this the file is refused, not decoded
    int minSide = 200;                   // a card photo smaller than this is unreadable
    int maxWorkingSide = 2400;           // larger photos are scaled down to this long side
};

// Errors: "image.empty", "image.too_large", "image.not_an_image", "image.truncated",
// "image.too_small".
Result<PixPtr> decodeImage(std::span<const unsigned char> bytes, const DecodeLimits& limits);

}  // namespace scanners
