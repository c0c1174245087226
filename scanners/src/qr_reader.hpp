#pragma once
// Finds and decodes QR codes in a grey image with zxing-cpp 1.4.
#include <string>
#include <vector>

#include "scanners/pix.hpp"

namespace scanners {

// The texts of every QR code found, decoded as UTF-8 (zxing 1.4 would otherwise guess
// ISO-8859-1 for a payload without ECI, which the CCCD's is).
std::vector<std::string> readQrTexts(PIX* grey);

// The last resort for a QR blurred to about two pixels per module: finds the square, densely
// textured patches of the photo (at most a few) and decodes each enlarged and strongly
// sharpened, where zxing's own binariser then sees modules it merges at the photo's scale.
std::vector<std::string> readQrTextsCloseUp(PIX* grey);

// The pass after it, for a cheap webcam's QR (about two pixels per module, a soft lens, a
// smear): zxing's binarisers merge neighbouring modules there, so each QR-like patch is enlarged
// and binarised here, a pixel dark where it is darker than the mean of its neighbourhood (about
// two modules wide), and only that binary image handed to zxing.
std::vector<std::string> readQrTextsThresholded(PIX* grey);

}  // namespace scanners
