#pragma once
// Vietnamese letters as (base, mark, case) plus a syllable-level tone, and the tables that turn
// them into precomposed (NFC) code points and back. Internal to kiosk::ime.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::ime {

// The diacritic that makes a different letter: â ê ô (Hat), ă (Breve), ơ ư (Horn), đ (Stroke).
enum class Mark : std::uint8_t { None, Hat, Breve, Horn, Stroke };

// The five tones; the order matches the Telex keys s f r x j and the VNI digits 1-5.
enum class Tone : std::uint8_t { None, Sac, Huyen, Hoi, Nga, Nang };

struct Letter {
    char base = 0;        // lowercase ASCII letter
    Mark mark = Mark::None;
    bool upper = false;
    bool fromW = false;   // a Telex "w" typed on its own made this ư, so undo removes the letter

    bool operator==(const Letter&) const = default;
};

struct ToneLetter {
    Letter letter;
    Tone tone = Tone::None;
};

// True for a e i o u y (any mark).
bool isVowelBase(char base);

// The letter (and tone) a code point spells: ASCII letters, đ, and every precomposed
// Vietnamese vowel; nullopt for anything else.
std::optional<ToneLetter> decodeLetter(char32_t c);

// The precomposed code point for a letter carrying `tone` (the tone is ignored on consonants).
char32_t encodeLetter(const Letter& letter, Tone tone);

// Appends `c` to `out` as UTF-8.
void appendUtf8(std::string& out, char32_t c);

// Decodes the UTF-8 code point at `pos` and advances `pos`; invalid bytes yield nullopt and
// are skipped one at a time, so callers never loop forever on bad input.
std::optional<char32_t> nextCodepoint(std::string_view s, size_t& pos);

}  // namespace kiosk::ime
