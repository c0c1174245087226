#include "kiosk/ime/tone_placement.hpp"

#include "syllable.hpp"

namespace kiosk::ime {
namespace {

bool isPair(const Letter& first, const Letter& second, char a, char b) {
    return first.base == a && first.mark == Mark::None && second.base == b &&
           second.mark == Mark::None;
}

}  // namespace

std::optional<size_t> toneIndex(std::span<const Letter> letters, ToneStyle style) {
    const SyllableParts parts = splitSyllable(letters);
    const size_t start = parts.initialEnd;
    const size_t count = parts.nucleusEnd - start;
    if (count == 0) return std::nullopt;
    if (count == 1) return start;
    // A vowel with its own diacritic wins; in ươ both have one and the second (ơ) takes it.
    for (size_t i = parts.nucleusEnd; i-- > start;) {
        if (letters[i].mark != Mark::None) return i;
    }
    const bool closed = parts.nucleusEnd < letters.size();
    if (closed) return parts.nucleusEnd - 1;  // hoàn, tuấn, huỳnh
    if (count == 3) return start + 1;         // ngoài, xoáy, khuỷu
    const Letter& first = letters[start];
    const Letter& second = letters[start + 1];
    const bool styleSensitive =
        isPair(first, second, 'o', 'a') || isPair(first, second, 'o', 'e') ||
        isPair(first, second, 'u', 'y');
    if (styleSensitive && style == ToneStyle::New) return start + 1;  // hoà, khoẻ, thuỷ
    return start;                                                     // hòa, mùa, mía, cái
}

}  // namespace kiosk::ime
