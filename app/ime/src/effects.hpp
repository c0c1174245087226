#pragma once
// Applying a key's effect to the syllable, Unikey style: the effect lands anywhere in the
// syllable ("Vietej" -> "Việt"), only when the result can still be Vietnamese, and the same
// effect twice undoes it ("ass" -> "as").
#include "key_rules.hpp"
#include "kiosk/ime/word.hpp"

namespace kiosk::ime {

enum class Outcome {
    Applied,        // the word changed
    Undone,         // the effect was already there and has been removed; type the key literally
    NotApplicable,  // nothing to apply it to, or the result is not Vietnamese; word unchanged
};

// Applies `action` to `word`; `keyUpper` is the key's case, for a ư made by a lone Telex "w".
Outcome applyEffect(Word& word, const KeyAction& action, bool keyUpper);

}  // namespace kiosk::ime
