#pragma once
// The syllable model: where the initial consonant ends, which letters are the vowel nucleus, and
// whether a run of letters can still grow into a Vietnamese syllable (the "spell check" that
// decides whether a tone or diacritic key is applied or typed literally).
#include <cstddef>
#include <span>

#include "kiosk/ime/letters.hpp"

namespace kiosk::ime {

// letters[0, initialEnd) is the initial (the u of "qu" and the i of "gi" belong to it when a
// vowel follows), [initialEnd, nucleusEnd) the vowels, and the rest the final consonants.
struct SyllableParts {
    size_t initialEnd = 0;
    size_t nucleusEnd = 0;
    bool wellFormed = true;  // false when a vowel follows a final consonant ("ema")
};

// Splits `letters` into initial, nucleus and final.
SyllableParts splitSyllable(std::span<const Letter> letters);

// True when `letters` with `tone` is a Vietnamese syllable or the beginning of one.
bool isPlausibleSyllable(std::span<const Letter> letters, Tone tone);

}  // namespace kiosk::ime
