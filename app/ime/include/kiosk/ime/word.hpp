#pragma once
// The syllable being composed: its letters, its tone (placed only when drawn, so the mark moves
// as the syllable grows) and the text to fall back to if it turns out not to be Vietnamese.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/ime/letters.hpp"
#include "kiosk/ime/options.hpp"

namespace kiosk::ime {

struct Word {
    std::vector<Letter> letters;
    Tone tone = Tone::None;
    std::string literal;  // the keys as typed (after any text the word started from)

    bool empty() const { return letters.empty(); }
};

// The word as NFC UTF-8, the tone drawn where `style` puts it.
std::string renderWord(const Word& word, ToneStyle style);

// Reads one word of NFC text back into letters and tone; nullopt when it holds anything but
// Vietnamese letters, more than one tone, or is not a plausible syllable.
std::optional<Word> parseWord(std::string_view utf8);

// Completes a half-typed ươ once a letter follows it: "ưo"+n and "uơ"+n become "ươn" (Telex
// "tuwon", "thuowng"), since neither half form takes anything after it.
void completeHornPair(std::vector<Letter>& letters);

}  // namespace kiosk::ime
