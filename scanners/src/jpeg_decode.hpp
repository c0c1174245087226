#pragma once
// JPEG decoding with libjpeg directly rather than through Leptonica: libjpeg's warnings
// (a file whose last bytes are missing, which ImageMagick and every viewer still open) are
// counted here instead of printed on the host's stderr.
#include <span>

#include "scanners/pix.hpp"

namespace scanners {

struct JpegDecode {
    PixPtr pix;        // 8 bpp (grey JPEG) or 32 bpp RGB; null when libjpeg refused the file
    int warnings = 0;  // corrupt or missing data libjpeg decoded around
};

// Decodes at 1/`reduction` size (1, 2, 4 or 8).
JpegDecode decodeJpeg(std::span<const unsigned char> bytes, int reduction);

}  // namespace scanners
