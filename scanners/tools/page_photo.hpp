#pragma once
// A synthetic paper page photographed on a desk, for the document-page tests and demos: lines
// of word-like dark bars (and a ruled box) on a white A4 sheet, tilted by a known angle, laid on
// a darker desk, with uneven light, noise and JPEG loss. No real document is ever needed.
#include <vector>

namespace scanners::cardgen {

struct PagePhotoStyle {
    int pageWidth = 1240;        // A4 at 150 dpi
    int pageHeight = 1754;
    int photoWidth = 1700;
    int photoHeight = 2200;
    double rotationDeg = 0;      // clockwise positive, as Leptonica turns images
    int paperGrey = 235;         // photographed paper is never quite white
    int deskGrey = 90;
    double noiseSigma = 6;
    double shading = 0.15;       // light falling off across the photo
    bool blank = false;          // the sheet carries nothing
    int lines = 30;
    unsigned seed = 1;
    int jpegQuality = 90;
};

// The photo as JPEG bytes.
std::vector<unsigned char> photographPage(const PagePhotoStyle& style);

}  // namespace scanners::cardgen
