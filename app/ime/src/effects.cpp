#include "effects.hpp"

#include "syllable.hpp"

namespace kiosk::ime {
namespace {

// Tries `candidate`; keeps it only when it can still be Vietnamese.
Outcome adoptIfPlausible(Word& word, std::vector<Letter> candidate) {
    completeHornPair(candidate);
    if (!isPlausibleSyllable(candidate, word.tone)) return Outcome::NotApplicable;
    word.letters = std::move(candidate);
    return Outcome::Applied;
}

Outcome applyTone(Word& word, Tone tone) {
    const SyllableParts parts = splitSyllable(word.letters);
    if (parts.initialEnd == parts.nucleusEnd) return Outcome::NotApplicable;
    if (tone == Tone::None) {
        if (word.tone == Tone::None) return Outcome::NotApplicable;
        word.tone = Tone::None;
        return Outcome::Applied;
    }
    if (word.tone == tone) {
        word.tone = Tone::None;
        return Outcome::Undone;
    }
    if (!isPlausibleSyllable(word.letters, tone)) return Outcome::NotApplicable;
    word.tone = tone;
    return Outcome::Applied;
}

Outcome applyHat(Word& word, char hatBase) {
    const SyllableParts parts = splitSyllable(word.letters);
    for (size_t i = parts.nucleusEnd; i-- > parts.initialEnd;) {
        const Letter& letter = word.letters[i];
        const bool eligible = hatBase == 0
                                  ? (letter.base == 'a' || letter.base == 'e' || letter.base == 'o')
                                  : letter.base == hatBase;
        if (!eligible) continue;
        if (letter.mark == Mark::Hat) {
            word.letters[i].mark = Mark::None;
            return Outcome::Undone;
        }
        auto candidate = word.letters;
        candidate[i].mark = Mark::Hat;
        // ươ + hat is uô (Unikey: "muwowns" then "o" gives "muốn").
        if (letter.base == 'o' && i > parts.initialEnd && candidate[i - 1].base == 'u') {
            candidate[i - 1].mark = Mark::None;
        }
        if (adoptIfPlausible(word, std::move(candidate)) == Outcome::Applied) return Outcome::Applied;
    }
    return Outcome::NotApplicable;
}

// The ươ pair takes a horn on both letters at once ("uow" -> "ươ"). After "th" in an open
// syllable only the o takes it, as Unikey does, so "thuowr" gives "thuở".
std::optional<Outcome> applyHornToPair(Word& word, const SyllableParts& parts) {
    for (size_t i = parts.initialEnd; i + 1 < parts.nucleusEnd; ++i) {
        Letter& u = word.letters[i];
        Letter& o = word.letters[i + 1];
        if (u.base != 'u' || o.base != 'o') continue;
        if (u.mark == Mark::Horn && o.mark == Mark::Horn) {
            o.mark = Mark::None;
            if (u.fromW) word.letters.erase(word.letters.begin() + static_cast<long>(i));
            else u.mark = Mark::None;
            return Outcome::Undone;
        }
        const bool afterTh = parts.initialEnd == 2 && word.letters[0].base == 't' &&
                             word.letters[1].base == 'h';
        const bool thuo = afterTh && i == parts.initialEnd && parts.nucleusEnd == i + 2 &&
                          parts.nucleusEnd == word.letters.size() && u.mark == Mark::None;
        if (thuo && o.mark == Mark::Horn) {
            o.mark = Mark::None;
            return Outcome::Undone;
        }
        auto candidate = word.letters;
        candidate[i + 1].mark = Mark::Horn;
        if (!thuo) candidate[i].mark = Mark::Horn;
        if (adoptIfPlausible(word, std::move(candidate)) == Outcome::Applied) return Outcome::Applied;
        return std::nullopt;
    }
    return std::nullopt;
}

Outcome applyHook(Word& word, Effect effect, bool keyUpper) {
    const bool horn = effect != Effect::Breve;
    const bool breve = effect != Effect::Horn;
    const SyllableParts parts = splitSyllable(word.letters);
    if (horn) {
        if (const auto outcome = applyHornToPair(word, parts)) return *outcome;
    }
    for (size_t i = parts.nucleusEnd; i-- > parts.initialEnd;) {
        const Letter& letter = word.letters[i];
        Mark target = Mark::None;
        if (letter.base == 'a' && breve) target = Mark::Breve;
        if ((letter.base == 'u' || letter.base == 'o') && horn) target = Mark::Horn;
        if (target == Mark::None) continue;
        if (letter.mark == target) {
            if (letter.fromW) word.letters.erase(word.letters.begin() + static_cast<long>(i));
            else word.letters[i].mark = Mark::None;
            return Outcome::Undone;
        }
        auto candidate = word.letters;
        candidate[i].mark = target;
        if (adoptIfPlausible(word, std::move(candidate)) == Outcome::Applied) return Outcome::Applied;
    }
    if (effect == Effect::HornOrBreve) {
        // Telex "w" with nothing to hook is ư: "w" -> "ư", "nhw" -> "như".
        auto candidate = word.letters;
        candidate.push_back({'u', Mark::Horn, keyUpper, true});
        return adoptIfPlausible(word, std::move(candidate));
    }
    return Outcome::NotApplicable;
}

Outcome applyStroke(Word& word) {
    if (word.letters.empty() || word.letters.front().base != 'd') return Outcome::NotApplicable;
    if (word.letters.front().mark == Mark::Stroke) {
        word.letters.front().mark = Mark::None;
        return Outcome::Undone;
    }
    auto candidate = word.letters;
    candidate.front().mark = Mark::Stroke;
    return adoptIfPlausible(word, std::move(candidate));
}

}  // namespace

Outcome applyEffect(Word& word, const KeyAction& action, bool keyUpper) {
    switch (action.effect) {
        case Effect::SetTone: return applyTone(word, action.tone);
        case Effect::Hat: return applyHat(word, action.hatBase);
        case Effect::Breve:
        case Effect::Horn:
        case Effect::HornOrBreve: return applyHook(word, action.effect, keyUpper);
        case Effect::Stroke: return applyStroke(word);
        case Effect::None: break;
    }
    return Outcome::NotApplicable;
}

}  // namespace kiosk::ime
