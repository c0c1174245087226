#pragma once
// The order in which one photo's QR code is tried: the whole photo plain, then sharpened, then
// close-ups of QR-like patches, then those patches thresholded by us, cheapest first, stopping at
// the first pass that gives the card's payload.
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "scanners/pix.hpp"

namespace scanners {

// Runs each pass over every photo before the next, costlier pass over any (a card's QR is on
// one side only, and the other side should not cost the close-ups when a cheap pass reads the
// QR on this one); hands each pass's decoded texts to `take` (which wipes what it does not keep)
// and stops at the first photo for which `take` returns true, whose index it returns.
std::optional<size_t> readQrPasses(std::span<const PixPtr> photos,
                                   const std::function<bool(std::vector<std::string>)>& take);

}  // namespace scanners
