#pragma once
// The order in which one photo's QR code is tried: the whole photo plain, then sharpened, then
// close-ups of QR-like patches, then those patches thresholded by us, cheapest first, stopping at
// the first pass that gives the card's payload.
#include <functional>
#include <string>
#include <vector>

#include "scanners/pix.hpp"

namespace scanners {

// Hands each pass's decoded texts to `take` (which wipes what it does not keep) and stops at
// the first pass for which `take` returns true.
void readQrPasses(PIX* grey, const std::function<bool(std::vector<std::string>)>& take);

}  // namespace scanners
