#pragma once
// A photographed or scanned paper page -> a legible, small grey JPEG for a filing's attachments:
// the paper found on its background and cropped, straightened, evened out and compressed.
// Pages are personal data: every intermediate image is wiped before it is freed.
#include <span>
#include <vector>

#include "scanners/result.hpp"

namespace scanners {

struct DocumentPageOptions {
    int maxLongSide = 2000;        // an A4 page then comes out at about 170 dpi
    int jpegQuality = 75;
    float maxSkewDegrees = 15.0f;  // the widest tilt searched for
    size_t maxImageBytes = 64u << 20;
};

struct DocumentPage {
    std::vector<unsigned char> jpeg;  // 8-bit grey JPEG
    int width = 0;
    int height = 0;
    float skewDegrees = 0.0f;  // the correction applied: degrees turned clockwise to straighten
};

// Errors: the image.* codes of a photo that cannot be decoded, "document.no_page" (no paper
// stands out from the background), "document.blank" (the paper carries nothing legible).
Result<DocumentPage> processDocumentPage(std::span<const unsigned char> encoded,
                                         const DocumentPageOptions& options = {});

// Zeroes the page's bytes and leaves it empty.
void wipePage(DocumentPage& page);

}  // namespace scanners
