#pragma once
// Which letter of a syllable carries the tone mark, in the old ("hòa", "thủy") or the new
// ("hoà", "thuỷ") orthography.
#include <cstddef>
#include <optional>
#include <span>

#include "kiosk/ime/letters.hpp"
#include "kiosk/ime/options.hpp"

namespace kiosk::ime {

// Index into `letters` of the vowel that shows the tone; nullopt when there is no vowel.
std::optional<size_t> toneIndex(std::span<const Letter> letters, ToneStyle style);

}  // namespace kiosk::ime
