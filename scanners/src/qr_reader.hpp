#pragma once
// Finds and decodes QR codes in a grey image with zxing-cpp 1.4.
#include <string>
#include <vector>

#include "pix.hpp"

namespace scanners {

// The texts of every QR code found, decoded as UTF-8 (zxing 1.4 would otherwise guess
// ISO-8859-1 for a payload without ECI, which the CCCD's is).
std::vector<std::string> readQrTexts(PIX* grey);

}  // namespace scanners
