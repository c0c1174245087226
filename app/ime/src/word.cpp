#include "kiosk/ime/word.hpp"

#include "kiosk/ime/tone_placement.hpp"
#include "syllable.hpp"

namespace kiosk::ime {

std::string renderWord(const Word& word, ToneStyle style) {
    const auto toneAt = word.tone == Tone::None ? std::nullopt : toneIndex(word.letters, style);
    std::string out;
    out.reserve(word.letters.size() * 3);
    for (size_t i = 0; i < word.letters.size(); ++i) {
        appendUtf8(out, encodeLetter(word.letters[i], toneAt == i ? word.tone : Tone::None));
    }
    return out;
}

std::optional<Word> parseWord(std::string_view utf8) {
    Word word;
    size_t pos = 0;
    while (pos < utf8.size()) {
        const auto c = nextCodepoint(utf8, pos);
        if (!c) return std::nullopt;
        const auto decoded = decodeLetter(*c);
        if (!decoded) return std::nullopt;
        if (decoded->tone != Tone::None) {
            if (word.tone != Tone::None) return std::nullopt;
            word.tone = decoded->tone;
        }
        word.letters.push_back(decoded->letter);
    }
    if (!isPlausibleSyllable(word.letters, word.tone)) return std::nullopt;
    word.literal = std::string(utf8);
    return word;
}

void completeHornPair(std::vector<Letter>& letters) {
    const SyllableParts parts = splitSyllable(letters);
    for (size_t i = parts.initialEnd; i + 1 < parts.nucleusEnd && i + 2 < letters.size(); ++i) {
        Letter& u = letters[i];
        Letter& o = letters[i + 1];
        if (u.base != 'u' || o.base != 'o') continue;
        const bool halfHorned = (u.mark == Mark::Horn && o.mark == Mark::None) ||
                                (u.mark == Mark::None && o.mark == Mark::Horn);
        if (halfHorned) {
            u.mark = Mark::Horn;
            o.mark = Mark::Horn;
        }
    }
}

}  // namespace kiosk::ime
