#pragma once
// Image preparation for OCR with Leptonica: binarisation that survives shading and glare,
// deskewing of a tilted card, and crops scaled to the text height Tesseract reads best.
#include "scanners/pix.hpp"

namespace scanners {

// Locally adaptive (Sauvola) binarisation, robust to uneven light; 1 bpp.
PixPtr binarize(PIX* grey);

// The card alone: the photo cut to the card's box, the desk around it painted white, so the
// skew search and the OCR see only the card's print. Null when no plausible card stands out.
PixPtr cardOnly(PIX* grey);

// Rotates `grey` so text lines are horizontal, searching ±20°; returns a copy of the input
// when no confident skew is found.
PixPtr deskew(PIX* grey);

// Cuts the rectangle (clamped to the image) and scales it so that a text line of
// `lineHeight` pixels becomes `targetLineHeight` pixels.
PixPtr cropScaled(PIX* grey, int left, int top, int right, int bottom, int lineHeight,
                  int targetLineHeight);

}  // namespace scanners
